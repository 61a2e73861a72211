"""Moving check-ins between stations: a file from each gate laptop merged on HR's, and a
gate's offline outbox sent to the venue server. Both merge the same way: idempotent, the
earliest check-in of a person wins, every scan attempt is kept, conflicts are reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.core.checkin import CheckinEntry, Guest, ScanAttempt, guest_person, removed_problem
from app.core.checkin_audit import checkin_details
from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.events import Event
from app.core.people import Person
from app.core.station_records import (
    EventKey,
    MergeAction,
    RecordedCheckin,
    StationRecords,
    is_same_checkin,
    merge_action,
    read_records,
)
from app.services.event_service import Invalid
from app.store import audit_repo, checkins_repo, events_repo, people_repo, station_repo
from app.store.store import Store


@dataclass(frozen=True)
class Conflict:
    """Two stations recorded one person: which check-in counts, and which was set aside."""

    id_number: str
    name: str
    kept_at: datetime | None
    kept_station: str
    other_at: datetime
    other_station: str
    problem: str = ""  # set when the other one could not be merged at all


def event_key(event: Event) -> EventKey:
    organisation = events_repo.organisation_name(int(event.organisation_id or 0)) or ""
    return EventKey(event.title, event.day, organisation)


@dataclass
class MergeReport:
    added: int = 0
    moved_earlier: int = 0
    unchanged: int = 0
    scans_added: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


class StationService:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor

    def export(self, event_id: int, station: str) -> StationRecords | Invalid:
        """Everything this database recorded at the event, for ``merge`` on another laptop."""
        event = events_repo.get_event(event_id)
        if event is None:
            return Invalid([FieldError("acara", f"acara nomor {event_id} tidak ditemukan")])
        scans, _ = station_repo.recorded_scans(event_id)
        return StationRecords(
            event_key(event), station, self.clock.now(),
            station_repo.recorded_checkins(event_id), scans,
        )  # fmt: skip

    def merge_files(self, event_id: int, files: list[tuple[str, str]]) -> MergeReport | Invalid:
        """``(name, text)`` of each file; one bad file refuses them all, nothing changed."""
        parsed = []
        for name, text in files:
            records = read_records(text)
            if isinstance(records, str):
                return Invalid([FieldError(name, records)])
            parsed.append((name, records))
        event = events_repo.get_event(event_id)
        if event is None:
            return Invalid([FieldError("acara", f"acara nomor {event_id} tidak ditemukan")])
        for name, records in parsed:
            if records.event.day != event.day:
                return Invalid([FieldError(name, self._other_event(records.event, event))])
        report = MergeReport()
        with self.store.write():
            for _, records in parsed:
                self._merge(event, records, report)
        return report

    def merge(self, event_id: int, records: StationRecords) -> MergeReport | Invalid:
        event = events_repo.get_event(event_id)
        if event is None:
            return Invalid([FieldError("acara", f"acara nomor {event_id} tidak ditemukan")])
        report = MergeReport()
        with self.store.write():
            self._merge(event, records, report)
        return report

    def _merge(self, event: Event, records: StationRecords, report: MergeReport) -> None:
        event_id = int(event.id or 0)
        organisation = int(event.organisation_id or 0)
        people: dict[str, Person | None] = {}
        for checkin in records.checkins:
            person = self._person(event, checkin, people)
            if person is None:
                report.conflicts.append(
                    Conflict(checkin.id_number, "", None, "", checkin.at, checkin.station,
                             "tidak ada di daftar pegawai")
                )  # fmt: skip
                continue
            removed = removed_problem(person)
            if removed:
                report.conflicts.append(
                    Conflict(checkin.id_number, person.display_name, None, "", checkin.at,
                             checkin.station, removed)
                )  # fmt: skip
                continue
            self._merge_checkin(event_id, person, checkin, report)
        for scan in records.scans:
            person_id = None
            if scan.id_number is not None:
                if scan.id_number not in people:
                    people[scan.id_number] = people_repo.person_by_id_number(
                        organisation, scan.id_number
                    )
                found = people[scan.id_number]
                person_id = found.id if found else None
            if not station_repo.scan_logged(event_id, scan, person_id):
                checkins_repo.log_scan(
                    ScanAttempt(
                        event_id, scan.at, scan.station, scan.method, scan.raw, scan.outcome,
                        person_id,
                    )
                )  # fmt: skip
                report.scans_added += 1

    def _merge_checkin(
        self, event_id: int, person: Person, checkin: RecordedCheckin, report: MergeReport
    ) -> None:
        entry = CheckinEntry(
            event_id, person.id, checkin.at, checkin.station, checkin.method, checkin.operator,
            checkin.late, checkin.note,
        )  # fmt: skip
        prior = checkins_repo.prior_checkin(event_id, person.id)
        action = merge_action(prior, checkin)
        details = checkin_details(
            person.id_number, checkin.at, checkin.station, checkin.method.value
        )
        if action is MergeAction.ADD and checkins_repo.insert_checkin(entry):
            # Admitted at that gate though not on the list: on the list here too.
            if not person.is_guest and people_repo.add_attendees(event_id, [person.id]):
                audit_repo.append(
                    self.actor, "event.admit", "person", person.id, self.clock.now(), event_id,
                    {"station": checkin.station, "merged": True},
                )  # fmt: skip
            audit_repo.append(
                self.actor, "checkin.merge", "person", person.id, self.clock.now(), event_id,
                details,
            )  # fmt: skip
            report.added += 1
            return
        prior = prior or checkins_repo.prior_checkin(event_id, person.id)
        assert prior is not None
        if action is MergeAction.MOVE_EARLIER:
            station_repo.move_checkin(entry)
            audit_repo.append(
                self.actor, "checkin.earlier", "person", person.id, self.clock.now(), event_id,
                details | {"was_at": prior.at, "was_station": prior.station},
            )  # fmt: skip
            report.moved_earlier += 1
            report.conflicts.append(
                Conflict(person.id_number, person.display_name, checkin.at, checkin.station,
                         prior.at, prior.station)
            )  # fmt: skip
        elif is_same_checkin(prior, checkin):
            report.unchanged += 1
        else:
            report.unchanged += 1
            report.conflicts.append(
                Conflict(person.id_number, person.display_name, prior.at, prior.station,
                         checkin.at, checkin.station)
            )  # fmt: skip

    def _person(
        self, event: Event, checkin: RecordedCheckin, people: dict[str, Person | None]
    ) -> Person | None:
        """The person on this laptop's roster; a walk-in guest is added as a guest."""
        organisation = int(event.organisation_id or 0)
        if checkin.id_number not in people:
            people[checkin.id_number] = people_repo.person_by_id_number(
                organisation, checkin.id_number
            )
        person = people[checkin.id_number]
        if person is None and checkin.guest is not None:
            draft = guest_person(Guest(checkin.guest.name, checkin.id_number,
                                       checkin.guest.unit, checkin.note))  # fmt: skip
            (new_id,) = people_repo.insert_people(organisation, [draft], self.clock.now())
            audit_repo.append(
                self.actor, "person.guest", "person", new_id, self.clock.now(), event.id,
                {"name": draft.name, "id_number": draft.id_number, "merged": True},
            )  # fmt: skip
            person = people[checkin.id_number] = people_repo.person_by_id(new_id)
        return person

    @staticmethod
    def _other_event(key: EventKey, event: Event) -> str:
        return (
            f"berkas ini dari acara lain: “{key.title}” tanggal {key.day.isoformat()}, "
            f"bukan “{event.title}” tanggal {event.day.isoformat()}"
        )
