"""The venue server's clock, as the station's local wall time (naive, whole seconds).

PostgreSQL answers with an instant in its own time zone; it is turned into this
laptop's zone, the one every Netra time is written in. A station on its own SQLite file,
or routed to its cache, has no server to ask: ``None``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from peewee import Database, DatabaseError

from app.core.clock import Clock
from app.core.station_time import OffsetReading, reading_from
from app.store.database import describe, is_postgresql, open_database
from app.store.models import Checkin

NO_ANSWER = "server {server} tidak menjawab saat jam dibandingkan"


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


def measure_offset(
    database: Database, clock: Clock, ticks: Callable[[], float] = time.monotonic
) -> OffsetReading | None:
    """Read the server's clock and this station's around it (None: not a server)."""
    before, local = ticks(), clock.now()
    server = server_clock(database)
    if server is None:
        return None
    half = (ticks() - before) / 2
    return reading_from(server, local + timedelta(seconds=half), before + half)


def offset_of(target: str, clock: Clock) -> OffsetReading | str | None:
    """Measure against the server at ``target`` without opening Netra's store on it (a
    check changes nothing): the reading, None for a local file, or why it failed."""
    database = open_database(target)
    try:
        return measure_offset(database, clock)
    except DatabaseError:
        return NO_ANSWER.format(server=describe(target))
    finally:
        database.close()


def _local(value: datetime) -> datetime:
    local = value.astimezone() if value.tzinfo is not None else value
    return local.replace(tzinfo=None, microsecond=0)
