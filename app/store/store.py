"""The one handle on the database that services receive."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from peewee import Database, InterfaceError, OperationalError, SqliteDatabase

from app.store import audit_repo
from app.store.database import RoutedDatabase, describe, is_server_url, open_database
from app.store.migrations import migrate
from app.store.models import ALL_MODELS


class ServerLost(Exception):
    """The shared database server cannot be reached (stopped, unplugged, network gone)."""


class Store:
    """Opens the database, brings its schema up to date and binds the models to it."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.db = open_database(target)
        self.db.connect(reuse_if_open=True)
        migrate(self.db)
        self.models_db = RoutedDatabase(self.db)
        for model in ALL_MODELS:
            model.bind(self.models_db)

    @property
    def description(self) -> str:
        return describe(self.target)

    @property
    def is_sqlite(self) -> bool:
        return isinstance(self.db, SqliteDatabase)

    @property
    def is_shared_server(self) -> bool:
        return is_server_url(self.target)

    @contextmanager
    def write(self) -> Iterator[None]:
        """One use case, one transaction; SQLite takes the write lock at once to avoid upgrades."""
        current = self.models_db.obj
        atomic = (
            self.models_db.atomic("IMMEDIATE")
            if isinstance(current, SqliteDatabase)
            else self.models_db.atomic()
        )
        with self.server_calls(), atomic:
            if not isinstance(current, SqliteDatabase):
                # Nearly every use case appends to the audit chain, whose lock serialises
                # stations. Taking it first gives every writer the same lock order, so a
                # scan and an admission of the same person on two stations cannot deadlock.
                audit_repo.lock_chain(self.models_db)
            yield

    @contextmanager
    def server_calls(self) -> Iterator[None]:
        """Turn a connection to the server that broke into ``ServerLost`` (and forget it)."""
        try:
            yield
        except (OperationalError, InterfaceError) as error:
            current = self.models_db.obj
            if isinstance(current, SqliteDatabase) or not self._connection_broken(current):
                raise
            self._forget_connection(current)
            raise ServerLost(str(error).strip()) from error

    def reachable(self) -> bool:
        """Ask the server for a trivial answer (reconnecting on this thread if needed)."""
        try:
            with self.server_calls():
                self.db.execute_sql("SELECT 1").fetchone()
        except ServerLost:
            return False
        return True

    @contextmanager
    def routed_to(self, database: Database) -> Iterator[None]:
        """Run this thread's repository calls on ``database`` (the station's local cache)."""
        with self.models_db.routed_to(database):
            yield

    @staticmethod
    def _connection_broken(database: Database) -> bool:
        connection: Any = database._state.conn
        return connection is None or bool(getattr(connection, "closed", 0))

    @staticmethod
    def _forget_connection(database: Database) -> None:
        try:
            database.close()
        except (OperationalError, InterfaceError):
            database._state.reset()

    def close(self) -> None:
        if not self.db.is_closed():
            try:
                self.db.close()
            except (OperationalError, InterfaceError):
                self.db._state.reset()
