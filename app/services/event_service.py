"""Create, edit and list events."""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.attendance import AttendanceCounts
from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.events import Event, moments_of, validate_event
from app.core.moments import FIRST_MOMENT
from app.core.refusals import Refusal, Refused
from app.services.auditor import Auditor
from app.store.store import Store


@dataclass(frozen=True)
class Saved:
    event_id: int


@dataclass(frozen=True)
class Invalid:
    errors: list[FieldError]


def event_not_found(event_id: int | None) -> Invalid:
    return Invalid([FieldError("acara", Refused(Refusal.EVENT_NOT_FOUND, event=event_id))])


class EventService:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)

    def list_events(self) -> list[Event]:
        return self.store.events.list_events()

    def get(self, event_id: int) -> Event | None:
        return self.store.events.get_event(event_id)

    def save(self, event: Event) -> Saved | Invalid:
        """Validate and store a new or edited event; never raises on what the user typed."""
        errors = validate_event(event)
        if errors:
            return Invalid(errors)
        now = self.clock.now()
        with self.store.write():
            if event.id is None:
                organisation_id = event.organisation_id or self.store.events.first_organisation_id()
                if organisation_id is None:
                    organisation_id = self.store.events.insert_organisation(event.organiser, now)
                event_id = self.store.events.insert_event(
                    replace(event, organisation_id=organisation_id), now
                )
                self.audit.record(
                    "event.create", "event", event_id, event_id, {"title": event.title}, at=now
                )
                return Saved(event_id)
            if self.store.events.get_event(event.id) is None:
                return event_not_found(event.id)
            in_use = self.store.checkins.moments_in_use(event.id)
            if event.moments:
                kept = {moment.number for moment in moments_of(event)}
                refused = [
                    FieldError("sesi", Refused(Refusal.MOMENT_IN_USE, number=number, count=count))
                    for number, count in sorted(in_use.items())
                    if number not in kept
                ]
                if refused:
                    return Invalid(refused)
            changes: dict[str, object] = dict(self.store.events.update_event(event, now))
            # A moment changed after people were recorded in it: the entry says how many
            # check-ins were decided (late or not) under the times it had before.
            recorded = {
                name: in_use[int(name.split()[1])]
                for name in changes
                if name.startswith("sesi ") and int(name.split()[1]) in in_use
            }
            if recorded:
                changes["catatan_hadir_sebelum_perubahan"] = recorded
            if changes:
                self.audit.record("event.update", "event", event.id, event.id, changes, at=now)
            return Saved(event.id)

    def organisation_name(self, organisation_id: int) -> str:
        return self.store.events.organisation_name(organisation_id) or ""

    def default_organisation_id(self) -> int | None:
        """The organisation a station works for when no event names one: the first one."""
        return self.store.events.first_organisation_id()

    def counts(self, event_id: int) -> AttendanceCounts:
        """Expected and present at the event's first moment (the arrival)."""
        event = self.store.events.get_event(event_id)
        first = moments_of(event)[0].number if event is not None else FIRST_MOMENT
        return self.store.checkins.attendance_counts(event_id, first)
