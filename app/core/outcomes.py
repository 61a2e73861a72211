"""Stable codes for what a scan or a manual entry led to; the UI turns them into colour and words.

Tests assert codes, never prose; the codes are stored in the scan log, so never rename one.
"""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    RECORDED = "recorded"
    LATE = "late"  # recorded, after the event's late time
    DUPLICATE = "duplicate"
    INVALID = "invalid"
    REVOKED = "revoked"
    UNKNOWN_PERSON = "unknown_person"
    NOT_EXPECTED = "not_expected"
    NOT_SAVED = "not_saved"  # the database could not take it (gone, damaged, disk full)
    GATE_CLOSED = "gate_closed"  # HR closed the event's gate; nothing is recorded after it

    @property
    def is_recorded(self) -> bool:
        return self in (Outcome.RECORDED, Outcome.LATE)
