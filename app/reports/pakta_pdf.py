"""Signed pakta integritas as PDF: one A4 page per signer, the signature as vector ink.

Every page is drawn only from the stored ``SignedPakta`` (text, name, NIP, strokes,
fingerprint) and nothing else: no page number, no print date. So a page can be drawn
again from the database and compared, operator by operator, with a page in a file;
that is how ``verify`` finds a tampered page.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas
from reportlab.platypus import Paragraph

from app.core.ink import ink_shape
from app.core.pakta import Block, BlockKind, SignedPakta, layout_blocks
from app.reports.fonts import SANS, SERIF, SERIF_BOLD, draw_string, markup, register_fonts
from app.reports.fonts import string_width as text_width

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 25 * mm
TOP = PAGE_HEIGHT - 22 * mm
FOOTER_Y = 14 * mm
SIGNATURE_BOX = (72 * mm, 30 * mm)
INK = (0.09, 0.14, 0.42)  # blue-black, like a ballpoint
FONT_SIZES = (12.0, 11.0, 10.0, 9.0)
FINGERPRINT_LABEL = "Sidik jari SHA-256 (teks + goresan):"
FINGERPRINT_PATTERN = re.compile(r"SHA-256[^:]*:\s*([0-9a-f]{64})")


@dataclass(frozen=True)
class PdfPage:
    """What a page of a PDF says about itself: the fingerprint printed and its drawing."""

    fingerprint: str | None
    content: bytes


def render_pakta_pdf(pacts: list[SignedPakta], title: str) -> bytes:
    """One page per signed pact, in the order given."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=SANS)
    canvas.setTitle(title)
    canvas.setAuthor("Netra")
    for pact in pacts:
        _draw_page(canvas, pact)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def read_pages(pdf: bytes) -> list[PdfPage]:
    """The fingerprint printed on each page and the page's drawing operators."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = []
    for page in reader.pages:
        contents = page.get_contents()
        drawing = bytes(contents.get_data()) if contents is not None else b""
        match = FINGERPRINT_PATTERN.search(page.extract_text() or "")
        pages.append(PdfPage(match[1] if match else None, drawing))
    return pages


def _styles(size: float) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=size, leading=size * 1.4, alignment=TA_JUSTIFY
    )
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=SERIF_BOLD, fontSize=size + 3, alignment=TA_CENTER
        ),
        "body": body,
        "left": ParagraphStyle("left", parent=body, alignment=TA_LEFT),
    }


def _draw_page(canvas: Canvas, pact: SignedPakta) -> None:
    blocks = layout_blocks(pact.text)
    body = [b for b in blocks if b.kind is not BlockKind.CLOSING]
    closing = [b.text for b in blocks if b.kind is BlockKind.CLOSING]
    for size in FONT_SIZES:
        styles = _styles(size)
        if _body_height(body, styles) + _signature_block_height(size, closing) < TOP - 30 * mm:
            break
    y = _draw_body(canvas, body, styles, TOP)
    _draw_signature_block(canvas, pact, closing, y - size, size)
    _draw_footer(canvas, pact.fingerprint)


def _pieces(block: Block, styles: dict[str, ParagraphStyle]) -> list[tuple[float, Paragraph]]:
    """Each block as (x offset, paragraph); fields and items have a label column."""
    text = markup(block.text, SERIF)
    if block.kind is BlockKind.TITLE:
        return [(0, Paragraph(f"<u>{markup(block.text, SERIF_BOLD)}</u>", styles["title"]))]
    if block.kind is BlockKind.FIELD:
        return [
            (10 * mm, Paragraph(escape(block.label), styles["left"])),
            (42 * mm, Paragraph(":", styles["left"])),
            (45 * mm, Paragraph(text, styles["left"])),
        ]
    if block.kind is BlockKind.ITEM:
        return [
            (0, Paragraph(escape(block.label), styles["left"])),
            (8 * mm, Paragraph(text, styles["body"])),
        ]
    return [(0, Paragraph(text, styles["body"]))]


def _gap_before(block: Block, previous: Block | None, size: float) -> float:
    if previous is None:
        return 0
    if block.kind is previous.kind and block.kind in (BlockKind.FIELD, BlockKind.ITEM):
        return size * 0.15
    return size * 0.8


def _measure(
    block: Block, styles: dict[str, ParagraphStyle]
) -> list[tuple[float, Paragraph, float]]:
    width = PAGE_WIDTH - 2 * MARGIN_X
    placed = []
    for index, (x, paragraph) in enumerate(pieces := _pieces(block, styles)):
        right = pieces[index + 1][0] if index + 1 < len(pieces) else width
        _, height = paragraph.wrap(right - x - 2, PAGE_HEIGHT)
        placed.append((x, paragraph, height))
    return placed


def _body_height(blocks: list[Block], styles: dict[str, ParagraphStyle]) -> float:
    size = styles["body"].fontSize
    total = 0.0
    previous = None
    for block in blocks:
        total += _gap_before(block, previous, size)
        total += max(h for _, _, h in _measure(block, styles))
        previous = block
    return total


def _draw_body(
    canvas: Canvas, blocks: list[Block], styles: dict[str, ParagraphStyle], top: float
) -> float:
    size = styles["body"].fontSize
    y = top
    previous = None
    for block in blocks:
        y -= _gap_before(block, previous, size)
        placed = _measure(block, styles)
        for x, paragraph, height in placed:
            paragraph.drawOn(canvas, MARGIN_X + x, y - height)
        y -= max(h for _, _, h in placed)
        if block.kind is BlockKind.TITLE:
            y -= size
        previous = block
    return y


def _signature_block_height(size: float, closing: list[str]) -> float:
    return (len(closing) + 2) * size * 1.4 + SIGNATURE_BOX[1] + size


def _draw_signature_block(
    canvas: Canvas, pact: SignedPakta, closing: list[str], top: float, size: float
) -> None:
    """Place and date, the signature drawn as ink, then the printed name and NIP."""
    left = PAGE_WIDTH / 2 + 10 * mm
    leading = size * 1.4
    y = top
    canvas.setFillColorRGB(0, 0, 0)
    for line in closing:
        y -= leading
        draw_string(canvas, left, y, line, SERIF, size)
    box_width, box_height = SIGNATURE_BOX
    box_top = y - size * 0.6
    _draw_signature(canvas, pact, (left, box_top), (box_width, box_height))
    y = box_top - box_height - leading
    canvas.setFillColorRGB(0, 0, 0)
    draw_string(canvas, left, y, pact.name, SERIF_BOLD, size)
    canvas.setLineWidth(0.6)
    canvas.line(left, y - 2, left + text_width(pact.name, SERIF_BOLD, size), y - 2)
    if pact.nip:
        draw_string(canvas, left, y - leading, f"NIP. {pact.nip}", SERIF, size)


def _draw_signature(
    canvas: Canvas, pact: SignedPakta, top_left: tuple[float, float], box: tuple[float, float]
) -> None:
    signature = pact.signature
    scale = min(box[0] / signature.width, box[1] / signature.height)
    canvas.saveState()
    canvas.translate(top_left[0], top_left[1] - (box[1] - signature.height * scale) / 2)
    canvas.scale(scale, -scale)  # pad pixels, y growing downwards
    canvas.setFillColorRGB(*INK)
    for stroke in signature.strokes:
        shape = ink_shape(stroke)
        path = canvas.beginPath()
        path.moveTo(*shape.ribbon[0])
        for x, y in shape.ribbon[1:]:
            path.lineTo(x, y)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
        for x, y, radius in shape.dots:
            canvas.circle(x, y, radius, stroke=0, fill=1)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, fingerprint: str) -> None:
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, FOOTER_Y + 9, PAGE_WIDTH - MARGIN_X, FOOTER_Y + 9)
    canvas.setFillColorRGB(0.3, 0.3, 0.3)
    canvas.setFont(SANS, 7)
    canvas.drawString(
        MARGIN_X, FOOTER_Y, "Ditandatangani di layar dengan Netra. " + FINGERPRINT_LABEL
    )
    canvas.drawString(MARGIN_X, FOOTER_Y - 9, fingerprint)
