"""The bundled fonts every PDF draws with, and a fallback font per run of characters.

Noto Sans and Noto Serif (resources/fonts) draw Latin, Greek and Cyrillic names;
a name in Arabic script (Jawi) is drawn with Noto Sans Arabic, and emoji with
Symbola (monochrome). reportlab neither shapes nor reorders Arabic, so each
Arabic-script run is joined into its contextual letter forms (``arabic_reshaper``)
and reversed into visual order before it is drawn. A character no bundled font
has is left out rather than drawn as an empty box.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.paths import resource

SANS, SANS_BOLD = "NotoSans", "NotoSans-Bold"
SERIF, SERIF_BOLD = "NotoSerif", "NotoSerif-Bold"
ARABIC, ARABIC_BOLD = "NotoSansArabic", "NotoSansArabic-Bold"
EMOJI = "Symbola"
FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    EMOJI: "Symbola.ttf",
}
BOLD_FACES = (SANS_BOLD, SERIF_BOLD)
ARABIC_RUN = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+"
    r"(?:\s+[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+)*"
)
# Joiners and variation selectors shape emoji on a phone; drawn alone they would be boxes.
INVISIBLE = re.compile("[\u200b-\u200f\ufe00-\ufe0f\U000e0000-\U000e007f]")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register every bundled face once per process; names as in ``FILES``."""
    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    for regular, bold in ((SANS, SANS_BOLD), (SERIF, SERIF_BOLD), (ARABIC, ARABIC_BOLD)):
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold)


@lru_cache(maxsize=16)
def _glyphs(font: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    if hasattr(face, "charToGlyph"):
        return frozenset(face.charToGlyph)
    # One of PDF's standard fonts (Helvetica): the characters of its WinAnsi encoding.
    return frozenset(ord(char) for char in bytes(range(32, 256)).decode("cp1252", "ignore"))


def _fallbacks(font: str) -> tuple[str, ...]:
    return (font, ARABIC_BOLD if font in BOLD_FACES else ARABIC, EMOJI)


def drawable(text: str, font: str) -> bool:
    """True when ``font`` alone draws every character (the fast, common case)."""
    glyphs = _glyphs(font)
    return all(ord(char) in glyphs for char in text)


def _visual(text: str) -> str:
    """Arabic-script runs joined into contextual forms and turned into left-to-right order."""
    return ARABIC_RUN.sub(lambda run: arabic_reshaper.reshape(run[0])[::-1], text)


def font_runs(text: str, font: str) -> Iterator[tuple[str, str]]:
    """``(text, font)`` pieces in drawing order; characters no bundled font has are left out."""
    if drawable(text, font):
        yield text, font
        return
    faces = _fallbacks(font)
    current, current_font = "", font
    for char in _visual(INVISIBLE.sub("", text)):
        code = ord(char)
        face = next((f for f in faces if code in _glyphs(f)), None)
        if face is None:
            continue
        if char == " " or face == current_font:
            current += char
            continue
        if current:
            yield current, current_font
        current, current_font = char, face
    if current:
        yield current, current_font


def markup(text: str, font: str) -> str:
    """Paragraph markup for ``text`` with a ``<font>`` tag around every fallback run."""
    return "".join(
        escape(piece) if face == font else f'<font name="{face}">{escape(piece)}</font>'
        for piece, face in font_runs(text, font)
    )


def string_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(p, f, size) for p, f in font_runs(text, font))


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw ``text`` from ``x`` leftwards-to-right, switching fonts per run."""
    for piece, face in font_runs(text, font):
        canvas.setFont(face, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, face, size)
