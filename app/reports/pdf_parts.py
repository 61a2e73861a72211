"""Pieces every Netra document shares: A4 page, kop surat, title block, page numbers, signature.

Text that may be long (names, positions, units) goes into Paragraphs that wrap
inside their column; short text stays a plain string, which is many times faster
for a 10,000-row table.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.core.events import Event
from app.core.locale_format import clock_time, day_and_date
from app.core.nip import format_nip

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
BOTTOM_MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FONT = "Helvetica"
BOLD = "Helvetica-Bold"
BODY_SIZE = 7.5
CELL_PADDING = 2.5
HEADER_FILL = colors.HexColor("#E4E9F0")
SUBTOTAL_FILL = colors.HexColor("#F3F5F8")
GRID = colors.HexColor("#7A8594")
KOP_LOGO_WIDTH = 22 * mm
KOP_MIN_SIZE = 8.0

CELL = ParagraphStyle("cell", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.2)
CELL_BOLD = ParagraphStyle("cellBold", parent=CELL, fontName=BOLD)
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER)
SUBTITLE = ParagraphStyle("subtitle", fontName=BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER)
INFO = ParagraphStyle("info", fontName=FONT, fontSize=9, leading=11.5)
HEADING = ParagraphStyle(
    "heading", fontName=BOLD, fontSize=9, leading=12, spaceBefore=6, spaceAfter=3
)
SIGNATURE = ParagraphStyle("signature", fontName=FONT, fontSize=10, leading=13, alignment=TA_LEFT)


@lru_cache(maxsize=50_000)
def _width(word: str, font: str, size: float) -> float:
    return stringWidth(word, font, size)


def _break_word(word: str, room: float, font: str, size: float) -> list[str]:
    """A word wider than its column (a long email, a code) is cut where it must be."""
    pieces, current = [], ""
    for char in word:
        if current and _width(current + char, font, size) > room:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current]


def wrap_lines(text: str, width: float, font: str = FONT, size: float = BODY_SIZE) -> str:
    """``text`` broken into lines that fit ``width``, joined by newlines.

    Plain multi-line strings are what a Table draws fastest: a Paragraph per cell
    made a 10,000-row daftar hadir take twice as long.
    """
    room = width - 2 * CELL_PADDING
    if _width(text, font, size) <= room:
        return text
    space = _width(" ", font, size)
    lines: list[str] = []
    current, current_width = "", 0.0
    for word in text.split():
        word_width = _width(word, font, size)
        if current and current_width + space + word_width <= room:
            current, current_width = f"{current} {word}", current_width + space + word_width
            continue
        if current:
            lines.append(current)
        if word_width > room:
            *whole, word = _break_word(word, room, font, size)
            lines += whole
            word_width = _width(word, font, size)
        current, current_width = word, word_width
    lines.append(current)
    return "\n".join(lines)


def header_cells(headers: Sequence[str], widths: Sequence[float]) -> list[str]:
    return [wrap_lines(text, width, BOLD) for text, width in zip(headers, widths, strict=True)]


def table_style(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
            ("FONT", (0, 0), (-1, 0), BOLD, BODY_SIZE),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEADING", (0, 0), (-1, -1), BODY_SIZE * 1.2),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 1.8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
            *extra,
        ]
    )


class NumberedCanvas(canvas.Canvas):
    """Holds pages back until the end so each can say ``Halaman x dari y``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#333333"))
            self.drawCentredString(PAGE_WIDTH / 2, 10 * mm, f"Halaman {number} dari {total}")
            super().showPage()
        super().save()


def kop(event: Event) -> list[Flowable]:
    """The letterhead: logo left, organisation lines centred, a thick and a thin rule below."""
    lines = event.kop_lines or [event.organiser]
    paragraphs = []
    text_width = CONTENT_WIDTH - 2 * KOP_LOGO_WIDTH
    for index, line in enumerate(lines):
        size = 13.0 if index == 0 else 11.5 if index == 1 and len(lines) > 2 else 8.5
        font = BOLD if size > 9 else FONT
        while size > KOP_MIN_SIZE and stringWidth(line, font, size) > text_width:
            size -= 0.5  # a long agency name shrinks onto one line rather than breaking
        style = ParagraphStyle(
            f"kop{index}", fontName=font, fontSize=size, leading=size * 1.22, alignment=TA_CENTER
        )
        paragraphs.append(Paragraph(escape(line), style))
    logo_width = KOP_LOGO_WIDTH
    logo: Flowable | str = ""
    if event.logo:
        reader = ImageReader(io.BytesIO(event.logo))
        width, height = reader.getSize()
        scale = min(logo_width / width, logo_width / height)
        logo = Image(io.BytesIO(event.logo), width * scale, height * scale)
    table = Table(
        [[logo, paragraphs, ""]], colWidths=[logo_width, CONTENT_WIDTH - 2 * logo_width, logo_width]
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [
        table,
        Spacer(1, 2),
        HRFlowable(width="100%", thickness=2, color=colors.black, spaceAfter=1),
        HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=8),
    ]


def title_block(event: Event, heading: str, unit: str | None) -> list[Flowable]:
    """``DAFTAR HADIR``, the event's name, then day and date, time and place."""
    facts = [
        ("Hari, tanggal", day_and_date(event.day)),
        ("Waktu", f"pukul {clock_time(event.start_time)} s.d. selesai"),
        ("Tempat", event.venue),
    ]
    if unit:
        facts.append(("Unit kerja", unit))
    rows = [[label, ":", Paragraph(escape(value), INFO)] for label, value in facts]
    table = Table(rows, colWidths=[28 * mm, 4 * mm, CONTENT_WIDTH - 32 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return [
        Paragraph(escape(heading), TITLE),
        Paragraph(escape(event.title), SUBTITLE),
        Spacer(1, 6),
        table,
        Spacer(1, 6),
    ]


def signature_block(event: Event) -> Flowable:
    """``Mengetahui,``, the presiding official's position, room to sign, name and NIP."""
    name = event.presiding_name or "(............................................)"
    lines = [
        Paragraph("Mengetahui,", SIGNATURE),
        Paragraph(escape(event.presiding_position or "Pimpinan"), SIGNATURE),
        Spacer(1, 20 * mm),
        Paragraph(f"<u><b>{escape(name)}</b></u>", SIGNATURE),
    ]
    if event.presiding_nip:
        lines.append(Paragraph(f"NIP. {format_nip(event.presiding_nip)}", SIGNATURE))
    half = CONTENT_WIDTH / 2
    table = Table([["", lines]], colWidths=[half, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 10 * mm), table])
