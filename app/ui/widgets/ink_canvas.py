"""Strokes painted as ink: the same outlines as the signed PDF, filled with Qt."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QWidget

from app.core.ink import Stroke, ink_shape

INK_COLOR = QColor(23, 36, 107)  # blue-black, as in the PDF


def ink_paths(stroke: Stroke) -> list[QPainterPath]:
    """One stroke's ribbon (non-zero fill, so loops stay solid) and its round ends, in pad
    pixels; painted one by one so their overlaps never cancel out."""
    shape = ink_shape(stroke)
    ribbon = QPainterPath()
    ribbon.setFillRule(Qt.FillRule.WindingFill)
    ribbon.addPolygon(QPolygonF([QPointF(x, y) for x, y in shape.ribbon]))
    ribbon.closeSubpath()
    paths = [ribbon]
    for x, y, radius in shape.dots:
        dot = QPainterPath()
        dot.addEllipse(QPointF(x, y), radius, radius)
        paths.append(dot)
    return paths


def paint_ink(painter: QPainter, paths: list[QPainterPath]) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(INK_COLOR)
    for path in paths:
        painter.drawPath(path)


class InkCanvas(QWidget):
    """Shows strokes scaled to fit, centred: the signature as the audience sees it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths: list[QPainterPath] = []
        self._source = QRectF(0, 0, 1, 1)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)

    def show_strokes(self, strokes: list[Stroke], source_size: tuple[float, float]) -> None:
        """``source_size`` is the pad's size, so the ink keeps its place as it is written."""
        self._paths = [path for stroke in strokes if stroke for path in ink_paths(stroke)]
        self._source = QRectF(0, 0, max(source_size[0], 1), max(source_size[1], 1))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = QRectF(self.rect()).adjusted(16, 16, -16, -16)
        scale = min(target.width() / self._source.width(), target.height() / self._source.height())
        painter.translate(
            target.center().x() - self._source.width() * scale / 2,
            target.center().y() - self._source.height() * scale / 2,
        )
        painter.scale(scale, scale)
        paint_ink(painter, self._paths)
        painter.end()
