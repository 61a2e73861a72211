"""A gate's own SQLite copy of what it needs to check badges without the venue server, and
the outbox of what it recorded while the server was lost.

The cache has Netra's schema (the same migrations), so the very same services run on it
when the station routes a thread to it (``Store.routed_to``). Rows copied from the server
keep their ids; the cache's scan log holds only attempts made offline (the outbox), and
its check-ins are the server's as last seen plus those made offline. Copying is a cache
refresh, not a change to the record, so it is not audited; what the outbox sends is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from peewee import Database, Model

from app.store.database import RoutedDatabase, describe, open_database
from app.store.migrations import migrate
from app.store.models import (
    Checkin,
    Event,
    EventAttendee,
    EventMoment,
    Organisation,
    Person,
    ScanLog,
    SigningKey,
    Unit,
)
from app.store.station_repo import RECORDED

BATCH = 400


def cache_path(folder: Path, target: str) -> Path:
    """One cache per server (and database), in the station's data folder."""
    digest = hashlib.sha256(describe(target).encode()).hexdigest()[:10]
    return folder / f"gerbang-cache-{digest}.sqlite3"


class StationCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db: Database = open_database(str(path))
        self.db.connect(reuse_if_open=True)
        migrate(self.db)
        self._seen_checkin: dict[int, int] = {}  # event id -> newest server check-in id copied

    def holds_event(self, event_id: int) -> bool:
        return Event.select().where(Event.id == event_id).exists(self.db)

    def refresh(self, event_id: int) -> None:
        """Copy the event, its organisation's public keys, roster and list, and who is in.

        Reads go to the models' database on this thread (the server); writes to the cache.
        """
        # Rows that refer to others are read first: other gates keep adding rows between
        # these reads (a walk-in is a person and a check-in), and a check-in read after its
        # person's row was would be refused by the cache's foreign key, the whole copy with it.
        checkins = list(Checkin.select().where(Checkin.event == event_id).dicts())
        attendees = list(EventAttendee.select().where(EventAttendee.event == event_id).dicts())
        moments = list(EventMoment.select().where(EventMoment.event == event_id).dicts())
        event = Event.select().where(Event.id == event_id).dicts().first()
        if event is None:
            return
        organisation = event["organisation"]
        people: list[dict[str, Any]] = list(
            Person.select().where(Person.organisation == organisation).dicts()
        )
        units: list[dict[str, Any]] = list(
            Unit.select().where(Unit.organisation == organisation).dicts()
        )
        keys = [row | {"private_key": None} for row in SigningKey.select()
                .where(SigningKey.organisation == organisation).dicts()]  # fmt: skip
        found = Organisation.select().where(Organisation.id == organisation).dicts()
        tables: list[tuple[type[Model], list[dict[str, Any]]]] = [
            (Organisation, list(found)), (SigningKey, keys), (Unit, units), (Person, people),
            (Event, [event]),
        ]  # fmt: skip
        with self._writing():
            for model, rows in tables:
                _upsert(model, rows)
            EventAttendee.delete().where(EventAttendee.event == event_id).execute()
            _insert(EventAttendee, attendees)
            EventMoment.delete().where(EventMoment.event == event_id).execute()
            _insert(EventMoment, moments)
            # Check-ins made here offline and not yet sent stay; the rest is the server's.
            waiting = ScanLog.select(ScanLog.person).where(
                (ScanLog.event == event_id) & ScanLog.outcome.in_(RECORDED)
            )
            Checkin.delete().where(
                (Checkin.event == event_id) & Checkin.person.not_in(waiting)
            ).execute()
            self._copy_checkins(event_id, checkins)

    def refresh_checkins(self, event_id: int) -> None:
        """Copy the check-ins other stations made since the last copy (cheap, every few s)."""
        if event_id not in self._seen_checkin:
            self.refresh(event_id)
            return
        moments = list(EventMoment.select().where(EventMoment.event == event_id).dicts())
        cached = EventMoment.select().where(EventMoment.event == event_id).dicts()
        if moments != list(cached.execute(self.db)):  # HR edited the moments meanwhile
            with self._writing():
                EventMoment.delete().where(EventMoment.event == event_id).execute()
                _insert(EventMoment, moments)
        rows = list(
            Checkin.select()
            .where((Checkin.event == event_id) & (Checkin.id > self._seen_checkin[event_id]))
            .dicts()
        )
        people = {row["person"] for row in rows}
        known = Person.select(Person.id).where(Person.id.in_(people)).tuples().execute(self.db)
        if len(people) > len(list(known)):
            self.refresh(event_id)  # a guest registered at another gate: copy the roster too
        elif rows:
            with self._writing():
                self._copy_checkins(event_id, rows)

    def _copy_checkins(self, event_id: int, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._seen_checkin[event_id] = max(
                self._seen_checkin.get(event_id, 0), *(row["id"] for row in rows)
            )
        else:
            self._seen_checkin.setdefault(event_id, 0)
        fresh = [{k: v for k, v in row.items() if k != "id"} for row in rows]
        for start in range(0, len(fresh), BATCH):
            Checkin.insert_many(fresh[start : start + BATCH]).on_conflict_ignore().execute(self.db)

    def events_waiting(self) -> list[int]:
        """Events with offline scan attempts not yet sent."""
        query = ScanLog.select(ScanLog.event).distinct().tuples()
        return [event_id for (event_id,) in query.execute(self.db)]

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One cache transaction, with this thread's model queries built for the cache."""
        models_db = Checkin._meta.database
        assert isinstance(models_db, RoutedDatabase)
        with models_db.routed_to(self.db), self.db.atomic("IMMEDIATE"):
            yield

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


def _upsert(model: type[Model], rows: list[dict[str, Any]]) -> None:
    fields = [f for f in model._meta.sorted_fields if f is not model._meta.primary_key]
    for start in range(0, len(rows), BATCH):
        model.insert_many(rows[start : start + BATCH]).on_conflict(
            conflict_target=[model._meta.primary_key], preserve=fields
        ).execute()


def _insert(model: type[Model], rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        model.insert_many(rows[start : start + BATCH]).execute()
