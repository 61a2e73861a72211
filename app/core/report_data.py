"""The attendance of one event as HR reports it, computed once for every writer.

The daftar hadir PDF, the print path, the Excel sheets and the CSV all draw this
same value, so a total can never differ between them. Expected people appear
whether present or not (with the reason of their absence when HR recorded one);
people who checked in without being expected (walk-in guests) form a last group.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.core.anchor import Anchor
from app.core.attendance_labels import MARK_LABELS, Mark, marks_text, status_text
from app.core.checkin import Method
from app.core.events import Event
from app.core.moments import Moment
from app.core.pakta_paper import PaktaCoverage
from app.core.people import Person

NOT_AT_LATER = "tidak tercatat saat {moment}"  # present at the first moment, not at this one
ONLY_AT_LATER = "tercatat saat {moment}"  # absent at the first moment, recorded at this one


class AbsenceReason(StrEnum):
    IZIN = "izin"
    SAKIT = "sakit"
    CUTI = "cuti"
    DINAS_LUAR = "dinas_luar"
    TANPA_KETERANGAN = "tanpa_keterangan"


ABSENCE_REASON_LABELS: dict[AbsenceReason, str] = {
    reason: MARK_LABELS[Mark(reason.value)] for reason in AbsenceReason
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
    """Which document to draw; the values are what the command line accepts."""

    SIGNING_FORM = "tanda-tangan"  # daftar hadir to sign during the apel: no status
    RECORD = "kehadiran"  # daftar hadir after the apel: status, arrival, reason of absence
    RECAP = "rekap"  # per unit totals and the absentees
    COMPLETE = "lengkap"  # the record, then the recap and the absentees as an appendix


class Paper(StrEnum):
    """The two sheets Indonesian offices print on: A4 and F4 (folio, 215 x 330 mm)."""

    A4 = "a4"
    F4 = "f4"


@dataclass(frozen=True)
class ReportRequest:
    """What HR asked for: which document, one unit or all, and on which paper."""

    kind: ReportKind = ReportKind.COMPLETE
    unit: str | None = None
    paper: Paper = Paper.A4


GUEST_GROUP = "Tamu (tidak terdaftar)"
NO_UNIT = "(Tanpa unit kerja)"


@dataclass(frozen=True)
class Absence:
    person_id: int
    reason: AbsenceReason
    note: str = ""

    @property
    def mark(self) -> Mark:
        return Mark(self.reason.value)

    @property
    def label(self) -> str:
        return marks_text([self.mark], self.note)


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
    """A person at the event: ``checkin`` is of the first moment (the arrival, which says
    who came and who came late); ``later`` holds each later moment with the person's
    check-in there, empty for an event with one moment."""

    person: Person
    checkin: CheckinRecord | None
    absence: Absence | None
    expected: bool
    later: tuple[tuple[Moment, CheckinRecord | None], ...] = ()

    @property
    def missed_later(self) -> list[Moment]:
        """Later moments a person who arrived was not scanned at (left before them?)."""
        if self.checkin is None:
            return []
        return [moment for moment, checkin in self.later if checkin is None]

    @property
    def moment_notes(self) -> list[str]:
        """What the later moments add to the Keterangan: who was not seen again, and who
        was seen only later (counted absent at the arrival all the same)."""
        if self.checkin is not None:
            return [NOT_AT_LATER.format(moment=moment.name) for moment in self.missed_later]
        return [ONLY_AT_LATER.format(moment=m.name) for m, checkin in self.later if checkin]

    @property
    def present(self) -> bool:
        return self.checkin is not None

    @property
    def late(self) -> bool:
        return self.checkin is not None and self.checkin.late

    @property
    def is_guest(self) -> bool:
        return self.person.is_guest or not self.expected or self.method == Method.WALKIN

    @property
    def method(self) -> str:
        return self.checkin.method if self.checkin else ""

    @property
    def status(self) -> str:
        return status_text(self.present)

    @property
    def marks(self) -> list[Mark]:
        """Terlambat, manual, tamu, daring; or why the person was absent."""
        if self.checkin is None:
            return [self.absence.mark if self.absence else Mark.NO_REASON]
        flags = (
            (self.late, Mark.LATE),
            (self.method == Method.MANUAL, Mark.MANUAL),
            (self.is_guest, Mark.GUEST),
            (self.method == Method.DARING, Mark.DARING),
        )
        return [mark for applies, mark in flags if applies]

    @property
    def remarks(self) -> str:
        """The Keterangan cell: the marks, the note HR gave with a reason of absence, and
        what the later moments say."""
        text = marks_text(self.marks, self.absence.note if self.absence else "")
        return "; ".join(part for part in (text, *self.moment_notes) if part)


@dataclass(frozen=True)
class UnitTotals:
    unit: str
    expected: int
    present: int
    late: int
    excused: int  # absent with a recorded reason
    later_present: tuple[int, ...] = ()  # expected people recorded at each later moment

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
    pakta: PaktaCoverage | None = None  # who signed the pakta; None when the event has none
    moments: list[Moment] = field(default_factory=list)  # in time order; empty: just one

    @property
    def later_moments(self) -> list[Moment]:
        return self.moments[1:]

    def left_early_lines(self) -> list[AttendanceLine]:
        """Who arrived but was not scanned at a later moment (``line.missed_later``)."""
        return [line for line in self.lines if line.missed_later]

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
        special = (Method.MANUAL, Method.DARING)
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
        later_present=tuple(
            sum(1 for line in expected if line.later[index][1] is not None)
            for index in range(len(expected[0].later) if expected else 0)
        ),
    )


@dataclass(frozen=True)
class ReportInput:
    """What the store knows about an event, before it is arranged for reporting."""

    event: Event
    expected: list[Person]
    attendees: list[tuple[Person, CheckinRecord]]  # at the first moment
    absences: list[Absence]
    # Each later moment (events with several) and who was recorded there, by person id.
    later: list[tuple[Moment, dict[int, CheckinRecord]]] = field(default_factory=list)
    moments: list[Moment] = field(default_factory=list)  # every moment, when several


def units_of(data: ReportInput) -> list[str]:
    return sorted({p.unit or NO_UNIT for p in data.expected}, key=str.casefold)


def build_report(data: ReportInput, unit: str | None = None) -> AttendanceReport:
    """Arrange everyone expected (and any walk-in) by unit; ``unit`` keeps one unit only."""
    checkins = {person.id: checkin for person, checkin in data.attendees}
    absences = {absence.person_id: absence for absence in data.absences}
    expected_ids = {person.id for person in data.expected}

    def later(person_id: int) -> tuple[tuple[Moment, CheckinRecord | None], ...]:
        return tuple((moment, found.get(person_id)) for moment, found in data.later)

    by_unit: dict[str, list[AttendanceLine]] = {}
    for person in data.expected:
        line = AttendanceLine(
            person, checkins.get(person.id), absences.get(person.id), True, later(person.id)
        )
        by_unit.setdefault(person.unit or NO_UNIT, []).append(line)
    guests = [
        AttendanceLine(person, checkin, None, False, later(person.id))
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
        moments=data.moments,
    )
