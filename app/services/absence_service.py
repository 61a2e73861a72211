"""Recording why expected people were absent: one by one, or from HR's sheet (all or nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.absence_sheet import MAX_NOTE, absence_problem, parse_absence_rows
from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.nip import normalise_id
from app.core.people import Person, clean_text
from app.core.refusals import Refusal, Refused
from app.core.report_data import Absence, parse_reason
from app.imports.sheet_file import SheetUnreadable, read_sheet, text_rows
from app.services.auditor import Auditor
from app.services.event_service import Invalid, event_not_found
from app.store.store import Store


@dataclass(frozen=True)
class AbsencesSaved:
    count: int


def _by_number(people: list[Person]) -> dict[str, Person]:
    return {person.id_number: person for person in people}


class AbsenceService:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)

    def record(
        self, event_id: int, id_number: str, reason_text: str, note: str = ""
    ) -> AbsencesSaved | Invalid:
        """Record (or change) one person's reason; refused when the person is present."""
        with self.store.write():
            if self.store.events.get_event(event_id) is None:
                return event_not_found(event_id)
            people = _by_number(self.store.people.expected_people(event_id))
            person = people.get(normalise_id(id_number))
            if person is None:
                return Invalid(
                    [FieldError("nip", Refused(Refusal.NOT_ON_ROSTER, number=id_number))]
                )
            present = person.id in self.store.attendance.checked_in_ids(event_id)
            problem = absence_problem(person, reason_text, present)
            if problem:
                return Invalid([FieldError("nip" if present else "alasan", problem)])
            note = clean_text(note)
            if len(note) > MAX_NOTE:
                return Invalid(
                    [FieldError("catatan", Refused(Refusal.NOTE_TOO_LONG, max=MAX_NOTE))]
                )
            reason = parse_reason(reason_text)
            assert reason is not None
            self._save(event_id, [Absence(person.id, reason, note)], "absence.record")
        return AbsencesSaved(1)

    def clear(self, event_id: int, id_number: str) -> AbsencesSaved | Invalid:
        with self.store.write():
            person = _by_number(self.store.people.expected_people(event_id)).get(
                normalise_id(id_number)
            )
            if person is None:
                return Invalid(
                    [FieldError("nip", Refused(Refusal.NOT_ON_ROSTER, number=id_number))]
                )
            removed = self.store.absences.delete(event_id, {person.id})
            if removed:
                self.audit.record("absence.clear", "person", person.id, event_id)
        return AbsencesSaved(removed)

    def import_sheet(self, event_id: int, path: Path) -> AbsencesSaved | Invalid:
        """Every row valid, or nothing stored and every problem named by row and column."""
        try:
            rows = text_rows(read_sheet(path))
        except SheetUnreadable as error:
            return Invalid([FieldError("berkas", error.refusal)])
        with self.store.write():
            if self.store.events.get_event(event_id) is None:
                return event_not_found(event_id)
            people = _by_number(self.store.people.expected_people(event_id))
            present = self.store.attendance.checked_in_ids(event_id)
            absences, errors = parse_absence_rows(rows, people, present)
            if errors:
                return Invalid(errors)
            self._save(event_id, absences, "absence.import", {"file": path.name})
        return AbsencesSaved(len(absences))

    def _save(
        self, event_id: int, absences: list[Absence], action: str, details: dict | None = None
    ) -> None:
        now = self.clock.now()
        for absence in absences:
            self.store.absences.save(event_id, absence, now, self.actor)
        self.audit.record(
            action,
            "event",
            event_id,
            event_id,
            {
                **(details or {}),
                "people": [
                    {"person": a.person_id, "reason": a.reason.value, "note": a.note}
                    for a in absences
                ],
            },
            at=now,
        )
