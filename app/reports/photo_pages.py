"""The documentation photos of an event, 2 or 4 to an A4 page, each with its caption."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.reports.letter_parts import BODY_CENTRED
from app.reports.pdf_parts import CONTENT_WIDTH, FONT, TITLE, text_paragraph

PHOTOS_TITLE = "DOKUMENTASI KEGIATAN"
PAGE_ROOM = 232 * mm  # the height under the title on an A4 page with the standard margins
CAPTION_ROOM = 14 * mm
GAP = 4 * mm


@dataclass(frozen=True)
class PrintPhoto:
    jpeg: bytes  # already scaled for print
    width: int
    height: int
    caption: str


def photo_story(photos: list[PrintPhoto], per_page: int = 2) -> list[Flowable]:
    """Pages of ``per_page`` (2: one above the other; 4: two by two) photos with captions."""
    columns = 1 if per_page == 2 else 2
    rows_per_page = 2
    column_width = CONTENT_WIDTH / columns
    cell_width = column_width - (GAP if columns > 1 else 0)
    cell_height = PAGE_ROOM / rows_per_page - CAPTION_ROOM - GAP
    story: list[Flowable] = []
    for start in range(0, len(photos), per_page):
        if start:
            story.append(PageBreak())
        story += [Paragraph(PHOTOS_TITLE, TITLE), Spacer(1, 6)]
        page = photos[start : start + per_page]
        cells: list[list[Flowable] | str] = [
            _cell(photo, cell_width, cell_height) for photo in page
        ]
        cells += [""] * (per_page - len(cells))
        grid = [cells[i : i + columns] for i in range(0, per_page, columns)]
        table = Table(grid, colWidths=[column_width] * columns)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), (column_width - cell_width) / 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), (column_width - cell_width) / 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), GAP),
                ]
            )
        )
        story.append(table)
    return story


def _cell(photo: PrintPhoto, width: float, height: float) -> list[Flowable]:
    scale = min(width / photo.width, height / photo.height)
    image = Image(io.BytesIO(photo.jpeg), photo.width * scale, photo.height * scale)
    return [image, Spacer(1, 2 * mm), text_paragraph(photo.caption or " ", BODY_CENTRED)]
