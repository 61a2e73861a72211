"""Seals this station puts on the check-ins and scan attempts it writes."""

from __future__ import annotations

from dataclasses import replace

from app.core.events import Event
from app.core.station_identity import Seal
from app.core.station_records import (
    EventKey,
    RecordedCheckin,
    RecordedScan,
    checkin_message,
    scan_message,
)
from app.services.enrolment_service import EnrolmentService
from app.store.store import Store


def event_key(store: Store, event: Event) -> EventKey:
    organisation = store.events.organisation_name(int(event.organisation_id or 0)) or ""
    return EventKey(event.title, event.day, organisation)


class RecordSealer:
    """Call inside the write that stores the record (the station is made known there)."""

    def __init__(self, store: Store, enrolment: EnrolmentService, station: str) -> None:
        self.store = store
        self.enrolment = enrolment
        self.station = station
        self._keys: dict[tuple[int, object], EventKey] = {}

    def checkin(self, event: Event, record: RecordedCheckin) -> Seal:
        return self._seal(checkin_message(self._event_key(event), record))

    def sealed(self, event: Event, record: RecordedCheckin) -> RecordedCheckin:
        return replace(record, seal=self.checkin(event, record))

    def scan(self, event: Event, record: RecordedScan) -> Seal:
        return self._seal(scan_message(self._event_key(event), record))

    def _seal(self, message: bytes) -> Seal:
        self.enrolment.ensure_known(self.station)
        return self.enrolment.key.seal(message)

    def _event_key(self, event: Event) -> EventKey:
        cache_key = (int(event.id or 0), event.day)
        key = self._keys.get(cache_key)
        if key is None:
            key = self._keys[cache_key] = event_key(self.store, event)
        return key
