"""Moving check-ins between stations: a file from each gate laptop merged on HR's, and a
gate's offline outbox sent to the venue server. Both merge the same way: idempotent, the
earliest check-in of a person wins, every scan attempt is kept, conflicts are reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.core.checkin import Guest, ScanAttempt, guest_person, removed_problem
from app.core.checkin_audit import record_details
from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.events import Event, moments_of
from app.core.export_clock import (
    OWN_CLOCK,
    SKEWED_KEPT_WORDS,
    ClockChoice,
    ExportClock,
    compare_export,
    corrected,
    undecided,
)
from app.core.gate_closing import closed_during
from app.core.locale_format import clock_time
from app.core.people import Person
from app.core.refusals import Refusal, Refused
from app.core.station_identity import SealChecker, fingerprint_of, signature_holds
from app.core.station_records import (
    EventKey,
    MergeAction,
    RecordedCheckin,
    StationRecords,
    checkin_message,
    entry_for,
    is_same_checkin,
    merge_action,
    read_records,
    scan_message,
)
from app.services.auditor import Auditor
from app.services.enrolment_service import EnrolmentService
from app.services.event_service import Invalid, event_not_found
from app.services.record_sealer import RecordSealer, event_key
from app.store.store import Store

MAX_STATION_FILE_BYTES = 64 * 1024 * 1024
TOO_BIG = Refused(Refusal.STATION_FILE_TOO_BIG)
NOT_STATION_FILE = Refused(Refusal.NOT_STATION_FILE)


def unreadable(error: OSError) -> Refused:
    return Refused(Refusal.STATION_FILE_UNREADABLE, why=error.strerror)


@dataclass(frozen=True)
class Conflict:
    """Two stations recorded one person: which check-in counts, and which was set aside.
    A time corrected by a station's measured clock offset is listed too (``corrected_s``:
    the seconds added; ``other_at``: the time as the station stamped it)."""

    id_number: str
    name: str
    kept_at: datetime | None
    kept_station: str
    other_at: datetime
    other_station: str
    problem: str = ""  # set when the other one could not be merged at all
    corrected_s: int | None = None
    moment: str = ""  # the moment's name, when the event has more than one


@dataclass
class MergeReport:
    added: int = 0
    moved_earlier: int = 0
    unchanged: int = 0
    scans_added: int = 0
    corrected: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    clocks: list[ExportClock] = field(default_factory=list)


@dataclass(frozen=True)
class ClockCheck:
    """Station files read once and their clocks measured, for HR to choose and then merge
    these same bytes measured at this same moment: the offset HR was shown is the one used,
    however long they took to choose, and a file changed on disk since is not merged."""

    files: list[tuple[str, str]]  # (name, text)
    measured_at: datetime  # this laptop's clock when the files were read
    to_decide: list[ExportClock]  # skewed, with times of their own: HR must choose


@dataclass(frozen=True)
class FileClock:
    """How a file's check-ins are timed in this merge."""

    offset_s: int | None = None  # correct own-clock records by this much (None: leave them)
    measured_at: datetime | None = None  # the station's clock when the offset was measured
    may_move_earlier: bool = True  # False: a skewed clock, uncorrected, cannot win

    def fix(self, record: RecordedCheckin, event: Event) -> RecordedCheckin | None:
        if self.offset_s is None or self.measured_at is None:
            return None
        return corrected(record, self.offset_s, self.measured_at, event)

    def may_win(self, record: RecordedCheckin) -> bool:
        return self.may_move_earlier or record.time_source not in OWN_CLOCK


class StationService:
    def __init__(
        self, store: Store, clock: Clock, actor: str, enrolment: EnrolmentService,
        sealer: RecordSealer,
    ) -> None:  # fmt: skip
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)
        self.enrolment = enrolment
        self.sealer = sealer

    def export(self, event_id: int, station: str) -> StationRecords | Invalid:
        """Everything this database recorded at the event, for ``merge`` on another laptop:
        each record with its seal; the file is signed when written (``write_records``)."""
        event = self.store.events.get_event(event_id)
        if event is None:
            return event_not_found(event_id)
        scans, _ = self.store.station.recorded_scans(event_id)
        return StationRecords(
            event_key(self.store, event), station, self.clock.now(),
            self.store.station.recorded_checkins(event_id), scans,
        )  # fmt: skip

    def merge_files(
        self, event_id: int, files: list[tuple[str, str]], choice: ClockChoice = ClockChoice.ASK,
        measured_at: datetime | None = None,
    ) -> MergeReport | Invalid:  # fmt: skip
        """``(name, text)`` of each file; one bad file refuses them all, nothing changed.

        Each file's export time is held against this laptop's clock (at ``measured_at``, the
        ``ClockCheck`` HR chose on, else now); a station found more than 30 seconds off is
        refused until ``choice`` says whether to correct its times."""
        checked = self._checked(event_id, files)
        if isinstance(checked, Invalid):
            return checked
        event, parsed = checked
        report = MergeReport()
        timings = []
        now = measured_at or self.clock.now()
        for name, records in parsed:
            clock = compare_export(records.station, records.exported_at, now)
            if _needs_choice(clock, records) and choice is ClockChoice.ASK:
                return Invalid([FieldError(name, undecided(clock))])
            report.clocks.append(clock)
            timings.append(self._file_clock(clock, records, choice))
        with self.store.write():
            for (name, records), timing, clock in zip(parsed, timings, report.clocks, strict=True):
                if clock.skewed:  # whichever way HR chose, the choice is on the record
                    self.audit.record(
                        "merge.clock",
                        "station",
                        records.station,
                        event_id,
                        {
                            "file": name,
                            "offset_s": clock.offset_s,
                            "choice": choice.value,
                            "verdict": clock.verdict,
                        },
                    )
                self._merge(event, records, report, timing)
        return report

    @staticmethod
    def _file_clock(clock: ExportClock, records: StationRecords, choice: ClockChoice) -> FileClock:
        if not clock.skewed:
            return FileClock()
        if choice is ClockChoice.CORRECT:
            return FileClock(clock.offset_s, records.exported_at)
        return FileClock(may_move_earlier=False)

    def merge_paths(
        self, event_id: int, paths: list[Path], choice: ClockChoice = ClockChoice.ASK
    ) -> MergeReport | Invalid:
        """``merge_files`` on files read from disk; an unreadable one is named."""
        files = _read_paths(paths)
        if isinstance(files, Invalid):
            return files
        return self.merge_files(event_id, files, choice)

    def check_clocks(self, event_id: int, paths: list[Path]) -> ClockCheck | Invalid:
        """The files read and checked as the merge checks them (a file changed after export,
        from another event or an unknown station is refused now, before HR is asked about
        clocks), with those whose station clock reads more than 30 seconds off this laptop's
        and records stamped by that clock: HR must choose before merging them
        (``merge_files`` with ``files`` and ``measured_at``). Nothing changes."""
        files = _read_paths(paths)
        if isinstance(files, Invalid):
            return files
        checked = self._checked(event_id, files)
        if isinstance(checked, Invalid):
            return checked
        now = self.clock.now()
        clocks = [(compare_export(r.station, r.exported_at, now), r) for _, r in checked[1]]
        to_decide = [clock for clock, records in clocks if _needs_choice(clock, records)]
        return ClockCheck(files, now, to_decide)

    def _checked(
        self, event_id: int, files: list[tuple[str, str]]
    ) -> tuple[Event, list[tuple[str, StationRecords]]] | Invalid:
        """The event and each file's records, once every file is whole, of this event's day
        and sealed by an enrolled station; else the first file's problem."""
        parsed = []
        for name, text in files:
            records = read_records(text)
            if isinstance(records, str):
                return Invalid([FieldError(name, records)])
            parsed.append((name, records))
        event = self.store.events.get_event(event_id)
        if event is None:
            return event_not_found(event_id)
        checker = self.enrolment.checker()
        for name, records in parsed:
            if records.event.day != event.day:
                return Invalid([FieldError(name, self._other_event(records.event, event))])
            problem = self._file_problem(records, checker) or self._seal_problem(
                records, event_key(self.store, event), checker
            )
            if problem:
                return Invalid([FieldError(name, problem)])
        return event, parsed

    def merge(
        self, event_id: int, records: StationRecords, timing: FileClock | None = None
    ) -> MergeReport | Invalid:
        """A gate's outbox: every record must carry a valid seal of an enrolled station.
        ``timing``: the offset the gate measured on reconnecting, for the records it
        stamped by its own clock before it had ever reached the server."""
        event = self.store.events.get_event(event_id)
        if event is None:
            return event_not_found(event_id)
        problem = self._seal_problem(
            records, event_key(self.store, event), self.enrolment.checker()
        )
        if problem:
            return Invalid([FieldError(records.station, problem)])
        report = MergeReport()
        with self.store.write():
            self._merge(event, records, report, timing or FileClock())
        return report

    def _merge(
        self, event: Event, records: StationRecords, report: MergeReport, timing: FileClock
    ) -> None:
        event_id = int(event.id or 0)
        organisation = int(event.organisation_id or 0)
        people: dict[str, Person | None] = {}
        # A gate with no network knew nothing of a closing: its times while the gate was
        # closed stay out, even when HR reopened it before merging.
        closings = self.store.gate_state.closings(event_id)
        moments = {moment.number: moment.name for moment in moments_of(event)}
        for checkin in records.checkins:
            fixed = timing.fix(checkin, event)
            when = (fixed or checkin).at  # a clock set back: not its stamp
            closed = closed_during(closings, when)
            if closed is not None:
                report.conflicts.append(
                    Conflict(checkin.id_number, "", None, "", when, checkin.station,
                             Refused(Refusal.CONFLICT_AFTER_CLOSE, time=clock_time(closed.time())))
                )  # fmt: skip
                continue
            if checkin.moment not in moments:
                report.conflicts.append(
                    Conflict(checkin.id_number, "", None, "", checkin.at, checkin.station,
                             Refused(Refusal.CONFLICT_NO_SUCH_MOMENT, number=checkin.moment))
                )  # fmt: skip
                continue
            moment = moments[checkin.moment] if len(moments) > 1 else ""
            person = self._person(event, checkin, people)
            if person is None:
                report.conflicts.append(
                    Conflict(checkin.id_number, "", None, "", checkin.at, checkin.station,
                             Refused(Refusal.CONFLICT_NOT_ON_ROSTER), moment=moment)
                )  # fmt: skip
                continue
            removed = removed_problem(person)
            if removed:
                report.conflicts.append(
                    Conflict(checkin.id_number, person.display_name, None, "", checkin.at,
                             checkin.station, removed, moment=moment)
                )  # fmt: skip
                continue
            self._merge_checkin(event, person, checkin, fixed, report, timing, moment)
        for scan in records.scans:
            person_id = None
            if scan.id_number is not None:
                if scan.id_number not in people:
                    people[scan.id_number] = self.store.people.person_by_id_number(
                        organisation, scan.id_number
                    )
                found = people[scan.id_number]
                person_id = found.id if found else None
            if not self.store.station.scan_logged(event_id, scan, person_id):
                self.store.checkins.log_scan(
                    ScanAttempt(
                        event_id, scan.at, scan.station, scan.method, scan.raw, scan.outcome,
                        person_id, scan.seal,
                    )
                )  # fmt: skip
                report.scans_added += 1

    def _merge_checkin(
        self, event: Event, person: Person, checkin: RecordedCheckin,
        fixed: RecordedCheckin | None, report: MergeReport, timing: FileClock, moment: str,
    ) -> None:  # fmt: skip
        """``fixed``: the check-in as its station's clock correction moves it (None: as stamped)."""
        event_id = int(event.id or 0)
        stamped = checkin
        if fixed is not None:  # sealed here: the station's seal covers the time it stamped
            checkin = self.sealer.sealed(event, fixed)
            report.corrected += 1
            report.conflicts.append(
                Conflict(person.id_number, person.display_name, checkin.at, checkin.station,
                         stamped.at, stamped.station, corrected_s=checkin.clock_offset_s,
                         moment=moment)
            )  # fmt: skip
        entry = entry_for(event_id, person.id, checkin)
        prior = self.store.checkins.prior_checkin(event_id, person.id, checkin.moment)
        action = merge_action(prior, checkin)
        if action is MergeAction.MOVE_EARLIER and not timing.may_win(checkin):
            action = MergeAction.KEEP
        details = record_details(checkin) | stamped_details(stamped, fixed is not None)
        if action is MergeAction.ADD and self.store.checkins.insert_checkin(entry):
            # Admitted at that gate though not on the list: on the list here too.
            if not person.is_guest and self.store.people.add_attendees(event_id, [person.id]):
                self.audit.record(
                    "event.admit",
                    "person",
                    person.id,
                    event_id,
                    {"station": checkin.station, "merged": True},
                )
            self.audit.record("checkin.merge", "person", person.id, event_id, details)
            report.added += 1
            return
        prior = prior or self.store.checkins.prior_checkin(event_id, person.id, checkin.moment)
        assert prior is not None
        if action is MergeAction.MOVE_EARLIER:
            self.store.station.move_checkin(entry)
            self.audit.record(
                "checkin.earlier",
                "person",
                person.id,
                event_id,
                details | {"was_at": prior.at, "was_station": prior.station},
            )
            report.moved_earlier += 1
            report.conflicts.append(
                Conflict(person.id_number, person.display_name, checkin.at, checkin.station,
                         prior.at, prior.station, moment=moment)
            )  # fmt: skip
        elif is_same_checkin(prior, checkin):
            report.unchanged += 1
        else:
            report.unchanged += 1
            problem = "" if timing.may_win(checkin) else SKEWED_KEPT_WORDS
            report.conflicts.append(
                Conflict(person.id_number, person.display_name, prior.at, prior.station,
                         checkin.at, checkin.station, problem, moment=moment)
            )  # fmt: skip

    def _person(
        self, event: Event, checkin: RecordedCheckin, people: dict[str, Person | None]
    ) -> Person | None:
        """The person on this laptop's roster; a walk-in guest is added as a guest."""
        organisation = int(event.organisation_id or 0)
        if checkin.id_number not in people:
            people[checkin.id_number] = self.store.people.person_by_id_number(
                organisation, checkin.id_number
            )
        person = people[checkin.id_number]
        if person is None and checkin.guest is not None:
            draft = guest_person(Guest(checkin.guest.name, checkin.id_number,
                                       checkin.guest.unit, checkin.note))  # fmt: skip
            (new_id,) = self.store.people.insert_people(organisation, [draft], self.clock.now())
            self.audit.record(
                "person.guest",
                "person",
                new_id,
                event.id,
                {"name": draft.name, "id_number": draft.id_number, "merged": True},
            )
            person = people[checkin.id_number] = self.store.people.person_by_id(new_id)
        return person

    @staticmethod
    def _file_problem(records: StationRecords, checker: SealChecker) -> Refused | None:
        """The file is signed by a station this database enrolled, over exactly its records."""
        seal = records.file_seal
        if seal is None:
            return Refused(Refusal.STATION_FILE_UNSIGNED)
        fingerprint = fingerprint_of(seal.public_key)
        station = checker.stations.get(fingerprint)
        if station is None or station.public_key != seal.public_key:
            return Refused(
                Refusal.STATION_FILE_UNKNOWN_STATION,
                station=records.station,
                fingerprint=fingerprint,
            )
        if not signature_holds(checker.key_of(station), seal.signature, seal.signed):
            return Refused(Refusal.STATION_FILE_ALTERED)
        return checker.problem_of_station(station)

    @staticmethod
    def _seal_problem(
        records: StationRecords, key: EventKey, checker: SealChecker
    ) -> Refused | None:
        """The first record whose seal does not hold, named by its place in the file."""
        for index, checkin in enumerate(records.checkins):
            problem = checker.problem(checkin.seal, checkin_message(key, checkin))
            if problem:
                return Refused(
                    Refusal.CHECKIN_SEAL_PROBLEM, index=index, number=checkin.id_number,
                    time=f"{checkin.at:%H:%M:%S}", problem=problem,
                )  # fmt: skip
        for index, scan in enumerate(records.scans):
            problem = checker.problem(scan.seal, scan_message(key, scan))
            if problem:
                return Refused(
                    Refusal.SCAN_SEAL_PROBLEM, index=index, scanned=scan.id_number or scan.raw[:20],
                    problem=problem,
                )  # fmt: skip
        return None

    @staticmethod
    def _other_event(key: EventKey, event: Event) -> Refused:
        return Refused(
            Refusal.STATION_FILE_OTHER_EVENT, title=key.title, day=key.day.isoformat(),
            event=event.title, event_day=event.day.isoformat(),
        )  # fmt: skip


def stamped_details(stamped: RecordedCheckin, was_corrected: bool) -> dict[str, object]:
    """For the audit entry of a corrected check-in: the record as its station sealed it."""
    if not was_corrected:
        return {}
    seal = stamped.seal
    return {
        "stamped_at": stamped.at, "stamped_late": stamped.late,
        "stamped_signer": seal.signer if seal else "",
        "stamped_signature": seal.signature if seal else "",
    }  # fmt: skip


def _read_paths(paths: list[Path]) -> list[tuple[str, str]] | Invalid:
    """``(name, text)`` of each file; the first that cannot be read is named."""
    files = []
    for path in paths:
        try:
            if path.stat().st_size > MAX_STATION_FILE_BYTES:
                return Invalid([FieldError(str(path), TOO_BIG)])
            files.append((str(path), path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            return Invalid([FieldError(str(path), NOT_STATION_FILE)])
        except OSError as error:
            return Invalid([FieldError(str(path), unreadable(error))])
    return files


def _needs_choice(clock: ExportClock, records: StationRecords) -> bool:
    """Skewed, and some of its times are the station's own (not the server's)."""
    return clock.skewed and any(c.time_source in OWN_CLOCK for c in records.checkins)
