"""The Excel workbook HR follows absentees up with: one sheet per table, ready to filter,
print and file.

Written in openpyxl's streaming mode so 10,000 people take a few seconds. Each sheet
opens with the event's title, day and date, time and place, then the table: its
header frozen, filtered and repeated on every printed page; totals sit below the
filtered range so sorting never moves them among the units. Pages are A4, turned
to landscape when the table is wide, and fitted to the page width. Times are real
Excel times and identity numbers are text (an 18-digit NIP as a number would
show as 1,99E+17).
"""

from __future__ import annotations

import io
from datetime import datetime, time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from app.core.events import Event
from app.core.heap import collector_paused
from app.core.locale_format import clock_time, day_and_date
from app.core.progress import Cancelled, KeepGoing, always, carry_on
from app.core.report_data import AttendanceReport, ScanRecord
from app.exports.attendance_tables import Cell, Kind, SheetTable, neutralised, workbook_tables
from app.exports.pakta_coverage import pakta_tables

FORMATS = {
    Kind.TIME: "hh:mm:ss",
    Kind.MOMENT: "dd/mm/yyyy hh:mm:ss",
    Kind.SHARE: "0.0%",
    Kind.NUMBER: "0",
}
FIXED_WIDTHS = {Kind.TIME: 10, Kind.MOMENT: 20, Kind.SHARE: 10}
MAX_WIDTH = 60
PORTRAIT_WIDTH = 95  # characters of column width that fit across an A4 page standing up
HEADER_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=13)
TOTAL_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E4E9F0")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
HEADER_ROW = 5  # title, date and time, place, a blank row, then the table's header


def _width(table: SheetTable, column: int) -> float:
    kind = table.columns[column].kind
    header = len(table.columns[column].header)
    if kind in FIXED_WIDTHS:
        return max(FIXED_WIDTHS[kind], header + 4)
    longest = max(
        (len(str(row[column])) for row in table.rows if row[column] is not None), default=0
    )
    return min(max(longest, header + 3) + 2, MAX_WIDTH)


def title_lines(event: Event, sheet: str) -> list[str]:
    """What heads every sheet, so a printout or a forwarded file says which apel it is."""
    when = f"{day_and_date(event.day)}, pukul {clock_time(event.start_time)} {event.time_zone}"
    return [f"{event.title} - {sheet}", when, f"Tempat: {event.venue}"]


def _set_page(sheet: WriteOnlyWorksheet, table: SheetTable, widths: list[float]) -> None:
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    wide = sum(widths) > PORTRAIT_WIDTH
    sheet.page_setup.orientation = "landscape" if wide else "portrait"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_options.horizontalCentered = True


def _values(sheet: WriteOnlyWorksheet, table: SheetTable, row: list[Cell]) -> list[object]:
    values: list[object] = list(row)
    for index, column in enumerate(table.columns):
        value = row[index]
        if column.kind in (Kind.TIME, Kind.MOMENT, Kind.SHARE) and isinstance(
            value, time | datetime | float
        ):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = FORMATS[column.kind]
            values[index] = cell
    return values


def _write_sheet(
    workbook: Workbook, table: SheetTable, event: Event, keep_going: KeepGoing
) -> None:
    sheet = workbook.create_sheet(table.name)
    last_column = get_column_letter(len(table.columns))
    last_row = HEADER_ROW + len(table.rows)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{last_row}"
    widths = [_width(table, index) for index in range(len(table.columns))]
    for index, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    _set_page(sheet, table, widths)
    for number, line in enumerate(title_lines(event, table.name)):
        cell = WriteOnlyCell(sheet, value=neutralised(line))
        cell.font = TITLE_FONT if number == 0 else HEADER_FONT
        sheet.append([cell])
    sheet.append([])
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
        header.append(cell)
    sheet.append(header)
    for done, row in enumerate(table.rows):
        carry_on(keep_going, done, len(table.rows))
        sheet.append(_values(sheet, table, row))
    if table.totals:
        sheet.append([])  # a blank row: Excel would grow a filter over an adjacent total row
    for row in table.totals:
        values = _values(sheet, table, row)
        cells = [v if isinstance(v, SheetCell) else WriteOnlyCell(sheet, value=v) for v in values]
        for cell in cells:
            cell.font = TOTAL_FONT
        sheet.append(cells)


@collector_paused()
def write_attendance_xlsx(
    report: AttendanceReport, scans: list[ScanRecord], path: Path, keep_going: KeepGoing = always
) -> None:
    """Built in memory first: a folder that cannot be written fails cleanly, after openpyxl.

    ``keep_going`` hears the rows of every sheet written; on False this raises ``Cancelled``
    before anything is written to ``path``."""
    workbook = Workbook(write_only=True)
    tables = [*workbook_tables(report, scans), *pakta_tables(report)]
    total, before = sum(len(table.rows) for table in tables), 0
    try:
        for table in tables:

            def rows_written(done: int, _rows: int, before: int = before) -> bool:
                return keep_going(before + done, total)

            _write_sheet(workbook, table, report.event, rows_written)
            before += len(table.rows)
    except Cancelled:
        workbook.save(io.BytesIO())  # ends each sheet's stream and removes openpyxl's temp files
        raise
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())
