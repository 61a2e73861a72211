"""Who attended an event, as report values; and check-ins recorded from outside the gate."""

from __future__ import annotations

from peewee import JOIN

from app.core.moments import FIRST_MOMENT
from app.core.people import Person, full_name
from app.core.report_data import CheckinRecord, ScanRecord
from app.store.models import Checkin, ScanLog, Unit
from app.store.models import Person as PersonRow
from app.store.people_repo import PERSON_COLUMNS, to_person

CHECKIN_COLUMNS = (
    Checkin.at,
    Checkin.station,
    Checkin.method,
    Checkin.late,
    Checkin.note,
)


class AttendanceRepo:
    def attendees(
        self, event_id: int, moment: int = FIRST_MOMENT
    ) -> list[tuple[Person, CheckinRecord]]:
        """Everyone checked in at a moment of the event (expected or not) with their check-in."""
        query = (
            Checkin.select(*PERSON_COLUMNS, *CHECKIN_COLUMNS)
            .join(PersonRow, on=(Checkin.person == PersonRow.id))
            .join(Unit, on=(PersonRow.unit == Unit.id), join_type=JOIN.LEFT_OUTER)
            .where((Checkin.event == event_id) & (Checkin.moment == moment))
            .order_by(Checkin.at)
        )
        width = len(PERSON_COLUMNS)
        found = []
        for row in query.tuples():
            person = to_person(row[:width])
            at, station, method, late, note = row[width:]
            found.append((person, CheckinRecord(person.id, at, station, method, bool(late), note)))
        return found

    def checked_in_ids(self, event_id: int, moment: int = FIRST_MOMENT) -> set[int]:
        query = Checkin.select(Checkin.person_id).where(
            (Checkin.event == event_id) & (Checkin.moment == moment)
        )
        return {person_id for (person_id,) in query.tuples()}

    def scan_log(self, event_id: int) -> list[ScanRecord]:
        query = (
            ScanLog.select(
                ScanLog.at,
                ScanLog.station,
                ScanLog.method,
                ScanLog.raw,
                ScanLog.outcome,
                PersonRow.name,
                PersonRow.front_title,
                PersonRow.back_title,
                PersonRow.id_number,
            )
            .join(PersonRow, on=(ScanLog.person == PersonRow.id), join_type=JOIN.LEFT_OUTER)
            .where(ScanLog.event == event_id)
            .order_by(ScanLog.at, ScanLog.id)
        )
        return [
            ScanRecord(
                at=at,
                station=station,
                method=method,
                raw=raw,
                outcome=outcome,
                person_name=full_name(front or "", name, back or "") if name else "",
                person_id_number=id_number or "",
            )
            for at, station, method, raw, outcome, name, front, back, id_number in query.tuples()
        ]
