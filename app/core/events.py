"""What an event is and when its fields are acceptable."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum

from app.core.errors import FieldError
from app.core.moments import Moment, default_moment, in_order, moment_problems
from app.core.nip import nip_problem
from app.core.refusals import Refusal, Refused


class EventKind(StrEnum):
    APEL = "apel"
    DEKLARASI = "deklarasi"
    SOSIALISASI = "sosialisasi"


EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.APEL: "Apel",
    EventKind.DEKLARASI: "Deklarasi",
    EventKind.SOSIALISASI: "Sosialisasi",
}


class TimeZone(StrEnum):
    """Indonesia's three zones; every printed time carries its event's zone."""

    WIB = "WIB"
    WITA = "WITA"
    WIT = "WIT"


UTC_OFFSETS: dict[TimeZone, timedelta] = {
    TimeZone.WIB: timedelta(hours=7),
    TimeZone.WITA: timedelta(hours=8),
    TimeZone.WIT: timedelta(hours=9),
}


def zone_for_offset(offset: timedelta | None) -> TimeZone:
    """The zone of a computer's UTC offset; WIB (the most common) when it is none of the three."""
    return next((zone for zone, hours in UTC_OFFSETS.items() if hours == offset), TimeZone.WIB)


MAX_TITLE = 200
MAX_KOP_LINES = 5
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


@dataclass
class Event:
    """An event; ``id`` is None until it is saved (as typed into the Acara form)."""

    title: str
    kind: EventKind
    day: date
    start_time: time
    late_after: time
    venue: str
    organiser: str
    kop_lines: list[str] = field(default_factory=list)
    logo: bytes | None = None
    presiding_name: str = ""
    presiding_nip: str = ""
    presiding_position: str = ""
    time_zone: TimeZone = TimeZone.WIB
    id: int | None = None
    organisation_id: int | None = None
    # Empty: one moment, all day, with ``late_after`` (see ``moments_of``).
    moments: list[Moment] = field(default_factory=list)


def moments_of(event: Event) -> list[Moment]:
    """The event's moments in time order; ``late_after`` is the first one's late time."""
    return in_order(event.moments) if event.moments else [default_moment(event.late_after)]


def has_moments(event: Event) -> bool:
    """More than one moment: reports and the gate name them (one looks as before)."""
    return len(event.moments) > 1


def validate_event(draft: Event) -> list[FieldError]:
    """Every problem with the draft, in form order; empty when it can be saved."""
    errors: list[FieldError] = []
    title = draft.title.strip()
    if not title:
        errors.append(FieldError("judul", Refused(Refusal.EVENT_TITLE_REQUIRED)))
    elif len(title) > MAX_TITLE:
        errors.append(FieldError("judul", Refused(Refusal.EVENT_TITLE_TOO_LONG, max=MAX_TITLE)))
    moments = moments_of(draft)
    if moments[0].late_after < draft.start_time:
        errors.append(FieldError("batas_terlambat", Refused(Refusal.LATE_BEFORE_START)))
    if not draft.venue.strip():
        errors.append(FieldError("tempat", Refused(Refusal.VENUE_REQUIRED)))
    if not draft.organiser.strip():
        errors.append(FieldError("penyelenggara", Refused(Refusal.ORGANISER_REQUIRED)))
    if len([line for line in draft.kop_lines if line.strip()]) > MAX_KOP_LINES:
        errors.append(FieldError("kop", Refused(Refusal.KOP_TOO_LONG, max=MAX_KOP_LINES)))
    if draft.logo is not None and not draft.logo.startswith((PNG_MAGIC, JPEG_MAGIC)):
        errors.append(FieldError("logo", Refused(Refusal.LOGO_NOT_IMAGE)))
    errors.extend(moment_problems(moments))
    nip = draft.presiding_nip.strip()
    if nip:
        problem = nip_problem(nip)
        if problem:
            errors.append(FieldError("nip_pimpinan", problem))
    if draft.presiding_nip.strip() and not draft.presiding_name.strip():
        errors.append(FieldError("nama_pimpinan", Refused(Refusal.PRESIDING_NAME_REQUIRED)))
    return errors
