"""Create, edit and list events."""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.attendance import AttendanceCounts
from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.events import Event, validate_event
from app.core.refusals import Refusal, Refused
from app.services.auditor import Auditor
from app.store import checkins_repo, events_repo
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
        self.audit = Auditor(actor, clock)

    def list_events(self) -> list[Event]:
        return events_repo.list_events()

    def get(self, event_id: int) -> Event | None:
        return events_repo.get_event(event_id)

    def save(self, event: Event) -> Saved | Invalid:
        """Validate and store a new or edited event; never raises on what the user typed."""
        errors = validate_event(event)
        if errors:
            return Invalid(errors)
        now = self.clock.now()
        with self.store.write():
            if event.id is None:
                organisation_id = event.organisation_id or events_repo.first_organisation_id()
                if organisation_id is None:
                    organisation_id = events_repo.insert_organisation(event.organiser, now)
                event_id = events_repo.insert_event(
                    replace(event, organisation_id=organisation_id), now
                )
                self.audit.record(
                    "event.create", "event", event_id, event_id, {"title": event.title}, at=now
                )
                return Saved(event_id)
            if events_repo.get_event(event.id) is None:
                return event_not_found(event.id)
            changes = events_repo.update_event(event, now)
            if changes:
                self.audit.record("event.update", "event", event.id, event.id, changes, at=now)
            return Saved(event.id)

    def organisation_name(self, organisation_id: int) -> str:
        return events_repo.organisation_name(organisation_id) or ""

    def default_organisation_id(self) -> int | None:
        """The organisation a station works for when no event names one: the first one."""
        return events_repo.first_organisation_id()

    def counts(self, event_id: int) -> AttendanceCounts:
        return checkins_repo.attendance_counts(event_id)
