"""The Excel workbook HR follows absentees up with: one sheet per table, ready to filter.

Written in openpyxl's streaming mode so 10,000 people take a few seconds. Headers
are frozen and filtered, widths fit the content, times are real Excel times and
identity numbers are text (an 18-digit NIP as a number would show as 1,99E+17).
"""

from __future__ import annotations

import io
from datetime import datetime, time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.core.report_data import AttendanceReport, ScanRecord
from app.exports.attendance_tables import Cell, Kind, SheetTable, workbook_tables

FORMATS = {
    Kind.TIME: "hh:mm:ss",
    Kind.MOMENT: "dd/mm/yyyy hh:mm:ss",
    Kind.SHARE: "0.0%",
    Kind.NUMBER: "0",
}
FIXED_WIDTHS = {Kind.TIME: 10, Kind.MOMENT: 20, Kind.SHARE: 10}
MAX_WIDTH = 60
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E4E9F0")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)


def _width(table: SheetTable, column: int) -> float:
    kind = table.columns[column].kind
    header = len(table.columns[column].header)
    if kind in FIXED_WIDTHS:
        return max(FIXED_WIDTHS[kind], header + 4)
    longest = max(
        (len(str(row[column])) for row in table.rows if row[column] is not None), default=0
    )
    return min(max(longest, header + 3) + 2, MAX_WIDTH)


def _write_sheet(workbook: Workbook, table: SheetTable) -> None:
    sheet = workbook.create_sheet(table.name)
    last_column = get_column_letter(len(table.columns))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last_column}{len(table.rows) + 1}"
    for index in range(len(table.columns)):
        sheet.column_dimensions[get_column_letter(index + 1)].width = _width(table, index)
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
        header.append(cell)
    sheet.append(header)
    formatted = [
        (index, FORMATS[column.kind])
        for index, column in enumerate(table.columns)
        if column.kind in (Kind.TIME, Kind.MOMENT, Kind.SHARE)
    ]
    for row in table.rows:
        values: list[Cell | WriteOnlyCell] = list(row)
        for index, number_format in formatted:
            value = row[index]
            if isinstance(value, time | datetime | float):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = number_format
                values[index] = cell
        sheet.append(values)


def write_attendance_xlsx(report: AttendanceReport, scans: list[ScanRecord], path: Path) -> None:
    """Built in memory first: a folder that cannot be written fails cleanly, after openpyxl."""
    workbook = Workbook(write_only=True)
    for table in workbook_tables(report, scans):
        _write_sheet(workbook, table)
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())
