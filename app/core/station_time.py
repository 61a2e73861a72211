"""What time a check-in gets, and how far a station's clock is from the server's.

Lateness decides allowance cuts and a merge keeps a person's earliest time, so a check-in
must not carry whatever the laptop's clock says:

- connected to a shared server: the server's time, read in the transaction that records it
  (``SERVER``);
- offline on a shared-server station: the last offset measured from the server applied to
  the time elapsed since, counted on the monotonic clock, so moving the laptop's clock
  after the measurement changes nothing (``OFFSET``; the record keeps the offset it used
  and how old the measurement was);
- a single laptop, or a station that never reached its server: its own clock (``LOCAL``);
- merged from a file whose clock was compared with the merging laptop's and corrected
  (``CORRECTED``; the record keeps the correction).

Offsets are server minus station, in whole seconds: positive when the station is behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import reduce

from app.core.locale_format import number
from app.core.refusals import Refusal, Refused

# A station further than this from the server is flagged before its first scan.
SKEW_LIMIT_S = 30
# How often a connected station measures its offset again.
MEASURE_EVERY_S = 60

THE_SERVER = Refused(Refusal.THE_SERVER)
THIS_LAPTOP = Refused(Refusal.THIS_LAPTOP)
NO_SERVER = "jam stasiun tidak dibandingkan: basis data di laptop ini, tanpa server bersama"
SKEWED = (
    "{offset}: lebih dari {limit} detik. Setel jam laptop ini; check-in tetap memakai jam "
    "server selama terhubung"
)
WITHIN = "{offset} (dalam batas {limit} detik)"


class TimeSource(StrEnum):
    """Where a check-in's time came from; stored with it. Never rename one."""

    BEFORE = ""  # recorded before Netra kept the source
    SERVER = "server"
    OFFSET = "offset"
    LOCAL = "local"
    CORRECTED = "corrected"


@dataclass(frozen=True)
class Stamp:
    at: datetime
    source: TimeSource
    offset_s: int | None = None  # the offset applied (OFFSET, CORRECTED)
    offset_age_s: int | None = None  # seconds since that offset was measured


@dataclass(frozen=True)
class OffsetReading:
    """One comparison with the server: its offset, and when it was made on both clocks."""

    offset_s: int
    local_at: datetime  # the station's wall clock at the reading
    tick: float  # the station's monotonic clock (seconds) at the reading


def reading_from(server_at: datetime, local_at: datetime, tick: float) -> OffsetReading:
    """``server_at`` read while the station's clock said ``local_at`` (mid round trip)."""
    return OffsetReading(round((server_at - local_at).total_seconds()), local_at, tick)


def is_due(reading: OffsetReading | None, tick: float) -> bool:
    return reading is None or tick - reading.tick >= MEASURE_EVERY_S


def offline_stamp(local_now: datetime, reading: OffsetReading | None, tick: float) -> Stamp:
    """The time to record without the server: server time at the last reading plus the
    time elapsed since on the monotonic clock (the laptop's clock, if moved, is ignored)."""
    if reading is None:
        return Stamp(local_now, TimeSource.LOCAL)
    elapsed = max(0.0, tick - reading.tick)
    at = reading.local_at + timedelta(seconds=reading.offset_s + round(elapsed))
    used = round((at - local_now).total_seconds())
    return Stamp(at, TimeSource.OFFSET, used, round(elapsed))


def is_skewed(offset_s: int | None) -> bool:
    return offset_s is not None and abs(offset_s) > SKEW_LIMIT_S


def duration_words(seconds: int) -> Refused:
    """``754`` -> ``12 menit 34 detik``, for messages."""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(Refused(Refusal.DURATION_HOURS, count=number(hours)))
    if minutes:
        parts.append(Refused(Refusal.DURATION_MINUTES, count=minutes))
    if secs or not parts:
        parts.append(Refused(Refusal.DURATION_SECONDS, count=secs))
    return reduce(lambda first, second: Refused(Refusal.WORDS_JOINED, first=first, second=second),
                  parts)  # fmt: skip


def offset_words(offset_s: int, other: Refused = THE_SERVER) -> Refused:
    """How the station's clock stands against ``other``'s."""
    if offset_s == 0:
        return Refused(Refusal.CLOCK_SAME, other=other)
    way = Refusal.CLOCK_SLOWER if offset_s > 0 else Refusal.CLOCK_FASTER
    return Refused(way, duration=duration_words(offset_s), other=other)


def clock_verdict(offset_s: int | None) -> str:
    """One line on this station's clock, for ``netra station check`` and the gate."""
    if offset_s is None:
        return NO_SERVER
    words = offset_words(offset_s)
    template = SKEWED if is_skewed(offset_s) else WITHIN
    return template.format(offset=words[0].upper() + words[1:], limit=SKEW_LIMIT_S)
