"""What a command needs, opened only when it asks (so ``--help`` never touches a database)."""

from __future__ import annotations

import os
from functools import cached_property

from app.cli.output import DATABASE_TROUBLE, CommandFailed
from app.core.clock import Clock
from app.core.events import Event
from app.paths import DB_ENV, default_database_url
from app.services.container import Services
from app.store.database import describe, is_server_url, sqlite_path
from app.store.integrity import StoreTrouble, classify
from app.store.store import Store


class CliContext:
    def __init__(
        self, db: str | None, station: str | None = None, create: bool = False,
        clock: Clock | None = None,
    ) -> None:  # fmt: skip
        """``create``: the command may make a new database (``init``, ``demo``, ``restore``);
        any other refuses a missing file instead of silently starting an empty one."""
        self.db_target = db or os.environ.get(DB_ENV) or default_database_url()
        self.station = station or "Gerbang 1"
        self.create = create
        self.clock = clock

    @cached_property
    def store(self) -> Store:
        try:
            return Store(self.db_target, create=self.create)
        except StoreTrouble as trouble:
            raise CommandFailed(str(trouble), DATABASE_TROUBLE) from trouble
        except Exception as error:
            raise CommandFailed(
                f"basis data tidak dapat dibuka ({describe(self.db_target)}): {error}"
            ) from error

    def trouble(self, error: Exception) -> StoreTrouble | None:
        """The trouble with the database file behind an unexpected ``error``, if any."""
        if is_server_url(self.db_target):
            return None
        return classify(error, sqlite_path(self.db_target))

    def services(self) -> Services:
        return Services.build(self.store, self.clock, actor="cli", station=self.station)

    def event(self, event_id: int) -> Event:
        event = self.services().events.get(event_id)
        if event is None:
            raise CommandFailed(f"acara nomor {event_id} tidak ditemukan (lihat: netra events)")
        return event

    def organisation_id(self, event_id: int | None) -> int:
        """The organisation of the named event, else this station's only (first) one."""
        if event_id is not None:
            return int(self.event(event_id).organisation_id or 0)
        organisation_id = self.services().events.default_organisation_id()
        if organisation_id is None:
            raise CommandFailed(
                "belum ada instansi: buat acara lebih dulu (di Acara atau netra demo)"
            )
        return organisation_id

    def close(self) -> None:
        if "store" in self.__dict__:
            self.store.close()
