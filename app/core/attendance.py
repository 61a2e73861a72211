"""Attendance figures for one event."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttendanceCounts:
    expected: int
    present: int
    late: int
    walk_ins: int

    @property
    def absent(self) -> int:
        return max(self.expected - (self.present - self.walk_ins), 0)
