"""Pieces of the letter-like documents (laporan, berita acara): body text, numbered lists,
a fact table and the signature block of a named official."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.core.laporan_text import Official
from app.core.nip import format_nip, nip_problem
from app.reports.fonts import markup
from app.reports.pdf_parts import BOLD, CONTENT_WIDTH, FONT, text_paragraph

BODY = ParagraphStyle(
    "letterBody", fontName=FONT, fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=4
)
BODY_CENTRED = ParagraphStyle("letterCentred", parent=BODY, alignment=TA_CENTER)
PART = ParagraphStyle(
    "letterPart", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=4
)
SUBPART = ParagraphStyle(
    "letterSubpart", fontName=BOLD, fontSize=10, leading=14, spaceBefore=6, spaceAfter=2
)
BLOCK = ParagraphStyle("letterBlock", fontName=FONT, fontSize=10, leading=13, alignment=TA_CENTER)
SIGNING_ROOM = 20 * mm
BLANK_NAME = "(............................................)"


def body(text: str) -> list[Flowable]:
    """Paragraphs of plain text; a blank line starts a new paragraph."""
    chunks = [" ".join(chunk.split()) for chunk in text.split("\n\n")]
    return [text_paragraph(chunk, BODY) for chunk in chunks if chunk]


def numbered(items: Sequence[str], indent: float = 0) -> list[Flowable]:
    """``1. text`` items with the text hanging under its first word."""
    if not items:
        return []
    rows = [[f"{i}.", text_paragraph(item, BODY)] for i, item in enumerate(items, start=1)]
    table = Table(rows, colWidths=[8 * mm, CONTENT_WIDTH - 8 * mm - indent], hAlign="RIGHT")
    table.setStyle(_plain_cells(10))
    return [table]


def fact_table(facts: Sequence[tuple[str, str]], label_width: float = 42 * mm) -> Table:
    """``label : value`` lines, the value wrapping under itself."""
    rows = [[label, ":", text_paragraph(value, BODY)] for label, value in facts]
    widths = [label_width, 4 * mm, CONTENT_WIDTH - label_width - 4 * mm]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(_plain_cells(10))
    return table


def _plain_cells(size: float) -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, size),
            ("LEADING", (0, 0), (-1, -1), 14),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )


SignatureBlock = tuple[Sequence[str], Official] | None  # None: an empty column


def signature_table(blocks: Sequence[SignatureBlock], top: float = 6 * mm) -> Table:
    """Signature blocks side by side: headings, room to sign, the names underlined in bold on
    one line across the blocks, then the NIPs. Keep it with what precedes it."""
    headings: list[object] = []
    names: list[object] = []
    nips: list[object] = []
    for block in blocks:
        if block is None:
            headings.append("")
            names.append("")
            nips.append("")
            continue
        heading, official = block
        headings.append([text_paragraph(line, BLOCK) for line in heading if line])
        name = official.name.strip() or BLANK_NAME
        names.append(Paragraph(f"<u><b>{markup(name, BOLD)}</b></u>", BLOCK))
        nip = official.nip.strip()
        nips.append(Paragraph(f"NIP. {format_nip(nip)}", BLOCK) if nip and not nip_problem(nip)
                    else "")  # fmt: skip
    width = CONTENT_WIDTH / len(blocks)
    table = Table(
        [headings, [""] * len(blocks), names, nips],
        colWidths=[width] * len(blocks),
        rowHeights=[None, SIGNING_ROOM, None, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, 0), "TOP"),
                ("VALIGN", (0, 2), (-1, 2), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, 0), top),
                ("TOPPADDING", (0, 1), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
