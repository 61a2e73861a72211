"""Open a database from a URL or a path, with the settings Netra relies on."""

from __future__ import annotations

from pathlib import Path

from peewee import Database, SqliteDatabase
from playhouse.db_url import connect

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
