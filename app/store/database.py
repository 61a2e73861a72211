"""Open a database from a URL or a path, with the settings Netra relies on."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from peewee import (
    Database,
    DatabaseProxy,
    InterfaceError,
    OperationalError,
    PostgresqlDatabase,
    SqliteDatabase,
)
from playhouse.db_url import parse
from playhouse.shortcuts import ReconnectMixin

# WAL lets the gate write while the projector and reports read, and a killed process
# leaves the file intact: a commit is one append to the WAL, and an unfinished append is
# ignored at the next open. synchronous=FULL fsyncs the WAL at every commit, so a
# check-in the gate has shown as recorded also survives a power cut right after (NORMAL
# would be crash-safe but could lose the last commits on power loss). The price is one
# fsync per check-in, a few milliseconds on an office laptop's SSD, far below the pace
# of a gate. tests/services/test_checkin_durability.py kills a gate process at random
# moments and finds every reported check-in stored.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -16_000,
}

# A gate must notice within seconds that the venue server is gone (a cable pulled, the
# server laptop asleep) and carry on offline, instead of waiting minutes for TCP to
# give up. Any of these may be overridden in the URL's query string.
POSTGRES_TIMEOUTS = {
    "connect_timeout": 3,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
    "tcp_user_timeout": 5_000,
}


SERVER_SCHEMES = ("postgresql", "postgres")


class ServerDatabase(ReconnectMixin, PostgresqlDatabase):
    """PostgreSQL that reconnects by itself when a statement outside a transaction finds its
    connection dead (the server came back after a cut): every thread of a station recovers
    at its next query. Inside a transaction the error stands (``Store`` reports it)."""

    reconnect_errors = (
        (OperationalError, "server closed the connection"),
        (OperationalError, "terminating connection"),
        (OperationalError, "connection timed out"),
        (OperationalError, "no connection to the server"),
        (InterfaceError, "connection already closed"),
    )


def is_url(target: str) -> bool:
    return "://" in target


def is_server_url(target: str) -> bool:
    return is_url(target) and not target.startswith("sqlite:")


def open_database(target: str) -> Database:
    """``target`` is a SQLite file path, ``sqlite:///path`` or ``postgresql://...``."""
    if is_server_url(target):
        scheme = urlparse(target).scheme
        if scheme not in SERVER_SCHEMES:
            raise ValueError(f"alamat basis data {scheme}:// tidak dikenal; pakai postgresql://")
        settings = POSTGRES_TIMEOUTS | parse(target)
        return ServerDatabase(settings.pop("database"), **settings)
    path = sqlite_path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    return GuardedSqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)


class GuardedSqliteDatabase(SqliteDatabase):
    """SQLite whose every new connection (peewee opens one per thread) first runs
    ``guard``: opening a path whose file was deleted would silently start an empty one."""

    guard: Callable[[], None] | None = None

    def _connect(self) -> object:
        if self.guard is not None:
            self.guard()
        return super()._connect()


def sqlite_path(target: str) -> Path:
    """The file a SQLite ``target`` (a path or ``sqlite:///path``) names."""
    path = target.removeprefix("sqlite:///") if target.startswith("sqlite:") else target
    return Path(path).expanduser()


def describe(target: str) -> str:
    """A short, password-free name of the database for the status bar."""
    if is_server_url(target):
        scheme, _, rest = target.partition("://")
        host_part = rest.rsplit("@", 1)[-1].split("?", 1)[0]
        return f"{scheme}://{host_part}"
    return f"SQLite: {Path(target.removeprefix('sqlite:///')).name}"


def is_postgresql(database: Database | DatabaseProxy) -> bool:
    """Whether queries on ``database`` (a routed one: on this thread) reach PostgreSQL."""
    return isinstance(getattr(database, "obj", database), PostgresqlDatabase)


class RoutedDatabase(DatabaseProxy):
    """The database the models use: the station's own, unless this thread is routed elsewhere.

    A gate that lost the venue server records scans in its local cache with the very
    same services and repositories: the check-in worker routes its thread to the cache
    for that call, while other threads keep talking to the server.
    """

    __slots__ = ("_default", "_routes")

    def __init__(self, default: Database) -> None:
        object.__setattr__(self, "_callbacks", [])
        object.__setattr__(self, "_default", default)
        object.__setattr__(self, "_routes", threading.local())

    @property
    def obj(self) -> Database:
        return getattr(self._routes, "database", None) or self._default

    @contextmanager
    def routed_to(self, database: Database) -> Iterator[None]:
        """Send this thread's queries to ``database`` for the duration of the block."""
        previous = getattr(self._routes, "database", None)
        self._routes.database = database
        try:
            yield
        finally:
            self._routes.database = previous

    def get_binary_type(self) -> Callable[[bytes], object]:
        """Blob values are wrapped for the database the query runs on, not the one at start."""
        return lambda value: self.obj.get_binary_type()(value)
