"""The tables HR gets in Excel and CSV, built once from the report for both writers.

Every text cell passes ``neutralised``: a cell that begins with ``=``, ``+``,
``-``, ``@``, tab or carriage return would be run as a formula by a spreadsheet
(``=HYPERLINK(...)`` typed as a name on the roster), so it gets a leading
apostrophe and stays text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from enum import Enum

from app.core.attendance_labels import MARK_LABELS, Mark, marks_text
from app.core.checkin import Method
from app.core.report_data import (
    AttendanceLine,
    AttendanceReport,
    ScanRecord,
    UnitTotals,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

METHOD_LABELS: dict[str, str] = {  # keyed by Method, looked up by the stored text
    Method.CAMERA: "kamera",
    Method.SCANNER: "pemindai",
    Method.MANUAL: MARK_LABELS[Mark.MANUAL],
    Method.WALKIN: MARK_LABELS[Mark.GUEST],
    Method.DARING: MARK_LABELS[Mark.DARING],
}
OUTCOME_LABELS = {
    "recorded": "tercatat",
    "late": "tercatat, terlambat",
    "duplicate": "sudah tercatat",
    "invalid": "kode tidak sah",
    "revoked": "kartu dicabut",
    "unknown_person": "tidak dikenal",
    "not_expected": "bukan peserta acara",
}


class Kind(Enum):
    TEXT = "text"
    NUMBER = "number"
    SHARE = "share"  # a fraction shown as a percentage
    TIME = "time"
    MOMENT = "moment"  # date and time


Cell = str | int | float | time | datetime | None


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class SheetTable:
    name: str
    columns: list[Column]
    rows: list[list[Cell]]
    totals: list[list[Cell]] = field(default_factory=list)  # kept out of sorting and filtering


def neutralised(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def method_label(method: str) -> str:
    return METHOD_LABELS.get(method, "pindai")


def _text(value: str) -> str:
    return neutralised(value)


def _arrival(line: AttendanceLine) -> time | None:
    return line.checkin.at.time() if line.checkin else None


def arrival_column(report: AttendanceReport) -> Column:
    """``Jam Hadir (WITA)``: every time in a file carries the event's zone; with several
    moments, the first one's name (``Jam Kedatangan (WITA)``)."""
    name = report.moments[0].name if report.moments else "Hadir"
    return Column(f"Jam {name} ({report.event.time_zone})", Kind.TIME)


def later_columns(report: AttendanceReport) -> list[Column]:
    """``Jam Pulang (WITA)`` for each moment after the first; none for one moment."""
    zone = report.event.time_zone
    return [Column(f"Jam {moment.name} ({zone})", Kind.TIME) for moment in report.later_moments]


def _later(line: AttendanceLine) -> list[Cell]:
    return [checkin.at.time() if checkin else None for _, checkin in line.later]


ID_COLUMN = "NIP / ID"
PERSON = [
    Column("No", Kind.NUMBER),
    Column("Nama"),
    Column(ID_COLUMN),
    Column("Jabatan"),
    Column("Unit Kerja"),
]


def _person(number: int, line: AttendanceLine) -> list[Cell]:
    person = line.person
    return [
        number,
        _text(person.display_name),
        _text(person.id_number),
        _text(person.position),
        _text(person.unit),
    ]


def _station(line: AttendanceLine) -> str:
    return _text(line.checkin.station) if line.checkin else ""


def _note(line: AttendanceLine) -> str:
    return _text(line.checkin.note) if line.checkin else ""


def present_table(report: AttendanceReport) -> SheetTable:
    columns = [
        *PERSON,
        arrival_column(report),
        *later_columns(report),
        Column("Cara"),
        Column("Gerbang"),
        Column("Keterangan"),
    ]
    rows = [
        [
            *_person(i, line),
            _arrival(line),
            *_later(line),
            method_label(line.method),
            _station(line),
            _text(line.remarks),
        ]
        for i, line in enumerate(report.present_lines(), start=1)
    ]
    return SheetTable("Hadir", columns, rows)


def absent_table(report: AttendanceReport) -> SheetTable:
    columns = [*PERSON, Column("Alasan"), Column("Catatan")]
    rows = []
    for i, line in enumerate(report.absent_lines(), start=1):
        note = _text(line.absence.note) if line.absence else ""
        rows.append([*_person(i, line), marks_text(line.marks), note])
    return SheetTable("Tidak Hadir", columns, rows)


def _recap_row(number: int | str, totals: UnitTotals) -> list[Cell]:
    absent_share = totals.absent / totals.expected if totals.expected else 0.0
    return [
        number,
        _text(totals.unit),
        totals.expected,
        totals.present,
        totals.present_share,
        totals.late,
        totals.absent,
        totals.excused,
        absent_share,
        *totals.later_present,
    ]


def recap_table(report: AttendanceReport) -> SheetTable:
    columns = [
        Column("No", Kind.NUMBER),
        Column("Unit Kerja"),
        Column("Diharapkan", Kind.NUMBER),
        Column("Hadir", Kind.NUMBER),
        Column("% Hadir", Kind.SHARE),
        Column("Terlambat", Kind.NUMBER),
        Column("Tidak Hadir", Kind.NUMBER),
        Column("Tidak Hadir Berketerangan", Kind.NUMBER),
        Column("% Tidak Hadir", Kind.SHARE),
        *[Column(f"Hadir saat {m.name}", Kind.NUMBER) for m in report.later_moments],
    ]
    rows = [_recap_row(i, g.totals) for i, g in enumerate(report.unit_groups, start=1)]
    return SheetTable("Rekap per Unit", columns, rows, [_recap_row("", report.totals)])


def late_table(report: AttendanceReport) -> SheetTable:
    columns = [*PERSON, arrival_column(report), Column("Gerbang")]
    rows = [
        [*_person(i, line), _arrival(line), _station(line)]
        for i, line in enumerate(report.late_lines(), start=1)
    ]
    return SheetTable("Terlambat", columns, rows)


def guest_and_manual_table(report: AttendanceReport) -> SheetTable:
    columns = [
        *PERSON,
        arrival_column(report),
        Column("Cara"),
        Column("Keterangan"),
        Column("Catatan"),
    ]
    rows = [
        [
            *_person(i, line),
            _arrival(line),
            method_label(line.method),
            _text(line.remarks),
            _note(line),
        ]
        for i, line in enumerate(report.guest_and_manual_lines(), start=1)
    ]
    return SheetTable("Tamu & Manual", columns, rows)


def scan_table(scans: list[ScanRecord], zone: str) -> SheetTable:
    columns = [
        Column("No", Kind.NUMBER),
        Column(f"Waktu ({zone})", Kind.MOMENT),
        Column("Gerbang"),
        Column("Cara"),
        Column("Hasil"),
        Column("Nama"),
        Column("NIP / ID"),
        Column("Data Terbaca"),
    ]
    rows: list[list[Cell]] = [
        [
            i,
            scan.at,
            _text(scan.station),
            method_label(scan.method),
            OUTCOME_LABELS.get(scan.outcome, scan.outcome),
            _text(scan.person_name),
            _text(scan.person_id_number),
            _text(scan.raw),
        ]
        for i, scan in enumerate(scans, start=1)
    ]
    return SheetTable("Log Pindai", columns, rows)


def status_table(report: AttendanceReport) -> SheetTable:
    """Everyone expected (and every guest) with their status: the CSV for other systems."""
    columns = [
        *PERSON,
        Column("Status"),
        arrival_column(report),
        *later_columns(report),
        Column("Cara"),
        Column("Keterangan"),
    ]
    rows = [
        [
            *_person(i, line),
            line.status,
            _arrival(line),
            *_later(line),
            method_label(line.method) if line.present else "",
            _text(line.remarks),
        ]
        for i, line in enumerate(report.lines, start=1)
    ]
    return SheetTable("Status", columns, rows)


def left_early_table(report: AttendanceReport) -> SheetTable:
    """Who arrived but was not scanned at a later moment (events with several)."""
    columns = [*PERSON, arrival_column(report), Column("Tidak tercatat saat")]
    rows = [
        [*_person(i, line), _arrival(line), _text(", ".join(m.name for m in line.missed_later))]
        for i, line in enumerate(report.left_early_lines(), start=1)
    ]
    return SheetTable("Tidak Tercatat Kemudian", columns, rows)


def workbook_tables(report: AttendanceReport, scans: list[ScanRecord]) -> list[SheetTable]:
    moments = [left_early_table(report)] if report.later_moments else []
    return [
        present_table(report),
        absent_table(report),
        recap_table(report),
        late_table(report),
        guest_and_manual_table(report),
        *moments,
        scan_table(scans, report.event.time_zone),
    ]
