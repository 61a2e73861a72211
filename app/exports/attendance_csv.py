"""The status of everyone as CSV for other systems: UTF-8 with BOM and ``;``, as Excel in
Indonesia expects (its list separator is ``;`` because the decimal mark is ``,``)."""

from __future__ import annotations

import csv
from datetime import datetime, time
from pathlib import Path

from app.core.report_data import AttendanceReport
from app.exports.attendance_tables import Cell, status_table


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


def write_attendance_csv(report: AttendanceReport, path: Path) -> None:
    table = status_table(report)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([column.header for column in table.columns])
        writer.writerows([_text(value) for value in row] for row in table.rows)
