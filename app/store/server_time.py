"""The venue server's clock, as the station's local wall time (naive, whole seconds).

PostgreSQL answers with an instant in its own time zone; it is turned into this
laptop's zone, the one every Netra time is written in. A station on its own SQLite file,
or routed to its cache, has no server to ask: ``None``.
"""

from __future__ import annotations

from datetime import datetime

from peewee import Database

from app.store.database import is_postgresql
from app.store.models import Checkin


def transaction_time() -> datetime | None:
    """The server's time of this thread's current transaction (the one recording a check-in)."""
    database = Checkin._meta.database
    if not is_postgresql(database):
        return None
    return _local(database.execute_sql("SELECT now()").fetchone()[0])


def server_clock(database: Database) -> datetime | None:
    """The server's clock at this moment (not its transaction's start), for measuring."""
    if not is_postgresql(database):
        return None
    return _local(database.execute_sql("SELECT clock_timestamp()").fetchone()[0])


def _local(value: datetime) -> datetime:
    local = value.astimezone() if value.tzinfo is not None else value
    return local.replace(tzinfo=None, microsecond=0)
