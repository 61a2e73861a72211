"""What a command needs, opened only when it asks (so ``--help`` never touches a database)."""

from __future__ import annotations

import os
from functools import cached_property

from app.cli.output import CommandFailed
from app.paths import DB_ENV, default_database_url
from app.services.container import Services
from app.store.database import describe
from app.store.store import Store


class CliContext:
    def __init__(self, db: str | None, station: str | None = None) -> None:
        self.db_target = db or os.environ.get(DB_ENV) or default_database_url()
        self.station = station or "Gerbang 1"

    @cached_property
    def store(self) -> Store:
        try:
            return Store(self.db_target)
        except Exception as error:
            raise CommandFailed(
                f"basis data tidak dapat dibuka ({describe(self.db_target)}): {error}"
            ) from error

    def services(self) -> Services:
        return Services.build(self.store, actor="cli", station=self.station)

    def close(self) -> None:
        if "store" in self.__dict__:
            self.store.close()
