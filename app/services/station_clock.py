"""The time this station gives its check-ins, and how far its clock is from the server's.

Connected, a check-in takes the server's time inside its own transaction. The offset is
measured when the station connects and every minute after (``StationLink.sync``, off the
UI thread), so that offline the station can go on stamping server time: see
``app.core.station_time``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from app.core.clock import Clock
from app.core.station_time import (
    OffsetReading,
    Stamp,
    TimeSource,
    is_due,
    is_skewed,
    offline_stamp,
)
from app.store import server_time
from app.store.store import Store


@dataclass(frozen=True)
class ClockCheck:
    """The last comparison with the server (``offset_s`` None: none made yet)."""

    offset_s: int | None
    age_s: int | None = None

    @property
    def skewed(self) -> bool:
        return is_skewed(self.offset_s)


NOT_COMPARED = ClockCheck(None)


class StationClock:
    def __init__(
        self, store: Store, clock: Clock, ticks: Callable[[], float] = time.monotonic
    ) -> None:
        self.store = store
        self.clock = clock
        self.ticks = ticks
        self.reading: OffsetReading | None = None

    def now(self) -> Stamp:
        """The time for a record; call inside the write that stores it."""
        server = server_time.transaction_time()
        if server is not None:
            return Stamp(server, TimeSource.SERVER)
        return self.offline()

    def offline(self) -> Stamp:
        """The time for a record made without the server (cache, outbox, journal)."""
        return offline_stamp(self.clock.now(), self.reading, self.ticks())

    def measure(self) -> ClockCheck:
        """Compare with the server now (raises ``ServerLost`` if it does not answer)."""
        if not self.store.is_shared_server:
            return ClockCheck(None)
        with self.store.server_calls():
            reading = server_time.measure_offset(self.store.db, self.clock, self.ticks)
        self.reading = reading or self.reading
        return self.check()

    def measure_if_due(self) -> None:
        if self.store.is_shared_server and is_due(self.reading, self.ticks()):
            self.measure()

    def check(self) -> ClockCheck:
        reading = self.reading
        if reading is None:
            return ClockCheck(None)
        return ClockCheck(reading.offset_s, round(self.ticks() - reading.tick))
