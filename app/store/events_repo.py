"""Events: read and write, as core ``Event`` values."""

from __future__ import annotations

from datetime import datetime

from app.core.events import Event, EventKind, TimeZone
from app.store.models import Event as EventRow
from app.store.models import Organisation


def _to_event(row: EventRow) -> Event:
    return Event(
        id=row.id,
        organisation_id=row.organisation_id,
        title=row.title,
        kind=EventKind(row.kind),
        day=row.day,
        start_time=row.start_time,
        late_after=row.late_after,
        venue=row.venue,
        organiser=row.organiser,
        kop_lines=[line for line in row.kop_lines.split("\n") if line],
        logo=bytes(row.logo) if row.logo is not None else None,
        presiding_name=row.presiding_name,
        presiding_nip=row.presiding_nip,
        presiding_position=row.presiding_position,
        time_zone=TimeZone(row.time_zone),
    )


def _columns(event: Event) -> dict[str, object]:
    return {
        "title": event.title.strip(),
        "kind": event.kind.value,
        "day": event.day,
        "start_time": event.start_time,
        "late_after": event.late_after,
        "venue": event.venue.strip(),
        "organiser": event.organiser.strip(),
        "kop_lines": "\n".join(line.strip() for line in event.kop_lines if line.strip()),
        "logo": event.logo,
        "presiding_name": event.presiding_name.strip(),
        "presiding_nip": event.presiding_nip.strip(),
        "presiding_position": event.presiding_position.strip(),
        "time_zone": event.time_zone.value,
    }


def list_events() -> list[Event]:
    return [_to_event(row) for row in EventRow.select().order_by(EventRow.day.desc(), EventRow.id)]


def get_event(event_id: int) -> Event | None:
    row = EventRow.get_or_none(EventRow.id == event_id)
    return _to_event(row) if row else None


def insert_event(event: Event, at: datetime) -> int:
    row = EventRow.create(
        organisation=event.organisation_id, created_at=at, updated_at=at, **_columns(event)
    )
    return int(row.id)


def update_event(event: Event, at: datetime) -> dict[str, tuple[object, object]]:
    """Save the event's fields; returns what changed as ``{column: (old, new)}``."""
    row = EventRow.get_by_id(event.id)
    changes = {}
    for column, value in _columns(event).items():
        old = getattr(row, column)
        if column == "logo" and old is not None:
            old = bytes(old)
        if old != value:
            changes[column] = ("<gambar>", "<gambar>") if column == "logo" else (old, value)
            setattr(row, column, value)
    if changes:
        row.updated_at = at
        row.save()
    return changes


def first_organisation_id() -> int | None:
    row = Organisation.select(Organisation.id).order_by(Organisation.id).first()
    return int(row.id) if row else None


def insert_organisation(name: str, at: datetime) -> int:
    return int(Organisation.create(name=name, created_at=at).id)


def organisation_id_named(name: str) -> int | None:
    row = Organisation.select(Organisation.id).where(Organisation.name == name).first()
    return int(row.id) if row else None


def organisation_name(organisation_id: int) -> str | None:
    row = Organisation.get_or_none(Organisation.id == organisation_id)
    return str(row.name) if row else None
