"""Check-ins: who is present at an event."""

from __future__ import annotations

from datetime import datetime

from peewee import fn

from app.core.attendance import AttendanceCounts
from app.store.models import Checkin, EventAttendee, Person


def attendance_counts(event_id: int) -> AttendanceCounts:
    expected = EventAttendee.select().where(EventAttendee.event == event_id).count()
    present, late, walk_ins = (
        Checkin.select(
            fn.COUNT(Checkin.id),
            fn.COALESCE(fn.SUM(Checkin.late.cast("INTEGER")), 0),
            fn.COALESCE(fn.SUM(Person.is_guest.cast("INTEGER")), 0),
        )
        .join(Person)
        .where(Checkin.event == event_id)
        .tuples()
        .get()
    )
    return AttendanceCounts(
        expected=expected, present=int(present), late=int(late), walk_ins=int(walk_ins)
    )


def insert_checkins(
    event_id: int, checkins: list[tuple[int, datetime, bool]], station: str
) -> None:
    """Record ``(person_id, at, late)`` check-ins in bulk (used to seed the demo)."""
    rows = [
        {
            "event": event_id,
            "person": person_id,
            "at": at,
            "station": station,
            "method": "qr",
            "operator": "demo",
            "late": late,
            "note": "",
        }
        for person_id, at, late in checkins
    ]
    for start in range(0, len(rows), 500):
        Checkin.insert_many(rows[start : start + 500]).execute()
