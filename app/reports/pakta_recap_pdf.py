"""The rekap's pakta section: per unit, who signed the pakta integritas on screen or on paper,
whose sheet came back empty, and who has not signed yet."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.core.locale_format import number, percent
from app.core.pakta_paper import PaktaCoverage, UnitCoverage
from app.reports.pdf_parts import (
    BODY_SIZE,
    BOLD,
    HEADING,
    SUBTOTAL_FILL,
    TableParts,
    header_cells,
    kept_table,
    section_heading,
    text_paragraph,
    wrap_lines,
)
from app.reports.recap_pdf import _right_aligned_numbers

PAKTA_HEADERS = [
    "No",
    "Unit Kerja",
    "Peserta",
    "Di layar",
    "Kertas",
    "Kembali kosong",
    "Belum",
    "% Sudah",
]
PAKTA_WIDTHS = [9, 61, 17, 17, 17, 19, 17, 23]


def _row(label: str, unit: UnitCoverage) -> list[str]:
    return [
        label,
        unit.unit,
        number(unit.expected),
        number(unit.signed_screen),
        number(unit.signed_paper),
        number(unit.returned_empty),
        number(unit.not_signed),
        percent(unit.signed, unit.expected),
    ]


def _summary(total: UnitCoverage) -> str:
    return (
        f"Sudah menandatangani {number(total.signed)} dari {number(total.expected)} pegawai "
        f"({percent(total.signed, total.expected)}): {number(total.signed_screen)} di layar, "
        f"{number(total.signed_paper)} di kertas. Belum {number(total.not_signed)}, termasuk "
        f"{number(total.returned_empty)} lembar yang kembali kosong."
    )


def pakta_coverage_section(coverage: PaktaCoverage | None) -> list[Flowable]:
    """Nothing for an event without a pakta, so its rekap prints as it always did."""
    if coverage is None or not coverage.units:
        return []
    widths = [w * mm for w in PAKTA_WIDTHS]
    rows = [_row(str(i), unit) for i, unit in enumerate(coverage.units, start=1)]
    parts = TableParts(
        header=header_cells(PAKTA_HEADERS, widths),
        widths=widths,
        body=[[row[0], wrap_lines(row[1], widths[1]), *row[2:]] for row in rows],
        closing=[_row("", coverage.total)],
        styles=_right_aligned_numbers,
        closing_styles=[
            ("FONT", (0, -1), (-1, -1), BOLD, BODY_SIZE),
            ("BACKGROUND", (0, -1), (-1, -1), SUBTOTAL_FILL),
        ],
    )
    return [
        Spacer(1, 8),
        *section_heading("CAKUPAN PAKTA INTEGRITAS PER UNIT KERJA"),
        *kept_table(parts, [text_paragraph(_summary(coverage.total), HEADING)]),
    ]
