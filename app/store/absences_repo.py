"""Why expected people were absent from an event."""

from __future__ import annotations

from datetime import datetime

from app.core.report_data import Absence, AbsenceReason
from app.store.models import Absence as AbsenceRow


class AbsencesRepo:
    def absences(self, event_id: int) -> list[Absence]:
        query = AbsenceRow.select(AbsenceRow.person_id, AbsenceRow.reason, AbsenceRow.note).where(
            AbsenceRow.event == event_id
        )
        return [Absence(pid, AbsenceReason(reason), note) for pid, reason, note in query.tuples()]

    def save(self, event_id: int, absence: Absence, at: datetime, actor: str) -> Absence | None:
        """Insert or replace the person's absence; returns the one it replaced."""
        row = AbsenceRow.get_or_none(
            (AbsenceRow.event == event_id) & (AbsenceRow.person == absence.person_id)
        )
        if row is None:
            AbsenceRow.create(
                event=event_id,
                person=absence.person_id,
                reason=absence.reason.value,
                note=absence.note,
                recorded_at=at,
                recorded_by=actor,
            )
            return None
        previous = Absence(absence.person_id, AbsenceReason(row.reason), row.note)
        row.reason, row.note, row.recorded_at, row.recorded_by = (
            absence.reason.value,
            absence.note,
            at,
            actor,
        )
        row.save()
        return previous

    def delete(self, event_id: int, person_ids: set[int]) -> int:
        if not person_ids:
            return 0
        return (
            AbsenceRow.delete()
            .where((AbsenceRow.event == event_id) & (AbsenceRow.person.in_(list(person_ids))))
            .execute()
        )
