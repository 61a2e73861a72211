"""Personal pakta sheets to sign with a pen: per unit a cover listing the bundle, then one A4
sheet per person with the filled pakta text, a framed signature box and the sheet's QR.

The box and the QR sit where ``core/pakta_paper.py`` says, the only place the scanner looks
for them. The cover carries a QR of its own (``NPC`` and the event id) so a cover fed
through the scanner with its bundle is recognised and skipped, not listed as unreadable.
The caller gives every label (the reports layer does not translate).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app.core.pakta import BlockKind, layout_blocks
from app.core.pakta_paper import BOX_LINE_MM, QR_SQUARE, SIGNATURE_BOX
from app.core.progress import KeepGoing, always, carry_on
from app.reports.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, draw_string, register_fonts
from app.reports.pakta_paper_pdf import draw_cell, two_lines

# The pakta text is laid out exactly as on the signed-on-screen pages.
from app.reports.pakta_pdf import FONT_SIZES, MARGIN_X, TOP
from app.reports.pakta_pdf import _body_height as body_height
from app.reports.pakta_pdf import _draw_body as draw_body
from app.reports.pakta_pdf import _styles as styles
from app.reports.qr_matrix import QUIET_ZONE, draw_qr, qr_matrix

PAGE_WIDTH, PAGE_HEIGHT = A4
COVER_PREFIX = "NPC"
ROW_HEIGHT = 5.6 * mm
COVER_ROWS = 38
COVER_TEXT_WIDTH = 118 * mm  # left of the cover's QR
GREY = (0.35, 0.38, 0.42)


@dataclass(frozen=True)
class Sheet:
    """One person's sheet, every text as printed."""

    name: str
    id_line: str  # "NIP 19700101 199001 1 001", "NIK ••••••••••••1234", "ID P-77"
    position: str
    unit: str
    text: str  # the filled pakta text
    token: str


@dataclass(frozen=True)
class SheetBundle:
    unit: str
    sheets: list[Sheet]


@dataclass(frozen=True)
class SheetLabels:
    event_title: str  # "Apel Netralitas ASN — Selasa, 1 Oktober 2024"
    cover_title: str  # "Bundel lembar pakta integritas"
    cover_note: str  # what to do with the bundle
    columns: tuple[str, str, str, str]  # No, Nama, NIP/ID, Jabatan
    box_label: str  # above the box
    qr_caption: str  # under the QR, with {event} and {version}
    footer: str  # with {unit}, {page} and {pages}
    event_id: int
    version: int


def cover_token(event_id: int) -> str:
    return f"{COVER_PREFIX}{event_id}"


def render_sheets_pdf(
    bundles: list[SheetBundle], labels: SheetLabels, keep_going: KeepGoing = always
) -> bytes:
    """``keep_going`` hears the sheets drawn; on False this raises ``Cancelled``."""
    register_fonts()
    total, drawn = sum(len(bundle.sheets) for bundle in bundles), 0
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(labels.cover_title)
    for bundle in bundles:
        _draw_cover(canvas, bundle, labels)
        for number, sheet in enumerate(bundle.sheets, start=1):
            carry_on(keep_going, drawn, total)
            drawn += 1
            _draw_sheet(canvas, sheet, labels)
            footer = labels.footer.format(unit=bundle.unit, page=number, pages=len(bundle.sheets))
            _draw_footer(canvas, footer)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _from_top(y_mm: float) -> float:
    return PAGE_HEIGHT - y_mm * mm


def _draw_cover(canvas: Canvas, bundle: SheetBundle, labels: SheetLabels) -> None:
    chunks = [bundle.sheets[i : i + COVER_ROWS] for i in range(0, len(bundle.sheets), COVER_ROWS)]
    for index, chunk in enumerate(chunks or [[]]):
        canvas.setFont(SANS_BOLD, 15)
        canvas.drawString(MARGIN_X, _from_top(25), labels.cover_title)
        y = _draw_lines(canvas, bundle.unit, 33, SANS_BOLD, 12)
        y = _draw_lines(canvas, labels.event_title, y + 2, SANS, 10)
        note = Paragraph(escape(labels.cover_note), styles(9.5)["left"])
        _, height = note.wrap(COVER_TEXT_WIDTH, 40 * mm)
        note.drawOn(canvas, MARGIN_X, _from_top(y + 1) - height)
        draw_qr(
            canvas, cover_token(labels.event_id), (PAGE_WIDTH - 50 * mm, _from_top(52)), 30 * mm
        )
        table_top = max(64.0, y + 1 + height / mm + 7)
        _draw_cover_rows(canvas, chunk, index * COVER_ROWS, labels.columns, table_top)
        canvas.showPage()


def _draw_lines(canvas: Canvas, text: str, top_mm: float, font: str, size: float) -> float:
    """``text`` on at most two lines left of the cover's QR, the first baseline ``top_mm`` from
    the top; returns where the last one stands."""
    lines = two_lines(text, COVER_TEXT_WIDTH, font, size)
    step = size * 1.25 / mm
    for number, line in enumerate(lines):
        draw_string(canvas, MARGIN_X, _from_top(top_mm + number * step), line, font, size)
    return top_mm + (len(lines) - 1) * step + step


def _draw_cover_rows(
    canvas: Canvas, sheets: list[Sheet], first: int, columns: tuple[str, ...], top_mm: float
) -> None:
    xs = (MARGIN_X, MARGIN_X + 9 * mm, MARGIN_X + 63 * mm, MARGIN_X + 108 * mm)
    widths = (8 * mm, 53 * mm, 44 * mm, PAGE_WIDTH - MARGIN_X - xs[3])
    y = _from_top(top_mm)
    canvas.setFont(SANS_BOLD, 9)
    for x, label in zip(xs, columns, strict=True):
        canvas.drawString(x, y, label)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y - 1.6 * mm, PAGE_WIDTH - MARGIN_X, y - 1.6 * mm)
    for offset, sheet in enumerate(sheets):
        y -= ROW_HEIGHT
        cells = (f"{first + offset + 1}.", sheet.name, sheet.id_line, sheet.position)
        for x, width, text in zip(xs, widths, cells, strict=True):
            draw_cell(canvas, x, y, text, width)


def _draw_sheet(canvas: Canvas, sheet: Sheet, labels: SheetLabels) -> None:
    blocks = layout_blocks(sheet.text)
    body = [b for b in blocks if b.kind is not BlockKind.CLOSING]
    closing = [b.text for b in blocks if b.kind is BlockKind.CLOSING]
    box_left, box_top, box_width, box_height = SIGNATURE_BOX
    room = _from_top(12) - _from_top(box_top - 4 - 5 * len(closing))
    for size in FONT_SIZES:
        sized = styles(size)
        if body_height(body, sized) < room:
            break
    canvas.setFont(SANS, 8)
    canvas.setFillColorRGB(*GREY)
    canvas.drawString(MARGIN_X, _from_top(12), labels.event_title)
    canvas.setFillColorRGB(0, 0, 0)
    draw_body(canvas, body, sized, TOP)
    canvas.setFont(SERIF, 11)
    for index, line in enumerate(reversed(closing)):
        canvas.drawString(box_left * mm, _from_top(box_top - 3 - 5 * (index + 1)), line)
    canvas.setFont(SANS, 8)
    canvas.setFillColorRGB(*GREY)
    canvas.drawString(box_left * mm, _from_top(box_top - 1.5), labels.box_label)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setLineWidth(BOX_LINE_MM * mm)
    canvas.rect(box_left * mm, _from_top(box_top + box_height), box_width * mm, box_height * mm)
    draw_string(canvas, box_left * mm, _from_top(box_top + box_height + 6), sheet.name,
                SERIF_BOLD, 11)  # fmt: skip
    canvas.setFont(SERIF, 11)
    canvas.drawString(box_left * mm, _from_top(box_top + box_height + 11), sheet.id_line)
    _draw_sheet_qr(canvas, sheet.token, labels)


def _draw_sheet_qr(canvas: Canvas, token: str, labels: SheetLabels) -> None:
    left, top, side = QR_SQUARE
    count = qr_matrix(token).shape[0]
    quiet = side * QUIET_ZONE / count
    total = side + 2 * quiet
    draw_qr(canvas, token, ((left - quiet) * mm, _from_top(top + side + quiet)), total * mm)
    caption = labels.qr_caption.format(event=labels.event_id, version=f"{labels.version:08X}")
    canvas.setFont(SANS, 6.5)
    canvas.setFillColorRGB(*GREY)
    canvas.drawCentredString((left + side / 2) * mm, _from_top(top + side + 4.5), caption)
    canvas.setFillColorRGB(0, 0, 0)


def _draw_footer(canvas: Canvas, text: str) -> None:
    canvas.setFont(SANS, 7.5)
    canvas.setFillColorRGB(*GREY)
    canvas.drawCentredString(PAGE_WIDTH / 2, 10 * mm, text)
    canvas.setFillColorRGB(0, 0, 0)
