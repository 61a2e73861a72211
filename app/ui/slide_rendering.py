"""Measure and draw slides with the bundled fonts, identically on every laptop.

Text is measured once at a reference pixel size and drawn through a scaled painter,
so widths grow exactly in proportion to the size the layout chose: what fitted in
the layout fits on the screen, at any size, with no hinting surprises.
"""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPixmap

from app.core.slide_compose import Composition, compose
from app.core.slide_layout import Emphasis, PlacedBlock, TextLayout
from app.core.stage import Slide, StageState
from app.core.theme import Theme
from app.paths import resource

REFERENCE_PX = 100
LINE_SPACING = 1.08
FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSerif-Regular.ttf",
    "NotoSerif-Bold.ttf",
)
IMAGE_VEIL = 0.62  # background colour laid over a background image, for contrast


@cache
def load_bundled_fonts() -> tuple[str, ...]:
    """Register the fonts in resources/fonts once; returns the families found."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return tuple(families)


def reference_font(family: str, bold: bool) -> QFont:
    load_bundled_fonts()
    font = QFont(family)
    font.setPixelSize(REFERENCE_PX)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font


class QtTextMeasure:
    """``TextMeasure`` over Qt's font metrics, linear in size (see the module docstring)."""

    def __init__(self, family: str) -> None:
        self.family = family
        self.metrics = {bold: QFontMetricsF(reference_font(family, bold)) for bold in (False, True)}
        self.widths: dict[tuple[str, bool], float] = {}

    def width(self, text: str, size: float, bold: bool) -> float:
        key = (text, bold)
        if key not in self.widths:
            self.widths[key] = self.metrics[bold].horizontalAdvance(text)
        return self.widths[key] * size / REFERENCE_PX

    def line_height(self, size: float, bold: bool) -> float:
        return self.metrics[bold].height() * LINE_SPACING * size / REFERENCE_PX


@cache
def text_measure(family: str) -> QtTextMeasure:
    return QtTextMeasure(family)


@lru_cache(maxsize=256)
def cached_composition(
    state: StageState, slide: Slide, size: tuple[int, int], family: str
) -> Composition:
    """Fitting runs once per slide, size and font; painting a frame is then only drawing."""
    return compose(state, slide, size, text_measure(family))


def _colour(theme: Theme, emphasis: Emphasis) -> QColor:
    return QColor(
        {Emphasis.NORMAL: theme.text, Emphasis.HIGHLIGHT: theme.highlight, Emphasis.DIM: theme.dim}[
            emphasis
        ]
    )


def _draw_text(painter: QPainter, text: str, font: QFont, at: QPointF, size: float) -> None:
    """Draw the reference-size font scaled to ``size`` px with its top-left at ``at``."""
    painter.save()
    painter.translate(at)
    painter.scale(size / REFERENCE_PX, size / REFERENCE_PX)
    painter.setFont(font)
    ascent = QFontMetricsF(font).ascent()
    painter.drawText(QPointF(0, ascent + (LINE_SPACING - 1) * REFERENCE_PX / 2), text)
    painter.restore()


def _draw_block(painter: QPainter, placed: PlacedBlock, theme: Theme, colour: QColor) -> None:
    block = placed.block
    font = reference_font(theme.font, block.bold)
    painter.setPen(colour)
    if block.label:
        label_colour = colour if block.emphasis is Emphasis.DIM else QColor(theme.highlight)
        painter.setPen(label_colour)
        label_font = reference_font(theme.font, True)
        _draw_text(
            painter, block.label, label_font, QPointF(placed.label_x, placed.top), placed.size
        )
        painter.setPen(colour)
    for line in placed.lines:
        _draw_text(painter, line.text, font, QPointF(line.x, line.y), placed.size)


def draw_text_layout(
    painter: QPainter, layout: TextLayout, theme: Theme, colour: QColor | None = None
) -> None:
    for placed in layout.blocks:
        _draw_block(painter, placed, theme, colour or _colour(theme, placed.block.emphasis))


def _draw_background(painter: QPainter, rect: QRectF, theme: Theme, image: QPixmap) -> None:
    painter.fillRect(rect, QColor(theme.background))
    if image.isNull():
        return
    scaled = image.scaled(
        rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )  # fmt: skip
    source = QRectF(
        (scaled.width() - rect.width()) / 2, (scaled.height() - rect.height()) / 2,
        rect.width(), rect.height(),
    )  # fmt: skip
    painter.drawPixmap(rect, scaled, source)
    veil = QColor(theme.background)
    veil.setAlphaF(IMAGE_VEIL)
    painter.fillRect(rect, veil)


def _draw_logo(painter: QPainter, box: QRectF, logo: QPixmap) -> None:
    if logo.isNull() or box.isEmpty():
        return
    scaled = logo.scaled(
        box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )  # fmt: skip
    painter.drawPixmap(
        QPointF(box.center().x() - scaled.width() / 2, box.center().y() - scaled.height() / 2),
        scaled,
    )


def paint_composition(
    painter: QPainter, composition: Composition, theme: Theme, pictures: tuple[QPixmap, QPixmap]
) -> None:
    """Draw a composition in its own coordinates; ``pictures`` are (logo, background image)."""
    logo, background = pictures
    rect = QRectF(0, 0, composition.width, composition.height)
    if composition.black:
        painter.fillRect(rect, Qt.GlobalColor.black)
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    _draw_background(painter, rect, theme, background)
    if composition.logo is not None:
        box = composition.logo
        _draw_logo(painter, QRectF(box.x, box.y, box.width, box.height), logo)
    if composition.text is not None:
        draw_text_layout(painter, composition.text, theme)
    if composition.notice is not None and composition.notice_band is not None:
        band = composition.notice_band
        painter.fillRect(QRectF(band.x, band.y, band.width, band.height), QColor(theme.highlight))
        draw_text_layout(painter, composition.notice, theme, QColor(theme.background))
