"""Pakta coverage for spreadsheets: the per-unit table and the list of who still has to sign,
as the same ``SheetTable`` the attendance workbook is made of; the pakta column of the status
CSV; the follow-up list as CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from app.core.pakta_paper import SIGN_STATE_TEXT, SignState, UnitCoverage
from app.core.report_data import AttendanceReport
from app.exports.attendance_tables import Cell, Column, Kind, SheetTable, neutralised

FOLLOW_UP_HEADERS = ["No", "Unit Kerja", "Nama", "NIP / ID", "Jabatan", "Status"]
PAKTA_COLUMN = "Pakta Integritas"
STILL_TO_SIGN = (SignState.NOT_SIGNED, SignState.RETURNED_EMPTY)


def coverage_table(units: list[UnitCoverage], total: UnitCoverage) -> SheetTable:
    """One row per unit, the total below them (out of sorting): for the HR workbook."""
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
    return SheetTable("Pakta", columns, rows[:-1], rows[-1:])


def pakta_tables(report: AttendanceReport) -> list[SheetTable]:
    """The workbook's pakta sheets: coverage per unit, and who still has to sign (the sheet
    came back empty, or none came back); none for an event without a pakta."""
    coverage = report.pakta
    if coverage is None:
        return []
    columns = [Column("No", Kind.NUMBER), Column("Nama"), Column("NIP / ID"), Column("Jabatan"),
               Column("Unit Kerja"), Column("Status")]  # fmt: skip
    pending = [
        (line, group.unit, state)
        for group in report.unit_groups
        for line in group.lines
        if (state := coverage.states.get(line.person.id)) in STILL_TO_SIGN
    ]
    rows: list[list[Cell]] = [
        [n, neutralised(line.person.display_name), neutralised(line.person.id_number),
         neutralised(line.person.position), neutralised(unit), SIGN_STATE_TEXT[state]]
        for n, (line, unit, state) in enumerate(pending, start=1)
    ]  # fmt: skip
    return [
        coverage_table(coverage.units, coverage.total),
        SheetTable("Pakta Belum", columns, rows),
    ]


def with_pakta_column(table: SheetTable, report: AttendanceReport) -> SheetTable:
    """The status table with each person's pakta state last (blank for a guest); unchanged
    for an event without a pakta. ``table.rows`` follow ``report.lines``."""
    coverage = report.pakta
    if coverage is None:
        return table
    states = [coverage.states.get(line.person.id) for line in report.lines]
    rows = [
        [*row, SIGN_STATE_TEXT[state] if state else ""]
        for row, state in zip(table.rows, states, strict=True)
    ]
    return SheetTable(table.name, [*table.columns, Column(PAKTA_COLUMN)], rows, table.totals)


def write_follow_up_csv(rows: list[tuple[str, ...]], path: Path) -> None:
    """UTF-8 with BOM and ``;``, as Excel in Indonesia opens it; cells neutralised."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(FOLLOW_UP_HEADERS)
        writer.writerows([neutralised(cell) for cell in row] for row in rows)
