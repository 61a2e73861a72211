"""A station with no network at all: its clock judged from its export file.

``netra station export`` writes the station's clock into the file (``exported_at``). The
merging laptop reads its own clock when it merges. Their difference is the station's offset
plus the time the file spent on its way (a USB stick carried across the venue):

    merging clock - exported_at = offset + transit,  offset = merging - station clock

A file stamped in the future can only come from a station whose clock is ahead, by at least
that much, whatever the transit. A file stamped in the past is either old or from a slow
clock; the two can be told apart only if the file is fresh. So the comparison is trusted when
the file reads less than ``FRESH_EXPORT_S`` old: a file carried across a venue arrives in
minutes, and 15 minutes leave room for the walk and a queue at HR's laptop while still
catching a clock set back ten minutes. Beyond that, an old file and a slow clock look alike
and nothing is measured. The figure includes the transit, so a correction by it can make a
station's times later than they were by that transit at most: the message says so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from app.core.checkin import is_late
from app.core.events import Event, moments_of
from app.core.refusals import Refusal, Refused
from app.core.station_records import RecordedCheckin
from app.core.station_time import (
    SKEW_LIMIT_S,
    THIS_LAPTOP,
    TimeSource,
    duration_words,
    offset_words,
)

FRESH_EXPORT_S = 15 * 60
FRESH_MINUTES = FRESH_EXPORT_S // 60

# Records stamped by the station's own clock (or before Netra kept the source); the others
# already carry server time.
OWN_CLOCK = (TimeSource.LOCAL, TimeSource.BEFORE)

UNDECIDED = (
    "{verdict}. Pilih --koreksi-jam (waktu kehadiran dari jam stasiun itu digeser {shift}) "
    "atau --tanpa-koreksi (waktu tetap; kehadiran dari berkas ini tidak dapat menggantikan "
    "kehadiran lain yang lebih lambat)"
)

SKEWED_KEPT_WORDS = Refused(Refusal.SKEWED_NOT_CORRECTED)


class ClockChoice(StrEnum):
    """What the person merging chose for a station whose clock is off."""

    ASK = "ask"  # refuse a skewed file until they choose
    CORRECT = "correct"
    KEEP = "keep"


@dataclass(frozen=True)
class ExportClock:
    station: str
    offset_s: int | None  # merging laptop minus station; None: not comparable
    verdict: Refused  # for the merge report

    @property
    def skewed(self) -> bool:
        return self.offset_s is not None and abs(self.offset_s) > SKEW_LIMIT_S


def compare_export(station: str, exported_at: datetime, merged_at: datetime) -> ExportClock:
    age = round((merged_at - exported_at).total_seconds())
    exported = exported_at.strftime("%H.%M.%S")
    if abs(age) <= SKEW_LIMIT_S:
        agrees = Refused(Refusal.EXPORT_CLOCK_AGREES, station=station, words=duration_words(age))
        return ExportClock(station, age, agrees)
    if age < 0:
        words = offset_words(age, THIS_LAPTOP)
        verdict = Refused(Refusal.EXPORT_CLOCK_AHEAD, station=station, exported=exported,
                          now=merged_at.strftime("%H.%M.%S"), offset=words)  # fmt: skip
        return ExportClock(station, age, verdict)
    if age > FRESH_EXPORT_S:
        verdict = Refused(Refusal.EXPORT_CLOCK_TOO_OLD, station=station, age=_ago(age),
                          fresh=FRESH_MINUTES)  # fmt: skip
        return ExportClock(station, None, verdict)
    verdict = Refused(
        Refusal.EXPORT_CLOCK_MEASURED, station=station, exported=exported, age=_ago(age),
        fresh=FRESH_MINUTES, offset=offset_words(age, THIS_LAPTOP),
    )  # fmt: skip
    return ExportClock(station, age, verdict)


def undecided(clock: ExportClock) -> str:
    assert clock.offset_s is not None
    way = "lebih lambat" if clock.offset_s > 0 else "lebih awal"
    return UNDECIDED.format(verdict=clock.verdict,
                            shift=f"{duration_words(clock.offset_s)} {way}")  # fmt: skip


def corrected(
    record: RecordedCheckin, offset_s: int, measured_at: datetime, event: Event
) -> RecordedCheckin | None:
    """The record moved by the offset measured at ``measured_at`` on the station's clock
    (None: its time is not the station's own). The late flag follows the corrected time;
    ``offset_age_s`` is how long before the measurement the record was stamped. Everything
    else, its moment included, stays as recorded."""
    if record.time_source not in OWN_CLOCK or offset_s == 0:
        return None
    at = record.at + timedelta(seconds=offset_s)
    age = max(0, round((measured_at - record.at).total_seconds()))
    late_after = next(
        (m.late_after for m in moments_of(event) if m.number == record.moment), event.late_after
    )  # a departure is late by its own moment's time, not the arrival's
    return replace(
        record, at=at, late=is_late(event.day, late_after, at), seal=None,
        time_source=TimeSource.CORRECTED, clock_offset_s=offset_s, offset_age_s=age,
    )  # fmt: skip


def _ago(age_s: int) -> Refused:
    return Refused(Refusal.TIME_AGO, duration=duration_words(age_s))
