"""The status of everyone as CSV for other systems: UTF-8 with BOM and ``;``, as Excel in
Indonesia expects (its list separator is ``;`` because the decimal mark is ``,``).

Excel opens such a file straight into columns and reads every cell that looks like
a number as one: an 18-digit NIP becomes 1,99608E+17 and its last digits are lost
(Excel keeps 15). So the NIP / ID column holds identity numbers in the groups they
are written in on paper, ``19900101 201503 1 001`` (a NIK as ``337401 010190
0001``): a cell with spaces is text to Excel, and a program gets the digits back by
removing the spaces, as Netra's own roster import does.
"""

from __future__ import annotations

import csv
from datetime import datetime, time
from pathlib import Path

from app.core.nip import format_nip
from app.core.progress import KeepGoing, always, carry_on
from app.core.report_data import AttendanceReport
from app.exports.attendance_tables import ID_COLUMN, Cell, status_table
from app.exports.pakta_coverage import with_pakta_column


def grouped_id(text: str) -> str:
    """An 18-digit NIP or a 16-digit NIK in its written groups; any other id unchanged."""
    if len(text) == 16 and text.isdigit():
        return f"{text[:6]} {text[6:12]} {text[12:]}"
    return format_nip(text)


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, float):
        return f"{value:.3f}".replace(".", ",")
    return str(value)


def write_attendance_csv(
    report: AttendanceReport, path: Path, keep_going: KeepGoing = always
) -> None:
    """``keep_going`` hears the rows written; on False this raises ``Cancelled`` (the caller
    removes the partial file)."""
    table = with_pakta_column(status_table(report), report)
    id_index = [column.header for column in table.columns].index(ID_COLUMN)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([column.header for column in table.columns])
        for done, row in enumerate(table.rows):
            carry_on(keep_going, done, len(table.rows))
            cells = [_text(value) for value in row]
            cells[id_index] = grouped_id(cells[id_index])
            writer.writerow(cells)
