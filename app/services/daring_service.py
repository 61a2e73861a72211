"""Importing a video meeting's participants as people present "daring" (by video)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from app.core.checkin import Method
from app.core.checkin_audit import record_details
from app.core.clock import Clock
from app.core.daring import (
    DaringMatch,
    DaringMatches,
    DaringSource,
    forged_rows,
    is_late,
    match_participants,
)
from app.core.daring import parse_participants as parse_participant_rows
from app.core.errors import FieldError
from app.core.gate_closing import closed_during
from app.core.refusals import Refusal, Refused
from app.core.station_records import RecordedCheckin, entry_for
from app.imports.sheet_file import SheetUnreadable, read_sheet, text_rows
from app.services.auditor import Auditor
from app.services.event_service import Invalid, event_not_found
from app.services.record_sealer import RecordSealer
from app.store.store import Store

DARING_STATION = "Daring"


@dataclass(frozen=True)
class DaringRecorded:
    recorded: int
    already_present: int


class DaringService:
    def __init__(self, store: Store, clock: Clock, actor: str, sealer: RecordSealer) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)
        self.sealer = sealer

    def read(self, event_id: int, path: Path) -> DaringMatches | Invalid:
        """Read and match the participant report; nothing is stored yet."""
        event = self.store.events.get_event(event_id)
        if event is None:
            return event_not_found(event_id)
        try:
            rows = text_rows(read_sheet(path))
        except SheetUnreadable as error:
            return Invalid([FieldError("berkas", error.refusal)])
        participants, errors = parse_participant_rows(rows, event.day)
        if errors:
            return Invalid(errors)
        matches = match_participants(participants, self.store.people.expected_people(event_id))
        forged = forged_rows(matches.matched)
        if forged:
            return Invalid(forged)
        source = DaringSource(path.name, hashlib.sha256(path.read_bytes()).hexdigest())
        return replace(matches, source=source)

    def record(
        self, event_id: int, matches: list[DaringMatch], source: DaringSource | None = None
    ) -> DaringRecorded | Invalid:
        """Record the matched people present "daring" at their join time.

        People already checked in (at the gate or by an earlier import) keep their
        check-in: one check-in per person per event. ``source``: the report's name and
        SHA-256, kept in the audit entry.
        """
        event = self.store.events.get_event(event_id)
        if event is None:
            return event_not_found(event_id)
        now = self.clock.now()
        with self.store.write():
            refused = forged_rows(matches) + self._after_close(event_id, matches)
            if refused:
                return Invalid(refused)
            present = self.store.attendance.checked_in_ids(event_id)
            fresh: dict[int, RecordedCheckin] = {}
            for match in matches:
                person_id = match.person.id
                if person_id in present or person_id in fresh:
                    continue
                joined = match.participant.joined_at
                fresh[person_id] = self.sealer.sealed(event, RecordedCheckin(
                    match.person.id_number, joined, DARING_STATION, Method.DARING, self.actor,
                    is_late(joined, event.late_after), match.participant.display_name[:200],
                ))  # fmt: skip
            self.store.checkins.insert_checkins(
                [entry_for(event_id, person_id, record) for person_id, record in fresh.items()]
            )
            self.store.absences.delete(event_id, set(fresh))
            self.audit.record(
                "daring.import",
                "event",
                event_id,
                event_id,
                {
                    "file": source.name if source else None,
                    "sha256": source.sha256 if source else None,
                    "recorded": list(fresh),
                    "matched_by": {m.person.id: m.by for m in matches if m.person.id in fresh},
                    "checkins": [
                        {"person": person_id, **record_details(record)}
                        for person_id, record in fresh.items()
                    ],
                },
                at=now,
            )
        return DaringRecorded(len(fresh), len({m.person.id for m in matches}) - len(fresh))

    def _after_close(self, event_id: int, matches: list[DaringMatch]) -> list[FieldError]:
        closings = self.store.gate_state.closings(event_id)  # a reopening lets no earlier in
        errors = []
        for match in matches:
            joined = match.participant.joined_at
            closed = closed_during(closings, joined)
            if closed is not None:
                message = Refused(
                    Refusal.JOINED_AFTER_CLOSE, joined=f"{joined:%H.%M}", closed=f"{closed:%H.%M}"
                )
                errors.append(FieldError("waktu bergabung", message, match.participant.row))
        return errors
