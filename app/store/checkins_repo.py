"""Check-ins: who is present at an event, and the log of every scan attempt."""

from __future__ import annotations

from datetime import datetime

from peewee import JOIN, IntegrityError, fn

from app.core.attendance import AttendanceCounts
from app.core.checkin import (
    Arrival,
    CheckinEntry,
    PriorCheckin,
    RecentCheckin,
    ScanAttempt,
)
from app.core.checkin_audit import StoredCheckin
from app.core.moments import FIRST_MOMENT
from app.core.nip import IdKind, format_nip
from app.core.people import full_name
from app.core.station_identity import Seal
from app.core.station_time import Stamp, TimeSource
from app.store.models import Checkin, EventAttendee, Person, ScanLog, Unit


def checkin_columns(entry: CheckinEntry) -> dict[str, object]:
    """The one mapping of a check-in to its row: every insert of one (a scan, the bulk
    arrivals) and its move to an earlier record from another station."""
    return {
        "event": entry.event_id,
        "person": entry.person_id,
        "at": entry.at,
        "station": entry.station,
        "method": entry.method.value,
        "operator": entry.operator,
        "late": entry.late,
        "note": entry.note,
        "moment": entry.moment,
        **seal_columns(entry.seal),
        **stamp_columns(entry.stamp),
    }


def seal_columns(seal: Seal | None) -> dict[str, str]:
    """Who sealed a row ("" for a row without a seal)."""
    if seal is None:
        return {"signer": "", "signature": ""}
    return {"signer": seal.signer, "signature": seal.signature}


def stamp_columns(stamp: Stamp | None) -> dict[str, object]:
    """Where a check-in's time came from (empty: a record made before Netra kept it)."""
    stamp = stamp or Stamp(datetime.min, TimeSource.BEFORE)
    return {
        "time_source": stamp.source.value,
        "clock_offset_s": stamp.offset_s,
        "offset_age_s": stamp.offset_age_s,
    }


class CheckinsRepo:
    def attendance_counts(self, event_id: int, moment: int = FIRST_MOMENT) -> AttendanceCounts:
        """Who is expected, and who is in (late, walk-ins) at one moment of the event."""
        expected = EventAttendee.select().where(EventAttendee.event == event_id).count()
        present, late, walk_ins = (
            Checkin.select(
                fn.COUNT(Checkin.id),
                fn.COALESCE(fn.SUM(Checkin.late.cast("INTEGER")), 0),
                fn.COALESCE(fn.SUM(Person.is_guest.cast("INTEGER")), 0),
            )
            .join(Person)
            .where((Checkin.event == event_id) & (Checkin.moment == moment))
            .tuples()
            .get()
        )
        return AttendanceCounts(
            expected=expected, present=int(present), late=int(late), walk_ins=int(walk_ins)
        )

    def insert_checkins(self, entries: list[CheckinEntry]) -> None:
        """Record check-ins in bulk (the demo's arrivals, the daring import)."""
        rows = [checkin_columns(entry) for entry in entries]
        for start in range(0, len(rows), 500):
            Checkin.insert_many(rows[start : start + 500]).execute()

    def _once(self, event_id: int, person_id: int, moment: int) -> object:
        """The one check-in a person may have in a moment of an event."""
        return (
            (Checkin.event == event_id) & (Checkin.moment == moment) & (Checkin.person == person_id)
        )

    def prior_checkin(
        self, event_id: int, person_id: int, moment: int = FIRST_MOMENT
    ) -> PriorCheckin | None:
        row = (
            Checkin.select(Checkin.at, Checkin.station, Checkin.method)
            .where(self._once(event_id, person_id, moment))
            .tuples()
            .first()
        )
        return PriorCheckin(row[0], row[1], row[2]) if row else None

    def arrival(self, event_id: int, person_id: int, moment: int) -> tuple[Arrival, str]:
        """What the rule needs about a person at this moment of the event, and the notice to
        show them."""
        listed = (
            EventAttendee.select(EventAttendee.notice)
            .where((EventAttendee.event == event_id) & (EventAttendee.person == person_id))
            .tuples()
            .first()
        )
        prior = self.prior_checkin(event_id, person_id, moment)
        return Arrival(on_event_list=listed is not None, prior=prior), (listed[0] if listed else "")

    def insert_checkin(self, entry: CheckinEntry) -> bool:
        """Store the check-in; False when the person already has one (the unique constraint).

        The insert runs in a savepoint so a refused row leaves the surrounding transaction
        usable (PostgreSQL aborts a transaction on a failed statement otherwise).
        """
        try:
            with Checkin._meta.database.atomic():
                Checkin.insert(**checkin_columns(entry)).execute()
        except IntegrityError:
            return False
        return True

    def delete_checkin(self, event_id: int, person_id: int, moment: int = FIRST_MOMENT) -> int:
        return Checkin.delete().where(self._once(event_id, person_id, moment)).execute()

    def moments_in_use(self, event_id: int) -> dict[int, int]:
        """How many check-ins each moment of the event holds, by moment number."""
        query = (
            Checkin.select(Checkin.moment, fn.COUNT(Checkin.id))
            .where(Checkin.event == event_id)
            .group_by(Checkin.moment)
            .tuples()
        )
        return {int(moment): int(count) for moment, count in query}

    def log_scan(self, attempt: ScanAttempt) -> None:
        ScanLog.insert(
            event=attempt.event_id,
            at=attempt.at,
            station=attempt.station,
            method=attempt.method.value,
            raw=attempt.raw,
            outcome=attempt.outcome.value,
            person=attempt.person_id,
            **seal_columns(attempt.seal),
        ).execute()

    def recent_checkins(self, event_id: int, limit: int = 20) -> list[RecentCheckin]:
        """The check-ins recorded last (from every station), newest first.

        Ordered by recording, not by the ``at`` time: station clocks may differ a little.
        """
        query = (
            Checkin.select(
                Checkin.person, Person.front_title, Person.name, Person.back_title,
                Person.id_number, Person.id_kind, Unit.name, Checkin.at, Checkin.station,
                Checkin.method, Checkin.late, Person.is_guest, Checkin.note, Checkin.moment,
            )
            .join(Person)
            .join(Unit, JOIN.LEFT_OUTER, on=(Person.unit == Unit.id))
            .where(Checkin.event == event_id)
            .order_by(Checkin.id.desc())
            .limit(limit)
            .tuples()
        )  # fmt: skip
        return [
            RecentCheckin(
                person_id=row[0],
                name=full_name(row[1], row[2], row[3]),
                display_id=format_nip(row[4]) if row[5] == IdKind.NIP.value else row[4],
                unit=row[6] or "",
                at=row[7],
                station=row[8],
                method=row[9],
                late=bool(row[10]),
                is_guest=bool(row[11]),
                note=row[12],
                moment=row[13],
            )
            for row in query
        ]

    def stored_checkins(self) -> list[StoredCheckin]:
        """Every check-in row as stored, for holding against the audit log."""
        query = (
            Checkin.select(
                Checkin.id, Checkin.event, Checkin.person, Person.id_number, Checkin.at,
                Checkin.station, Checkin.method, Checkin.operator, Checkin.late, Checkin.note,
                Checkin.signer, Checkin.time_source, Checkin.clock_offset_s, Checkin.offset_age_s,
                Checkin.moment,
            )
            .join(Person, JOIN.LEFT_OUTER)
            .order_by(Checkin.id)
            .tuples()
        )  # fmt: skip
        return [StoredCheckin(row[0], row[1], row[2], row[3] or "", *row[4:]) for row in query]
