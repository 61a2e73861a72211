"""Every stored check-in and scan attempt held against the seal of the station that wrote it.

Rows made before station signatures existed (ids below the database's signing start)
carry no seal and are counted apart, as "before station signatures", not as forged.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.station_identity import Seal, SealChecker
from app.core.station_records import (
    EventKey,
    RecordedCheckin,
    RecordedScan,
    checkin_message,
    scan_message,
)


@dataclass(frozen=True)
class SealFinding:
    kind: str  # "check-in" or "pindai" (a scan-log row)
    row_id: int
    event_id: int
    id_number: str
    reason: str  # Indonesian, for the user


@dataclass
class SealSummary:
    findings: list[SealFinding]
    sealed: int = 0
    before_signatures: int = 0


@dataclass(frozen=True)
class EventRows:
    event_id: int
    key: EventKey
    checkins: list[tuple[int, RecordedCheckin]]
    scans: list[tuple[int, RecordedScan]]


def check_seals(
    events: list[EventRows], checker: SealChecker, signing_start: tuple[int, int]
) -> SealSummary:
    first_checkin, first_scan = signing_start
    summary = SealSummary([])
    for rows in events:
        for row_id, checkin in rows.checkins:
            message = checkin_message(rows.key, checkin)
            _check(summary, checker, ("check-in", row_id, rows.event_id, checkin.id_number),
                   checkin.seal, message, row_id < first_checkin)  # fmt: skip
        for row_id, scan in rows.scans:
            message = scan_message(rows.key, scan)
            _check(summary, checker, ("pindai", row_id, rows.event_id, scan.id_number or ""),
                   scan.seal, message, row_id < first_scan)  # fmt: skip
    return summary


def _check(
    summary: SealSummary, checker: SealChecker, where: tuple[str, int, int, str],
    seal: Seal | None, message: bytes, before_signatures: bool,
) -> None:  # fmt: skip
    if seal is None and before_signatures:
        summary.before_signatures += 1
        return
    problem = checker.problem(seal, message)
    if problem:
        summary.findings.append(SealFinding(*where, problem))
    else:
        summary.sealed += 1
