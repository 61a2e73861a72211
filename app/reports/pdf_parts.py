"""Pieces every Netra document shares: page, kop surat, title block, page numbers, tables
that keep their last rows with what closes them, and the signature block.

Text that may be long (names, positions, units) is wrapped into plain multi-line
strings, many times faster for a 10,000-row table than a Paragraph per cell; only a
text the base font cannot draw (Arabic script, emoji) becomes a Paragraph with a
fallback font per run.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
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
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.core.events import Event
from app.core.locale_format import clock_time, day_and_date
from app.core.nip import format_nip
from app.core.progress import KeepGoing, always, carry_on
from app.core.report_data import Paper
from app.reports.fonts import SANS, SANS_BOLD, drawable, markup, register_fonts, string_width

PAGE_SIZES: dict[Paper, tuple[float, float]] = {Paper.A4: A4, Paper.F4: (215 * mm, 330 * mm)}
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
BOTTOM_MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN  # the same on F4: its wider sheet gets wider margins
FONT = SANS
BOLD = SANS_BOLD
BODY_SIZE = 7.5
CELL_PADDING = 2.5
HEADER_FILL = colors.HexColor("#E4E9F0")
SUBTOTAL_FILL = colors.HexColor("#F3F5F8")
GRID = colors.HexColor("#7A8594")
KOP_LOGO_WIDTH = 22 * mm
KOP_MIN_SIZE = 8.0
KEPT_ROWS = 3  # rows that always share a page with the total or closing block after them
HEADING_ROOM = 32 * mm  # a unit's heading starts a page rather than sit under no rows

CELL = ParagraphStyle("cell", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.2)
CELL_BOLD = ParagraphStyle("cellBold", parent=CELL, fontName=BOLD)
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER)
SUBTITLE = ParagraphStyle("subtitle", fontName=BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER)
INFO = ParagraphStyle("info", fontName=FONT, fontSize=9, leading=11.5)
HEADING = ParagraphStyle(
    "heading", fontName=BOLD, fontSize=9, leading=12, spaceBefore=6, spaceAfter=3
)
SIGNATURE = ParagraphStyle("signature", fontName=FONT, fontSize=10, leading=13, alignment=TA_LEFT)


def text_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text in ``style``, any script drawn (see ``fonts``)."""
    return Paragraph(markup(text, style.fontName), style)


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


def wrap_lines(
    text: str, width: float, font: str = FONT, size: float = BODY_SIZE
) -> str | Paragraph:
    """``text`` broken into lines that fit ``width``, joined by newlines.

    Plain multi-line strings are what a Table draws fastest: a Paragraph per cell
    made a 10,000-row daftar hadir take twice as long. A text that needs a fallback
    font becomes a Paragraph, which wraps itself.
    """
    if not drawable(text, font):
        return text_paragraph(text, CELL_BOLD if font == BOLD else CELL)
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


def header_cells(headers: Sequence[str], widths: Sequence[float]) -> list[str | Paragraph]:
    return [wrap_lines(text, width, BOLD) for text, width in zip(headers, widths, strict=True)]


def table_style(extra: Sequence[tuple[Any, ...]] = (), header: bool = True) -> TableStyle:
    head: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), BOLD, BODY_SIZE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
    ]
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
            *(head if header else []),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEADING", (0, 0), (-1, -1), BODY_SIZE * 1.2),
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
            centre = self._pagesize[0] / 2
            self.drawCentredString(centre, 10 * mm, f"Halaman {number} dari {total}")
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
        while size > KOP_MIN_SIZE and string_width(line, font, size) > text_width:
            size -= 0.5  # a long agency name shrinks onto one line rather than breaking
        style = ParagraphStyle(
            f"kop{index}", fontName=font, fontSize=size, leading=size * 1.22, alignment=TA_CENTER
        )
        paragraphs.append(text_paragraph(line, style))
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
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # an empty cell still names its font
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        table,
        Spacer(1, 2),
        HRFlowable(width="100%", thickness=2.2, color=colors.black, spaceAfter=2.2),
        HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=8),
    ]


def title_block(event: Event, heading: str, unit: str | None) -> list[Flowable]:
    """``DAFTAR HADIR``, the event's name, then day and date, time and place."""
    facts = [
        ("Hari, tanggal", day_and_date(event.day)),
        ("Waktu", f"pukul {clock_time(event.start_time)} {event.time_zone} s.d. selesai"),
        ("Tempat", event.venue),
    ]
    if unit:
        facts.append(("Unit kerja", unit))
    rows = [[label, ":", text_paragraph(value, INFO)] for label, value in facts]
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
        text_paragraph(event.title, SUBTITLE),
        Spacer(1, 6),
        table,
        Spacer(1, 6),
    ]


def signature_block(event: Event) -> Flowable:
    """``Mengetahui,``, the presiding official's position, room to sign, name and NIP.

    One table row, so it never splits; not a KeepTogether, which could not be measured
    inside the ``TailBlock`` that keeps it with the last rows."""
    name = event.presiding_name or "(............................................)"
    lines = [
        Paragraph("Mengetahui,", SIGNATURE),
        text_paragraph(event.presiding_position or "Pimpinan", SIGNATURE),
        Spacer(1, 20 * mm),
        Paragraph(f"<u><b>{markup(name, BOLD)}</b></u>", SIGNATURE),
    ]
    if event.presiding_nip:
        lines.append(Paragraph(f"NIP. {format_nip(event.presiding_nip)}", SIGNATURE))
    half = CONTENT_WIDTH / 2
    table = Table([["", lines]], colWidths=[half, half])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 10 * mm),
            ]
        )
    )
    return table


# Style commands for a table's body rows, given (first row number, body rows, header rows).
RowStyles = Callable[[int, int, int], list[tuple[Any, ...]]]


@dataclass(frozen=True)
class TableParts:
    """A table as parts, so its last rows can be kept with whatever closes it."""

    header: list[Any]
    widths: list[float]
    body: list[list[Any]]
    closing: list[list[Any]]  # subtotal or total rows, drawn after the body
    styles: RowStyles  # body-row styles
    closing_styles: Sequence[tuple[Any, ...]] = ()  # with rows counted from the table's end


def _table(parts: TableParts, first: int, count: int, header: bool, closing: bool) -> Table:
    head = [parts.header] if header else []
    tail = parts.closing if closing else []
    rows = [*head, *parts.body[first : first + count], *tail]
    commands = list(parts.styles(first, count, len(head)))
    if closing:
        commands += parts.closing_styles
    style = table_style(commands, header)
    return Table(rows, colWidths=parts.widths, repeatRows=1 if header else 0, style=style)


MEASURED_ROWS = 200  # rows per throw-away table that measures row heights
SPLITS_THAT_CHANGE_THE_GRID = 2
WRAP_SLACK = 1.0  # points: a table this much taller than the room surely does not fit


@dataclass(frozen=True)
class RowHeights:
    """A table's header height and every body row's, measured once, with running sums."""

    header: float
    rows: list[float]
    before: list[float]  # before[i]: the height of rows[:i]
    width: float

    @classmethod
    def measure(cls, parts: TableParts, count: int) -> RowHeights:
        """A row's height depends only on its own cells and styles, so rows are measured in
        tables of ``MEASURED_ROWS``: linear, where one table of every row is not."""
        header, width, rows = 0.0, 0.0, []
        for first in range(0, count, MEASURED_ROWS):
            table = _table(parts, first, min(MEASURED_ROWS, count - first), True, False)
            width, _ = table.wrap(sum(parts.widths), PAGE_HEIGHT)
            header, *body = table._rowHeights  # where reportlab keeps them
            rows += body
        return cls(header, rows, [0.0, *accumulate(rows)], width)


def _table_height(heights: Iterable[float]) -> float:
    """Summed from the last row up with a compensation term, exactly as a Table sums them, so
    a table that just fits still fits."""
    height = carry = 0.0
    for row in reversed(list(heights)):
        step = row - carry
        total = height + step
        carry = (total - height) - step
        height = total
    return height


class PagedRows(Flowable):
    """A long table (header repeated on every page) that splits page by page in linear time.

    A reportlab Table splits by measuring all its remaining rows and copying them into a new
    Table, once per page: a unit of 1,250 people was measured 36 times. Here every row is
    measured once, the rows that fit are counted as ``Table.split`` counts them, and each
    page's table is the one ``Table.split`` makes, cut from a table of that page's rows only:
    every row lands on the same page and every page draws the same operators, so a daftar
    hadir signed before still verifies against one drawn now.
    """

    def __init__(self, parts: TableParts, end: int, heights: RowHeights | None = None,
                 first: int = 0, splits: int = 0) -> None:  # fmt: skip
        super().__init__()
        self.parts, self.first, self.end, self.splits = parts, first, end, splits
        self.heights = heights or RowHeights.measure(parts, end)
        self.hAlign = "CENTER"  # a Table's default
        self._room = (0.0, 0.0)

    def _continued(self, count: int) -> Table:
        """Rows ``first`` to ``first + count`` as the Table left after ``splits`` splits holds
        them: ``Table.split`` rewrites the grid at each split, the same way from the second
        one on, so at most two splits of one row each are made again here."""
        again = min(self.splits, SPLITS_THAT_CHANGE_THE_GRID)
        first = self.first - again
        table = _table(self.parts, first, count + again, True, False)
        for row in range(first, self.first):
            _, table = table.split(self.heights.width, self.heights.header + self.heights.rows[row])
        return table

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self._room = (aW, aH)
        heights = self.heights
        self.width = heights.width
        self.height = heights.header + heights.before[self.end] - heights.before[self.first]
        if self.height <= aH + WRAP_SLACK:  # near the edge: the Table's own sum decides
            rows = heights.rows[self.first : self.end]
            self.height = _table_height([heights.header, *rows])
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        heights = self.heights
        used, fitting = heights.header, 0
        if used > aH:
            return []
        for row in range(self.first, self.end):
            if used + heights.rows[row] > aH:
                break
            used, fitting = used + heights.rows[row], fitting + 1
        if fitting == 0:
            return []
        if self.first + fitting == self.end:
            return [self]
        page, _ = self._continued(fitting + 1).split(aW, aH)
        rest = PagedRows(self.parts, self.end, heights, self.first + fitting, self.splits + 1)
        return [page, rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        table = self._continued(self.end - self.first)
        table.wrapOn(canvas, *self._room)
        table.drawOn(canvas, x, y, _sW)


class TailBlock(KeepTogether):
    """A table's last rows with what closes them, on one page; on a new page with the header."""

    def __init__(self, content: list[Flowable], on_new_page: list[Flowable]) -> None:
        super().__init__(content)
        self._on_new_page = on_new_page

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 - reportlab's names
        parts = super().split(aW, aH)  # starts with FrameBreak when it moves to a new page
        if parts and isinstance(parts[0], type(self.FrameBreak)):
            return [parts[0], *self._on_new_page]
        return parts


def kept_table(parts: TableParts, after: Sequence[Flowable] = ()) -> list[Flowable]:
    """The table, its header repeated on every page, its last ``KEPT_ROWS`` rows, closing rows
    and ``after`` (a total line, the signature block) never split from each other."""
    total = len(parts.body)
    kept = min(KEPT_ROWS, total)
    if kept == total:
        return [KeepTogether([_table(parts, 0, total, True, True), *after])]
    head = PagedRows(parts, total - kept)
    tail = [_table(parts, total - kept, kept, False, True), *after]
    on_new_page = [_table(parts, total - kept, kept, True, True), *after]
    return [head, TailBlock(tail, on_new_page)]


def section_heading(text: str) -> list[Flowable]:
    """A heading that starts a new page when too little room is left under it for rows."""
    return [CondPageBreak(HEADING_ROOM), text_paragraph(text, HEADING)]


def _rows_of(flowable: Flowable) -> int:
    """The data rows (header left out) of a table, or of a ``PagedRows`` (its rows from
    ``first`` to ``end``, whole or what is left of it after a page); 0 for anything else."""
    if isinstance(flowable, PagedRows):
        return flowable.end - flowable.first
    if isinstance(flowable, Table):
        return len(flowable._cellvalues) - flowable.repeatRows
    return 0


def table_rows(flowables: Sequence[Flowable]) -> int:
    """The data rows (headers left out) of the tables in ``flowables``, kept blocks included:
    what drawing a document counts as it goes."""
    rows = 0
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            rows += table_rows(flowable._content)
        else:
            rows += _rows_of(flowable)
    return rows


def build_document(
    story: list[Flowable],
    paper: Paper,
    title: str,
    author: str,
    numbered: bool = True,
    keep_going: KeepGoing = always,
) -> bytes:
    """The story on ``paper``, every page numbered ``Halaman x dari y`` (unless ``numbered``
    is False: a part of a bundle, numbered across the whole bundle).

    ``keep_going`` hears the table rows drawn (each split piece of a table carries its
    header again, which is not counted); on False this raises ``Cancelled``."""
    register_fonts()
    width, height = PAGE_SIZES[paper]
    side = (width - CONTENT_WIDTH) / 2
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=side,
        rightMargin=side,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author=author,
        creator="Netra",
        initialFontName=FONT,  # else every page declares Helvetica
    )
    total, drawn = table_rows(story), [0]

    def table_drawn(flowable: Flowable) -> None:
        if isinstance(flowable, (Table, PagedRows)):  # a PagedRows' pages are drawn as Tables
            drawn[0] += _rows_of(flowable)
            carry_on(keep_going, min(drawn[0], total), total)

    document.afterFlowable = table_drawn
    carry_on(keep_going, 0, total)
    document.build(story, canvasmaker=NumberedCanvas if numbered else canvas.Canvas)
    return buffer.getvalue()
