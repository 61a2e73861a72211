"""The attendance of one event as HR reports it, computed once for every writer.

The daftar hadir PDF, the print path, the Excel sheets and the CSV all draw this
same value, so a total can never differ between them. Expected people appear
whether present or not (with the reason of their absence when HR recorded one);
people who checked in without being expected (walk-in guests) form a last group.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.core.anchor import Anchor
from app.core.events import Event
from app.core.people import Person


class AbsenceReason(StrEnum):
    IZIN = "izin"
    SAKIT = "sakit"
    CUTI = "cuti"
    DINAS_LUAR = "dinas_luar"
    TANPA_KETERANGAN = "tanpa_keterangan"


ABSENCE_REASON_LABELS: dict[AbsenceReason, str] = {
    AbsenceReason.IZIN: "izin",
    AbsenceReason.SAKIT: "sakit",
    AbsenceReason.CUTI: "cuti",
    AbsenceReason.DINAS_LUAR: "dinas luar",
    AbsenceReason.TANPA_KETERANGAN: "tanpa keterangan",
}

# How HR writes the reasons in their own sheets: full words and the usual abbreviations.
_REASON_SPELLINGS: dict[str, AbsenceReason] = {
    "izin": AbsenceReason.IZIN,
    "ijin": AbsenceReason.IZIN,
    "i": AbsenceReason.IZIN,
    "sakit": AbsenceReason.SAKIT,
    "s": AbsenceReason.SAKIT,
    "cuti": AbsenceReason.CUTI,
    "c": AbsenceReason.CUTI,
    "dinas luar": AbsenceReason.DINAS_LUAR,
    "dinasluar": AbsenceReason.DINAS_LUAR,
    "dl": AbsenceReason.DINAS_LUAR,
    "tanpa keterangan": AbsenceReason.TANPA_KETERANGAN,
    "tk": AbsenceReason.TANPA_KETERANGAN,
    "alpa": AbsenceReason.TANPA_KETERANGAN,
}


def parse_reason(text: str) -> AbsenceReason | None:
    """``"Dinas Luar"``, ``"DL"``, ``"dinas_luar"`` -> the reason; None when not a reason."""
    folded = " ".join(text.replace("_", " ").casefold().split())
    return _REASON_SPELLINGS.get(folded)


REASON_CHOICES = ", ".join(ABSENCE_REASON_LABELS.values())


class ReportKind(StrEnum):
    """Which parts of the attendance document to draw."""

    COMPLETE = "lengkap"  # daftar hadir, recap and absentees
    SHEET = "daftar-hadir"
    RECAP = "rekap"


@dataclass(frozen=True)
class ReportRequest:
    """What HR asked for: which parts, one unit or all, and room for wet signatures."""

    kind: ReportKind = ReportKind.COMPLETE
    unit: str | None = None
    blank_signatures: bool = False


# Check-in methods written by the gate and by the daring import; others read as a plain scan.
METHOD_MANUAL = "manual"
METHOD_WALKIN = "walkin"
METHOD_DARING = "daring"
GUEST_GROUP = "Tamu (tidak terdaftar)"
NO_UNIT = "(Tanpa unit kerja)"


@dataclass(frozen=True)
class Absence:
    person_id: int
    reason: AbsenceReason
    note: str = ""

    @property
    def label(self) -> str:
        text = ABSENCE_REASON_LABELS[self.reason]
        return f"{text}: {self.note}" if self.note else text


@dataclass(frozen=True)
class CheckinRecord:
    person_id: int
    at: datetime
    station: str
    method: str
    late: bool
    note: str = ""


@dataclass(frozen=True)
class ScanRecord:
    """One line of the scan log (refusals too), with the person's name when known."""

    at: datetime
    station: str
    method: str
    raw: str
    outcome: str
    person_name: str
    person_id_number: str


@dataclass(frozen=True)
class AttendanceLine:
    person: Person
    checkin: CheckinRecord | None
    absence: Absence | None
    expected: bool

    @property
    def present(self) -> bool:
        return self.checkin is not None

    @property
    def late(self) -> bool:
        return self.checkin is not None and self.checkin.late

    @property
    def is_guest(self) -> bool:
        return self.person.is_guest or not self.expected or self.method == METHOD_WALKIN

    @property
    def method(self) -> str:
        return self.checkin.method if self.checkin else ""

    @property
    def status(self) -> str:
        return "Hadir" if self.present else "Tidak hadir"

    @property
    def remarks(self) -> str:
        """Keterangan: terlambat, manual, tamu, daring; or why the person was absent."""
        if self.checkin is None:
            return self.absence.label if self.absence else "tidak hadir"
        words = []
        if self.late:
            words.append("terlambat")
        if self.method == METHOD_MANUAL:
            words.append("manual")
        if self.is_guest:
            words.append("tamu")
        if self.method == METHOD_DARING:
            words.append("daring")
        return ", ".join(words)


@dataclass(frozen=True)
class UnitTotals:
    unit: str
    expected: int
    present: int
    late: int
    excused: int  # absent with a recorded reason

    @property
    def absent(self) -> int:
        return self.expected - self.present

    @property
    def present_share(self) -> float:
        return self.present / self.expected if self.expected else 0.0


@dataclass(frozen=True)
class UnitGroup:
    unit: str
    lines: list[AttendanceLine]
    totals: UnitTotals


@dataclass(frozen=True)
class AttendanceReport:
    event: Event
    unit_filter: str | None
    groups: list[UnitGroup]  # units in name order, the guests' group last
    totals: UnitTotals  # expected people only; guests are counted in ``guests``
    guests: int
    anchor: Anchor | None = None  # the audit chain's head when the report was read

    @property
    def lines(self) -> list[AttendanceLine]:
        return [line for group in self.groups for line in group.lines]

    @property
    def unit_groups(self) -> list[UnitGroup]:
        """The groups of expected people, without the guests' group."""
        return [group for group in self.groups if group.unit != GUEST_GROUP]

    def present_lines(self) -> list[AttendanceLine]:
        return [line for line in self.lines if line.present]

    def absent_lines(self) -> list[AttendanceLine]:
        return [line for line in self.lines if not line.present]

    def late_lines(self) -> list[AttendanceLine]:
        return sorted((line for line in self.lines if line.late), key=_arrival)

    def guest_and_manual_lines(self) -> list[AttendanceLine]:
        """Who was recorded without a badge scan: guests, manual entries, daring."""
        special = (METHOD_MANUAL, METHOD_DARING)
        return [
            line
            for line in self.lines
            if line.present and (line.is_guest or line.method in special)
        ]


def _arrival(line: AttendanceLine) -> datetime:
    assert line.checkin is not None
    return line.checkin.at


def _totals(unit: str, lines: list[AttendanceLine]) -> UnitTotals:
    expected = [line for line in lines if line.expected]
    return UnitTotals(
        unit=unit,
        expected=len(expected),
        present=sum(1 for line in expected if line.present),
        late=sum(1 for line in expected if line.late),
        excused=sum(1 for line in expected if not line.present and line.absence),
    )


@dataclass(frozen=True)
class ReportInput:
    """What the store knows about an event, before it is arranged for reporting."""

    event: Event
    expected: list[Person]
    attendees: list[tuple[Person, CheckinRecord]]
    absences: list[Absence]


def units_of(data: ReportInput) -> list[str]:
    return sorted({p.unit or NO_UNIT for p in data.expected}, key=str.casefold)


def build_report(data: ReportInput, unit: str | None = None) -> AttendanceReport:
    """Arrange everyone expected (and any walk-in) by unit; ``unit`` keeps one unit only."""
    checkins = {person.id: checkin for person, checkin in data.attendees}
    absences = {absence.person_id: absence for absence in data.absences}
    expected_ids = {person.id for person in data.expected}
    by_unit: dict[str, list[AttendanceLine]] = {}
    for person in data.expected:
        line = AttendanceLine(person, checkins.get(person.id), absences.get(person.id), True)
        by_unit.setdefault(person.unit or NO_UNIT, []).append(line)
    guests = [
        AttendanceLine(person, checkin, None, False)
        for person, checkin in data.attendees
        if person.id not in expected_ids
    ]
    names = sorted(by_unit, key=str.casefold)
    if unit is not None:
        names = [name for name in names if name.casefold() == unit.casefold()]
        guests = []
    groups = []
    for name in names:
        lines = sorted(by_unit[name], key=lambda line: line.person.name.casefold())
        groups.append(UnitGroup(name, lines, _totals(name, lines)))
    if guests:
        guests.sort(key=lambda line: line.person.name.casefold())
        groups.append(UnitGroup(GUEST_GROUP, guests, _totals(GUEST_GROUP, guests)))
    every_expected = [line for group in groups for line in group.lines if line.expected]
    return AttendanceReport(
        event=data.event,
        unit_filter=names[0] if unit is not None and names else unit,
        groups=groups,
        totals=_totals("Jumlah", every_expected),
        guests=len(guests),
    )
