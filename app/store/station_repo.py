"""A station's check-ins and scan attempts as portable records (people named by their id),
and what merging such records into this database needs."""

from __future__ import annotations

from peewee import JOIN

from app.core.checkin import CheckinEntry, Method
from app.core.outcomes import Outcome
from app.core.station_identity import Seal
from app.core.station_records import GuestDetails, RecordedCheckin, RecordedScan
from app.core.station_time import TimeSource
from app.store.checkins_repo import checkin_columns
from app.store.models import Checkin, Person, ScanLog, Unit

RECORDED = (Outcome.RECORDED.value, Outcome.LATE.value)


def _seal(signer: str, signature: str) -> Seal | None:
    return Seal(signer, signature) if signer else None


class StationRepo:
    def recorded_checkins(
        self, event_id: int, scanned_here_only: bool = False
    ) -> list[RecordedCheckin]:
        """The event's check-ins; ``scanned_here_only``: those this database's scan log recorded
        (a gate's cache, whose other check-ins were copied from the server)."""
        return [record for _, record in self.sealed_checkins(event_id, scanned_here_only)]

    def sealed_checkins(
        self, event_id: int, scanned_here_only: bool = False
    ) -> list[tuple[int, RecordedCheckin]]:
        """``(row id, record with its seal)`` of the event's check-ins."""
        query = (
            Checkin.select(
                Person.id_number, Checkin.at, Checkin.station, Checkin.method, Checkin.operator,
                Checkin.late, Checkin.note, Person.is_guest, Person.name, Unit.name,
                Checkin.signer, Checkin.signature, Checkin.id, Checkin.time_source,
                Checkin.clock_offset_s, Checkin.offset_age_s, Checkin.moment,
            )
            .join(Person)
            .join(Unit, JOIN.LEFT_OUTER, on=(Person.unit == Unit.id))
            .where(Checkin.event == event_id)
            .order_by(Checkin.at, Checkin.id)
        )  # fmt: skip
        if scanned_here_only:
            scanned = ScanLog.select(ScanLog.person).where(
                (ScanLog.event == event_id) & ScanLog.outcome.in_(RECORDED)
            )
            query = query.where(Checkin.person.in_(scanned))
        return [
            (row[12], RecordedCheckin(
                id_number=row[0], at=row[1], station=row[2], method=Method(row[3]),
                operator=row[4], late=bool(row[5]), note=row[6],
                guest=GuestDetails(row[8], row[9] or "") if row[7] else None,
                seal=_seal(row[10], row[11]), time_source=TimeSource(row[13]),
                clock_offset_s=row[14], offset_age_s=row[15], moment=row[16],
            ))
            for row in query.tuples()
        ]  # fmt: skip

    def recorded_scans(self, event_id: int) -> tuple[list[RecordedScan], int]:
        """Every scan attempt of the event, oldest first, and the last scan-log id read."""
        sealed = self.sealed_scans(event_id)
        return [scan for _, scan in sealed], (sealed[-1][0] if sealed else 0)

    def sealed_scans(self, event_id: int) -> list[tuple[int, RecordedScan]]:
        """``(row id, attempt with its seal)`` of the event's scan log, oldest first."""
        query = (
            ScanLog.select(
                ScanLog.id, Person.id_number, ScanLog.at, ScanLog.station, ScanLog.method,
                ScanLog.raw, ScanLog.outcome, ScanLog.signer, ScanLog.signature,
            )
            .join(Person, JOIN.LEFT_OUTER, on=(ScanLog.person == Person.id))
            .where(ScanLog.event == event_id)
            .order_by(ScanLog.id)
        )  # fmt: skip
        return [
            (row[0], RecordedScan(row[1], row[2], row[3], Method(row[4]), row[5], Outcome(row[6]),
                                  _seal(row[7], row[8])))
            for row in query.tuples()
        ]  # fmt: skip

    def scan_logged(self, event_id: int, scan: RecordedScan, person_id: int | None) -> bool:
        """This attempt is already in the scan log (the records were merged before)."""
        return (
            ScanLog.select()
            .where(
                (ScanLog.event == event_id) & (ScanLog.at == scan.at)
                & (ScanLog.station == scan.station) & (ScanLog.raw == scan.raw)
                & (ScanLog.outcome == scan.outcome.value)
                & (ScanLog.person.is_null() if person_id is None else ScanLog.person == person_id)
            )
            .exists()
        )  # fmt: skip

    def move_checkin(self, entry: CheckinEntry) -> None:
        """Replace a person's check-in in a moment by an earlier one from another station."""
        columns = checkin_columns(entry)
        for key in ("event", "person", "moment"):
            del columns[key]
        Checkin.update(**columns).where(
            (Checkin.event == entry.event_id) & (Checkin.moment == entry.moment)
            & (Checkin.person == entry.person_id)
        ).execute()  # fmt: skip

    def forget_scans(self, event_id: int, up_to_id: int) -> int:
        """Drop scan attempts that reached the server (a gate cache's outbox drains here)."""
        return (
            ScanLog.delete().where((ScanLog.event == event_id) & (ScanLog.id <= up_to_id)).execute()
        )

    def waiting_scans(self) -> int:
        return ScanLog.select().count()
