"""What comes back from the paper sheets as PDF: the archive of one unit's signed pages (the
stored scans, one per A4 page, in roster order) and the follow-up list of who still has to
sign, per unit."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import SANS, SANS_BOLD, draw_string, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
ROW_HEIGHT = 5.6 * mm
ROWS_PER_PAGE = 42
CELL_SIZE = 9.0
SMALLEST_SIZE = 6.5  # of a cell's text; below it, the text takes two lines


@dataclass(frozen=True)
class ArchivePage:
    image_jpeg: bytes
    caption: str  # name and the image's SHA-256, printed under the scan


def render_archive_pdf(pages: list[ArchivePage], title: str) -> bytes:
    """Each scan fitted into an A4 page, its caption below: the scan itself, not redrawn."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    for page in pages:
        image = ImageReader(io.BytesIO(page.image_jpeg))
        width, height = image.getSize()
        room_w, room_h = PAGE_WIDTH - 2 * 8 * mm, PAGE_HEIGHT - 8 * mm - 12 * mm
        scale = min(room_w / width, room_h / height)
        x = (PAGE_WIDTH - width * scale) / 2
        canvas.drawImage(image, x, 12 * mm, width * scale, height * scale)
        canvas.setFont(SANS, SMALLEST_SIZE)
        lines = two_lines(page.caption, PAGE_WIDTH - 16 * mm, SANS, SMALLEST_SIZE)
        heights = (7.5 * mm, 4.5 * mm) if len(lines) > 1 else (6 * mm,)
        for line, y in zip(lines, heights, strict=True):
            canvas.drawCentredString(PAGE_WIDTH / 2, y, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class ListSection:
    """One unit's rows under a heading; each row is a tuple of cell texts."""

    heading: str
    rows: list[tuple[str, ...]]


def render_list_pdf(
    title: str, subtitle: str, columns: list[tuple[str, float]], sections: list[ListSection]
) -> bytes:
    """A plain table per unit, each unit from a new page, so a page goes to its unit.

    ``columns``: header and width in millimetres."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    for section in sections:
        rows = section.rows or [()]
        for start in range(0, len(rows), ROWS_PER_PAGE):
            _draw_list_page(canvas, (title, subtitle, section.heading), columns)
            y = PAGE_HEIGHT - 50 * mm
            canvas.setFont(SANS, 9)
            for row in rows[start : start + ROWS_PER_PAGE]:
                x = MARGIN
                for (_, width), text in zip(columns, row, strict=False):
                    draw_cell(canvas, x, y, text, width * mm - 2 * mm)
                    x += width * mm
                y -= ROW_HEIGHT
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_list_page(
    canvas: Canvas, headings: tuple[str, str, str], columns: list[tuple[str, float]]
) -> None:
    title, subtitle, heading = headings
    canvas.setFont(SANS_BOLD, 14)
    canvas.drawString(MARGIN, PAGE_HEIGHT - 22 * mm, title)
    canvas.setFont(SANS, 10)
    canvas.drawString(MARGIN, PAGE_HEIGHT - 29 * mm, subtitle)
    canvas.setFont(SANS_BOLD, 11)
    canvas.drawString(MARGIN, PAGE_HEIGHT - 37 * mm, heading)
    canvas.setFont(SANS_BOLD, 9)
    x = MARGIN
    for header, width in columns:
        canvas.drawString(x, PAGE_HEIGHT - 44 * mm, header)
        x += width * mm
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, PAGE_HEIGHT - 45.6 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 45.6 * mm)


def clip_text(text: str, width: float, size: float = 9, font: str = SANS) -> str:
    """The text cut with an ellipsis to fit ``width`` points in ``font`` of ``size``."""
    while len(text) > 1 and stringWidth(text, font, size) > width:
        text = text[:-2] + "…"
    return text


def two_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """Broken between words to fit ``width``; what a second line cannot hold is cut with an
    ellipsis."""
    if stringWidth(text, font, size) <= width:
        return [text]
    words = text.split()
    fits = (n for n in range(len(words), 0, -1)
            if stringWidth(" ".join(words[:n]), font, size) <= width)  # fmt: skip
    count = next(fits, 1)
    first, rest = " ".join(words[:count]), " ".join(words[count:])
    return [clip_text(first, width, size, font), clip_text(rest, width, size, font)]


def draw_cell(canvas: Canvas, x: float, y: float, text: str, width: float) -> None:
    """A table cell on one line, in a smaller type if it must; else on two lines in the
    smallest type, within a ``ROW_HEIGHT`` row."""
    size = CELL_SIZE
    while size > SMALLEST_SIZE and stringWidth(text, SANS, size) > width:
        size -= 0.5
    if stringWidth(text, SANS, size) <= width:
        draw_string(canvas, x, y, text, SANS, size)
        return
    lines = two_lines(text, width, SANS, SMALLEST_SIZE)
    for line, shift in zip(lines, (1.3 * mm, -1.3 * mm), strict=True):
        draw_string(canvas, x, y + shift, line, SANS, SMALLEST_SIZE)
