"""Open a database from a URL or a path, with the settings Netra relies on."""

from __future__ import annotations

from pathlib import Path

from peewee import Database, SqliteDatabase
from playhouse.db_url import connect

# WAL lets the gate write while the projector and reports read. synchronous=FULL
# fsyncs the WAL at every commit: a check-in shown as recorded survives a power
# cut, not only a crash of the process, at the price of one fsync per commit.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -16_000,
}


def is_url(target: str) -> bool:
    return "://" in target


def open_database(target: str) -> Database:
    """``target`` is a SQLite file path, ``sqlite:///path`` or ``postgresql://...``."""
    if is_url(target) and not target.startswith("sqlite:"):
        return connect(target)
    path = target.removeprefix("sqlite:///") if target.startswith("sqlite:") else target
    Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return SqliteDatabase(str(Path(path).expanduser()), pragmas=SQLITE_PRAGMAS)


def describe(target: str) -> str:
    """A short, password-free name of the database for the status bar."""
    if is_url(target) and not target.startswith("sqlite:"):
        scheme, _, rest = target.partition("://")
        host_part = rest.rsplit("@", 1)[-1]
        return f"{scheme}://{host_part}"
    return f"SQLite: {Path(target.removeprefix('sqlite:///')).name}"
