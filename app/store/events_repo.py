"""Events: read and write, as core ``Event`` values."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from app.core.events import Event, EventKind, TimeZone, moments_of
from app.core.moments import Moment, default_moment, in_order, numbered
from app.store.models import Event as EventRow
from app.store.models import EventMoment, Organisation


def _named_moments(moments: list[Moment], late_after: time) -> list[Moment]:
    """Empty for the one all-day moment every event had before moments (``moments_of``)."""
    return [] if moments == [default_moment(late_after)] else moments


def _columns(event: Event) -> dict[str, object]:
    return {
        "title": event.title.strip(),
        "kind": event.kind.value,
        "day": event.day,
        "start_time": event.start_time,
        "late_after": moments_of(event)[0].late_after,
        "venue": event.venue.strip(),
        "organiser": event.organiser.strip(),
        "kop_lines": "\n".join(line.strip() for line in event.kop_lines if line.strip()),
        "logo": event.logo,
        "presiding_name": event.presiding_name.strip(),
        "presiding_nip": event.presiding_nip.strip(),
        "presiding_position": event.presiding_position.strip(),
        "time_zone": event.time_zone.value,
    }


def _moment_text(moment: Moment) -> str:
    return (
        f"{moment.name} {moment.opens_at:%H:%M}-{moment.closes_at:%H:%M}, "
        f"terlambat setelah {moment.late_after:%H:%M}"
    )


class EventsRepo:
    def event_moments(self, event_id: int) -> list[Moment]:
        query = EventMoment.select().where(EventMoment.event == event_id)
        return in_order(
            [Moment(r.name, r.opens_at, r.closes_at, r.late_after, r.number) for r in query]
        )

    def _to_event(self, row: EventRow) -> Event:
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
            moments=_named_moments(self.event_moments(row.id), row.late_after),
        )

    def list_events(self) -> list[Event]:
        return [
            self._to_event(row)
            for row in EventRow.select().order_by(EventRow.day.desc(), EventRow.id)
        ]

    def get_event(self, event_id: int) -> Event | None:
        row = EventRow.get_or_none(EventRow.id == event_id)
        return self._to_event(row) if row else None

    def insert_event(self, event: Event, at: datetime) -> int:
        row = EventRow.create(
            organisation=event.organisation_id, created_at=at, updated_at=at, **_columns(event)
        )
        self.save_moments(int(row.id), moments_of(event))
        return int(row.id)

    def save_moments(
        self, event_id: int, moments: list[Moment]
    ) -> dict[str, tuple[object, object]]:
        """Store the event's moments (new ones numbered after the numbers in use);
        returns what changed as ``{"sesi N": (old, new)}``, a removed one with new None."""
        rows = {r.number: r for r in EventMoment.select().where(EventMoment.event == event_id)}
        changes: dict[str, tuple[object, object]] = {}
        kept = set()
        for moment in numbered(moments, set(rows)):
            kept.add(moment.number)
            columns = {
                "name": moment.name.strip(), "opens_at": moment.opens_at,
                "closes_at": moment.closes_at, "late_after": moment.late_after,
            }  # fmt: skip
            row = rows.get(moment.number)
            if row is None:
                EventMoment.create(event=event_id, number=moment.number, **columns)
                changes[f"sesi {moment.number}"] = (None, _moment_text(moment))
                continue
            old = Moment(row.name, row.opens_at, row.closes_at, row.late_after, row.number)
            new = replace(moment, name=moment.name.strip())
            if old != new:
                EventMoment.update(**columns).where(EventMoment.id == row.id).execute()
                changes[f"sesi {moment.number}"] = (_moment_text(old), _moment_text(new))
        for number, row in rows.items():
            if number not in kept:
                row.delete_instance()
                old = Moment(row.name, row.opens_at, row.closes_at, row.late_after, number)
                changes[f"sesi {number}"] = (_moment_text(old), None)
        return changes

    def update_event(self, event: Event, at: datetime) -> dict[str, tuple[object, object]]:
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
        stored = self.event_moments(int(row.id))
        if not event.moments and stored:  # an edit that names no moments: the first one's late
            first = replace(stored[0], late_after=event.late_after)
            event = replace(event, moments=[first, *stored[1:]])
        return changes | self.save_moments(int(row.id), moments_of(event))

    def first_organisation_id(self) -> int | None:
        row = Organisation.select(Organisation.id).order_by(Organisation.id).first()
        return int(row.id) if row else None

    def insert_organisation(self, name: str, at: datetime) -> int:
        return int(Organisation.create(name=name, created_at=at).id)

    def organisation_id_named(self, name: str) -> int | None:
        row = Organisation.select(Organisation.id).where(Organisation.name == name).first()
        return int(row.id) if row else None

    def organisation_name(self, organisation_id: int) -> str | None:
        row = Organisation.get_or_none(Organisation.id == organisation_id)
        return str(row.name) if row else None
