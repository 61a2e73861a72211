"""Time as a parameter, so rules and tests never read the wall clock themselves."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """Local wall time without microseconds: a ceremony happens in one time zone."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


class FixedClock:
    """A clock that stays where it is set; tests move it by hand."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at
