"""The one handle on the database that services receive."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import SqliteDatabase

from app.store.database import describe, open_database
from app.store.migrations import migrate
from app.store.models import ALL_MODELS


class Store:
    """Opens the database, brings its schema up to date and binds the models to it."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.db = open_database(target)
        self.db.connect(reuse_if_open=True)
        migrate(self.db)
        self.db.bind(ALL_MODELS)

    @property
    def description(self) -> str:
        return describe(self.target)

    @property
    def is_sqlite(self) -> bool:
        return isinstance(self.db, SqliteDatabase)

    @contextmanager
    def write(self) -> Iterator[None]:
        """One use case, one transaction; SQLite takes the write lock at once to avoid upgrades."""
        atomic = self.db.atomic("IMMEDIATE") if self.is_sqlite else self.db.atomic()
        with atomic:
            yield

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
