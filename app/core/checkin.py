"""The check-in rule: what a scan or a manual entry leads to, decided from facts read in
the same transaction that records it.

One rule for every way in (camera, USB scanner, manual entry, walk-in, command line), so
a person is counted once however they arrive. "Once" is also a unique constraint in the
store; the rule only decides what to tell the gate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.core.badge_token import MAX_PERSON_ID, RejectReason
from app.core.errors import FieldError
from app.core.moments import FIRST_MOMENT, Moment
from app.core.nip import EmploymentStatus, IdKind, nik_problem, nip_problem, normalise_id
from app.core.outcomes import Outcome
from app.core.people import Person, clean_text
from app.core.refusals import Refusal, Refused
from app.core.station_identity import Seal
from app.core.station_time import Stamp

# A second read of the same badge at the same station within this time is the same
# arrival (a badge held in front of the camera, a scanner that fires twice): the gate
# keeps showing it as recorded instead of a false "already recorded".
REPEAT_WINDOW = timedelta(seconds=20)
MAX_RAW_LENGTH = 512


class Method(StrEnum):
    """How a check-in came in; stored with it and in the scan log. Never rename one."""

    CAMERA = "camera"
    SCANNER = "scanner"
    MANUAL = "manual"
    WALKIN = "walkin"
    DARING = "daring"  # by video, from the meeting's participant report


@dataclass(frozen=True)
class PriorCheckin:
    at: datetime
    station: str
    method: str


@dataclass(frozen=True)
class Arrival:
    """What the store knows about a verified person at the moment of the scan."""

    on_event_list: bool
    prior: PriorCheckin | None


REJECTION_OUTCOMES = {
    RejectReason.MALFORMED: Outcome.INVALID,
    RejectReason.UNKNOWN_KEY: Outcome.INVALID,
    RejectReason.BAD_SIGNATURE: Outcome.INVALID,
    RejectReason.REVOKED: Outcome.REVOKED,
    RejectReason.UNKNOWN_PERSON: Outcome.UNKNOWN_PERSON,
}


def rejection_outcome(reason: RejectReason) -> Outcome:
    return REJECTION_OUTCOMES[reason]


def is_late(day: date, late_after: time, at: datetime) -> bool:
    """Late means after the event's late time on its day (or on any later day)."""
    return at > datetime.combine(day, late_after)


def decide(arrival: Arrival, late: bool, admit: bool = False) -> Outcome:
    """``admit``: the gate chose to let in a valid badge that is not on the event's list."""
    if arrival.prior is not None:
        return Outcome.DUPLICATE
    if not arrival.on_event_list and not admit:
        return Outcome.NOT_EXPECTED
    return Outcome.LATE if late else Outcome.RECORDED


def removed_problem(person: Person) -> str | None:
    """Why a person cannot be recorded by any way in: removed from the roster (inactive)."""
    if person.active:
        return None
    return Refused(
        Refusal.REMOVED_FROM_ROSTER, person=person.display_name, number=person.display_id
    )


def is_repeat(prior: PriorCheckin | None, station: str, at: datetime) -> bool:
    """The same arrival seen again here moments later (see ``REPEAT_WINDOW``)."""
    return (
        prior is not None
        and prior.station == station
        and timedelta(0) <= at - prior.at <= REPEAT_WINDOW
    )


def clean_raw(raw: object) -> str:
    """Any scanned input as text a database accepts: bounded, no NUL, valid Unicode."""
    text = raw if isinstance(raw, str) else repr(raw)
    text = text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")
    return text.strip()[:MAX_RAW_LENGTH]


@dataclass(frozen=True)
class CheckinEntry:
    """A check-in to store; the store refuses a second one for the same person, event and
    moment."""

    event_id: int
    person_id: int
    at: datetime
    station: str
    method: Method
    operator: str
    late: bool
    note: str = ""
    seal: Seal | None = None  # of the station that wrote it (None: before station signatures)
    stamp: Stamp | None = None  # where ``at`` came from (None: before Netra kept it)
    moment: int = FIRST_MOMENT  # the number of the event's moment


@dataclass(frozen=True)
class ScanAttempt:
    """One line of the scan log: every attempt, refusals included."""

    event_id: int
    at: datetime
    station: str
    method: Method
    raw: str
    outcome: Outcome
    person_id: int | None = None
    seal: Seal | None = None


@dataclass(frozen=True)
class RecentCheckin:
    person_id: int
    name: str
    display_id: str
    unit: str
    at: datetime
    station: str
    method: str
    late: bool
    is_guest: bool
    note: str
    moment: int = FIRST_MOMENT


@dataclass(frozen=True)
class CheckinResult:
    """What the gate shows after an attempt; the UI turns it into colour, sound and words."""

    outcome: Outcome
    at: datetime
    station: str
    method: Method
    person: Person | None = None
    reason: RejectReason | None = None  # why a badge was refused
    first: PriorCheckin | None = None  # for a duplicate: the check-in that counts
    repeat: bool = False  # a duplicate that is the same arrival seen again (REPEAT_WINDOW)
    notice: str = ""
    note: str = ""
    photo: bytes | None = None
    moment: Moment | None = None  # the moment it was recorded in (or refused as a duplicate)

    @property
    def shows_recorded(self) -> bool:
        """Green on the gate: recorded now, or the same arrival read again moments later."""
        return self.outcome.is_recorded or self.repeat


@dataclass(frozen=True)
class Guest:
    """A walk-in who is not on the roster, as typed at the gate."""

    name: str
    id_number: str
    unit: str
    reason: str


MAX_GUEST_TEXT = 120


def clean_guest(guest: Guest) -> Guest:
    """The guest as stored: the number in its one spelling, texts without hidden characters."""
    return Guest(
        clean_text(guest.name),
        normalise_id(guest.id_number).upper(),
        clean_text(guest.unit),
        clean_text(guest.reason),
    )


def guest_problems(guest: Guest) -> list[FieldError]:
    errors = []
    guest = clean_guest(guest)
    if not guest.name:
        errors.append(FieldError("nama", Refused(Refusal.GUEST_NAME_REQUIRED)))
    id_number = guest.id_number
    if not id_number:
        errors.append(FieldError("nomor", Refused(Refusal.GUEST_ID_REQUIRED)))
    elif len(id_number) > MAX_PERSON_ID or not (id_number.isascii() and id_number.isalnum()):
        errors.append(FieldError("nomor", Refused(Refusal.GUEST_ID_FORM, max=MAX_PERSON_ID)))
    if not guest.reason.strip():
        errors.append(FieldError("alasan", Refused(Refusal.REASON_REQUIRED)))
    for field_name, value in (("nama", guest.name), ("unit", guest.unit), ("alasan", guest.reason)):
        if len(value.strip()) > MAX_GUEST_TEXT:
            errors.append(
                FieldError(field_name, Refused(Refusal.TEXT_TOO_LONG, max=MAX_GUEST_TEXT))
            )
    return errors


def guest_person(guest: Guest) -> Person:
    """The roster entry for a walk-in: marked as a guest, id kind read from the number."""
    guest = clean_guest(guest)
    id_number = guest.id_number
    if len(id_number) == 18 and nip_problem(id_number) is None:
        id_kind, status = IdKind.NIP, EmploymentStatus.PNS
    elif nik_problem(id_number) is None:
        id_kind, status = IdKind.NIK, EmploymentStatus.NON_ASN
    else:
        id_kind, status = IdKind.INTERNAL, EmploymentStatus.NON_ASN
    return Person(
        id_number=id_number,
        id_kind=id_kind,
        name=guest.name,
        front_title="",
        back_title="",
        status=status,
        gender="",
        grade="",
        position="Tamu",
        unit=guest.unit,
        is_guest=True,
    )
