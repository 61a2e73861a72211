"""Moments of an event: kedatangan and pulang, or apel pagi and apel sore.

Each moment has a window (when the gate records into it by itself) and a late time, and is
its own once-per-person list of check-ins. A moment is known by its ``number``, given when
it is first saved and never changed nor reused within its event, so a renamed moment keeps
its check-ins and a station's record names the same moment on every laptop. An event saved
before moments existed has one moment, number 1, open all day with the event's late time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import pairwise

from app.core.errors import FieldError
from app.core.refusals import Refusal, Refused

FIRST_MOMENT = 1
DEFAULT_NAME = "Kehadiran"
DAY_START = time(0, 0)
DAY_END = time(23, 59)
MAX_MOMENTS = 6
MAX_NAME = 40


@dataclass(frozen=True)
class Moment:
    """One moment; ``number`` is 0 until it is saved."""

    name: str
    opens_at: time
    closes_at: time
    late_after: time
    number: int = 0

    def contains(self, moment_of_day: time) -> bool:
        return self.opens_at <= moment_of_day <= self.closes_at


def default_moment(late_after: time) -> Moment:
    """The one moment of an event that names none: all day, the event's late time."""
    return Moment(DEFAULT_NAME, DAY_START, DAY_END, late_after, FIRST_MOMENT)


def in_order(moments: list[Moment]) -> list[Moment]:
    """By opening time: the first is the arrival, the one that says who came on time."""
    return sorted(moments, key=lambda moment: (moment.opens_at, moment.number))


def moment_at(moments: list[Moment], at: datetime, day: date) -> Moment:
    """The moment the gate records into by itself at ``at``: the one whose window holds
    it; between windows, the last one opened (the first before any opens). Never refuses:
    a scan outside every window is still recorded, in the nearest moment before it."""
    ordered = in_order(moments)
    if at.date() != day:
        return ordered[0] if at.date() < day else ordered[-1]
    now = at.time()
    holding = [moment for moment in ordered if moment.contains(now)]
    if holding:
        return holding[0]
    opened = [moment for moment in ordered if moment.opens_at <= now]
    return opened[-1] if opened else ordered[0]


def by_number(moments: list[Moment], number: int) -> Moment | None:
    return next((moment for moment in moments if moment.number == number), None)


def numbered(moments: list[Moment], taken: set[int]) -> list[Moment]:
    """New moments (number 0) get the next numbers after every number ever ``taken``."""
    next_number = max(taken | {moment.number for moment in moments}, default=0) + 1
    result = []
    for moment in moments:
        if moment.number == 0:
            moment = Moment(
                moment.name, moment.opens_at, moment.closes_at, moment.late_after, next_number
            )
            next_number += 1
        result.append(moment)
    return result


def moment_problems(moments: list[Moment]) -> list[FieldError]:
    """Every problem with an event's moments, as the form lists them (field ``sesi``)."""
    if not moments:
        return [FieldError("sesi", Refused(Refusal.NO_MOMENT_LEFT))]
    errors = []
    if len(moments) > MAX_MOMENTS:
        errors.append(FieldError("sesi", Refused(Refusal.TOO_MANY_MOMENTS, max=MAX_MOMENTS)))
    seen: set[str] = set()
    for row, moment in enumerate(moments, start=1):
        name = moment.name.strip()
        if not name:
            errors.append(FieldError("sesi", Refused(Refusal.MOMENT_NAME_MISSING, row=row)))
        elif len(name) > MAX_NAME:
            errors.append(
                FieldError("sesi", Refused(Refusal.MOMENT_NAME_TOO_LONG, row=row, limit=MAX_NAME))
            )
        elif name.casefold() in seen:
            errors.append(FieldError("sesi", Refused(Refusal.MOMENT_NAME_TWICE, name=name)))
        seen.add(name.casefold())
        if moment.closes_at <= moment.opens_at:
            errors.append(FieldError("sesi", Refused(Refusal.MOMENT_WINDOW_EMPTY, name=name)))
        elif not moment.opens_at <= moment.late_after <= moment.closes_at:
            errors.append(FieldError("sesi", Refused(Refusal.MOMENT_LATE_OUTSIDE, name=name)))
    ordered = in_order(moments)
    for first, second in pairwise(ordered):
        if second.opens_at <= first.closes_at:
            errors.append(
                FieldError(
                    "sesi",
                    Refused(
                        Refusal.MOMENTS_OVERLAP,
                        first=first.name.strip(),
                        second=second.name.strip(),
                    ),
                )
            )
    return errors
