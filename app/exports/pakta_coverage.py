"""Pakta coverage for spreadsheets: the per-unit table and the follow-up list, as the same
``SheetTable`` the attendance workbook is made of, and the follow-up list as CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from app.core.pakta_paper import UnitCoverage
from app.exports.attendance_tables import Cell, Column, Kind, SheetTable, neutralised

FOLLOW_UP_HEADERS = ["No", "Unit Kerja", "Nama", "NIP / ID", "Jabatan", "Status"]


def coverage_table(units: list[UnitCoverage], total: UnitCoverage) -> SheetTable:
    """One row per unit and the total: for the HR workbook and the rekap."""
    columns = [
        Column("Unit Kerja"), Column("Peserta", Kind.NUMBER),
        Column("Tanda tangan di layar", Kind.NUMBER), Column("Tanda tangan kertas", Kind.NUMBER),
        Column("Lembar kembali kosong", Kind.NUMBER), Column("Belum", Kind.NUMBER),
        Column("Cakupan", Kind.SHARE),
    ]  # fmt: skip
    rows: list[list[Cell]] = [
        [neutralised(u.unit), u.expected, u.signed_screen, u.signed_paper, u.returned_empty,
         u.not_signed, u.percent / 100]
        for u in [*units, total]
    ]  # fmt: skip
    return SheetTable("Pakta", columns, rows)


def write_follow_up_csv(rows: list[tuple[str, ...]], path: Path) -> None:
    """UTF-8 with BOM and ``;``, as Excel in Indonesia opens it; cells neutralised."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(FOLLOW_UP_HEADERS)
        writer.writerows([neutralised(cell) for cell in row] for row in rows)
