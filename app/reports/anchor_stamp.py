"""The audit anchor printed on the daftar hadir and the rekap: a short code to read aloud,
a QR code with the full signed anchor, and the same anchor in the PDF's keywords, so
``netra audit verify --anchor FILE.pdf`` finds it (see ``app.core.anchor``)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from app.core.anchor import Anchor
from app.core.locale_format import number
from app.reports.pdf_parts import CELL, CELL_BOLD, CONTENT_WIDTH
from app.reports.qr_matrix import qr_operators

QR_SIZE = 30 * mm


class _Keywords(Flowable):
    """Puts the full anchor into the document's keywords; draws nothing."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.setKeywords(self.text)


class _QrCode(Flowable):
    """The anchor as a QR code, drawn by the same encoder and operators as the badges."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return QR_SIZE, QR_SIZE

    def draw(self) -> None:
        self.canv.addLiteral(qr_operators(self.text, (0, 0), QR_SIZE))


def anchor_stamp(anchor: Anchor | None) -> list[Flowable]:
    """The block to append to a report's story (nothing when no anchor was made)."""
    if anchor is None:
        return []
    counts = anchor.counts
    signed = (
        f"ditandatangani kunci instansi {anchor.key_id}"
        if anchor.signature
        else "tanpa tanda tangan instansi (stasiun ini tidak memegang kunci instansi)"
    )
    text = [
        Paragraph(f"Jangkar jejak audit: {escape(anchor.code)}", CELL_BOLD),
        Paragraph(
            f"Dibuat {escape(anchor.made_at)} atas {number(anchor.entries)} entri jejak audit "
            f"({number(counts.get('checkins', 0))} kehadiran, "
            f"{number(counts.get('scans', 0))} pindaian); {signed}.",
            CELL,
        ),
        Paragraph(
            f"Periksa bahwa data belum diubah: netra audit verify --anchor {escape(anchor.code)}",
            CELL,
        ),
    ]
    widths = [QR_SIZE + 4 * mm, CONTENT_WIDTH - QR_SIZE - 4 * mm]
    table = Table([[_QrCode(anchor.full), text]], colWidths=widths)
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    return [KeepTogether([_Keywords(anchor.full), table])]


def anchor_text_of_pdf(path: Path) -> str | None:
    """The text in which a report carries its anchor: keywords, else the last page's text."""
    try:
        reader = PdfReader(path)
        keywords = reader.metadata.keywords if reader.metadata else None
        return keywords or reader.pages[-1].extract_text()
    except (OSError, PyPdfError, ValueError, IndexError):
        return None
