"""Check-in: the one path for camera, USB scanner, pasted codes, manual entry, walk-ins
and the command line.

Every attempt is one transaction: verify the badge, re-read the person's state, decide
with ``app.core.checkin``, store the check-in (the unique constraint has the last word),
log the attempt in the scan log and audit the change. Nothing here raises on what was
scanned or typed; refusals are outcomes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from app.core.admin_pin import PinCheck
from app.core.badge_token import Rejection
from app.core.checkin import (
    CheckinResult,
    Guest,
    Method,
    PriorCheckin,
    RecentCheckin,
    ScanAttempt,
    clean_raw,
    decide,
    guest_person,
    guest_problems,
    is_late,
    is_repeat,
    rejection_outcome,
    removed_problem,
)
from app.core.checkin_audit import record_details
from app.core.errors import FieldError
from app.core.events import Event, moments_of
from app.core.moments import FIRST_MOMENT, Moment, by_number, moment_at
from app.core.outcomes import Outcome
from app.core.people import Person
from app.core.refusals import Refusal, Refused
from app.core.station_records import GuestDetails, RecordedCheckin, RecordedScan, entry_for
from app.core.station_time import Stamp
from app.services.auditor import Auditor
from app.services.badge_service import BadgeService
from app.services.event_service import Invalid
from app.services.pin_service import PinService
from app.services.record_sealer import RecordSealer
from app.services.station_clock import StationClock
from app.store.store import Store

MAX_NOTE = 200


@dataclass(frozen=True)
class Gate:
    """Where, how and when an attempt came in, and the moment it counts for."""

    event: Event
    station: str
    method: Method
    stamp: Stamp
    moment: Moment
    closed: bool = False  # HR closed the event's gate (``gate_service``)

    @property
    def at(self) -> datetime:
        return self.stamp.at

    @property
    def event_id(self) -> int:
        return int(self.event.id or 0)


@dataclass(frozen=True)
class Cancelled:
    person: Person
    was: PriorCheckin


class CheckinService:
    def __init__(
        self, store: Store, clock: StationClock, actor: str, badges: BadgeService,
        pins: PinService, sealer: RecordSealer,
    ) -> None:  # fmt: skip
        self.store = store
        self.station_clock = clock
        self.clock = clock.clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock.clock)
        self.badges = badges
        self.pins = pins
        self.sealer = sealer

    def scan(
        self, event_id: int, raw: object, method: Method = Method.SCANNER, station: str = "",
        moment: int | None = None,
    ) -> CheckinResult:  # fmt: skip
        """A badge read by camera, scanner, paste or the command line; ``moment``: the
        number the gate chose by hand, None for the moment whose window holds now."""
        text = clean_raw(raw)
        with self.store.write():
            gate = self._gate(event_id, station, method, moment)
            if gate is None:
                return CheckinResult(Outcome.INVALID, self.clock.now(), station, method)
            organisation = int(gate.event.organisation_id or 0)
            verification = self.badges.verify(organisation, text)
            if isinstance(verification, Rejection):
                outcome = rejection_outcome(verification.reason)
                owner = None
                if verification.claim is not None and outcome is Outcome.REVOKED:
                    owner = self.store.people.person_by_id_number(
                        organisation, verification.claim.person_id
                    )
                self._log(gate, text, outcome, owner)
                return CheckinResult(
                    outcome, gate.at, gate.station, method, owner, verification.reason,
                    moment=gate.moment,
                )  # fmt: skip
            person = self.store.people.person_by_id_number(
                organisation, verification.claim.person_id
            )
            assert person is not None  # verify() found this person active on the roster
            result = self._record(gate, person, text)
        return self._with_photo(result)

    def admit(
        self, event_id: int, person_id: int, method: Method, station: str,
        moment: int | None = None,
    ) -> CheckinResult | Invalid:  # fmt: skip
        """Let in a valid badge holder who is not on the event's list (and add them to it)."""
        with self.store.write():
            gate = self._gate(event_id, station, method, moment)
            person = self.store.people.person_by_id(person_id)
            if gate is None or person is None or person.is_guest:
                return Invalid([FieldError("peserta", Refused(Refusal.PERSON_OR_EVENT_NOT_FOUND))])
            removed = removed_problem(person)
            if removed:
                return Invalid([FieldError("peserta", removed)])
            if gate.closed:
                return self._refuse_closed(gate, person.id_number, person)
            if self.store.people.add_attendees(gate.event_id, [person_id]):
                self.audit.record(
                    "event.admit",
                    "person",
                    person_id,
                    gate.event_id,
                    {"station": station},
                    at=gate.at,
                )
            result = self._record(gate, person, person.id_number, "diizinkan masuk di gerbang")
        return self._with_photo(result)

    def manual(
        self, event_id: int, person_id: int, reason: str, station: str,
        moment: int | None = None,
    ) -> CheckinResult | Invalid:  # fmt: skip
        """Record someone found by name or NIP (forgot the badge); the reason is kept."""
        reason = clean_raw(reason)[:MAX_NOTE]
        if not reason:
            return Invalid([FieldError("alasan", Refused(Refusal.REASON_REQUIRED))])
        with self.store.write():
            gate = self._gate(event_id, station, Method.MANUAL, moment)
            person = self.store.people.person_by_id(person_id)
            if gate is None or person is None:
                return Invalid([FieldError("peserta", Refused(Refusal.PERSON_OR_EVENT_NOT_FOUND))])
            removed = removed_problem(person)
            if removed:
                return Invalid([FieldError("peserta", removed)])
            result = self._record(gate, person, person.id_number, reason)
        return self._with_photo(result)

    def walk_in(
        self, event_id: int, guest: Guest, station: str, moment: int | None = None
    ) -> CheckinResult | Invalid:
        """Record a guest who is not on the roster: added as a guest, counted as a walk-in."""
        errors = guest_problems(guest)
        if errors:
            return Invalid(errors)
        with self.store.write():
            gate = self._gate(event_id, station, Method.WALKIN, moment)
            if gate is None:
                return Invalid([FieldError("acara", Refused(Refusal.EVENT_MISSING))])
            if gate.closed:
                return self._refuse_closed(gate, clean_raw(guest.id_number), None)
            organisation = int(gate.event.organisation_id or 0)
            draft = guest_person(guest)
            person = self.store.people.person_by_id_number(organisation, draft.id_number)
            if person is not None and not person.is_guest:
                return Invalid(
                    [
                        FieldError(
                            "nomor",
                            Refused(Refusal.NUMBER_OF_EMPLOYEE, person=person.display_name),
                        )
                    ]
                )
            if person is None:
                (new_id,) = self.store.people.insert_people(organisation, [draft], gate.at)
                self.audit.record(
                    "person.guest",
                    "person",
                    new_id,
                    gate.event_id,
                    {"name": draft.name, "id_number": draft.id_number, "unit": draft.unit},
                    at=gate.at,
                )
                person = self.store.people.person_by_id(new_id)
                assert person is not None
            result = self._record(gate, person, draft.id_number, clean_raw(guest.reason))
        return self._with_photo(result)

    def cancel(
        self, event_id: int, person_id: int, reason: str, pin: str, moment: int = FIRST_MOMENT
    ) -> Cancelled | Invalid | PinCheck:
        """Undo a wrong check-in (of one moment): only with the supervisor PIN and a reason,
        audited."""
        reason = clean_raw(reason)[:MAX_NOTE]
        if not reason:
            return Invalid([FieldError("alasan", Refused(Refusal.CANCEL_REASON_REQUIRED))])
        with self.store.write():
            check = self.pins.check_within_transaction(pin)
            if not check.accepted:
                return check
            person = self.store.people.person_by_id(person_id)
            prior = self.store.checkins.prior_checkin(event_id, person_id, moment)
            if person is None or prior is None:
                return Invalid([FieldError("peserta", Refused(Refusal.NOT_CHECKED_IN))])
            self.store.checkins.delete_checkin(event_id, person_id, moment)
            self.audit.record(
                "checkin.cancel",
                "person",
                person_id,
                event_id,
                {
                    "reason": reason,
                    "at": prior.at,
                    "station": prior.station,
                    "method": prior.method,
                    "moment": moment,
                },
            )
        return Cancelled(person, prior)

    def recent(self, event_id: int, limit: int = 20) -> list[RecentCheckin]:
        return self.store.checkins.recent_checkins(event_id, limit)

    def search(self, event_id: int, text: str, limit: int = 50) -> list[Person]:
        """People on the event's list by name or NIP, for a forgotten badge."""
        text = clean_raw(text)
        return self.store.people.search_expected(event_id, text, limit) if text else []

    def _gate(
        self, event_id: int, station: str, method: Method, moment: int | None = None
    ) -> Gate | None:
        event = self.store.events.get_event(event_id)
        if event is None:
            return None
        name = clean_raw(station)[:60] or "Gerbang"
        stamp = self.station_clock.now()
        moments = moments_of(event)
        chosen = by_number(moments, moment) if moment is not None else None
        closed = self.store.gate_state.closed_at(event_id) is not None
        at_moment = chosen or moment_at(moments, stamp.at, event.day)
        return Gate(event, name, method, stamp, at_moment, closed)

    def _record(self, gate: Gate, person: Person, raw: str, note: str = "") -> CheckinResult:
        if gate.closed:
            return self._refuse_closed(gate, raw, person)
        number = gate.moment.number
        arrival, notice = self.store.checkins.arrival(gate.event_id, person.id, number)
        late = is_late(gate.event.day, gate.moment.late_after, gate.at)
        # Walk-in guests are never on the list; they are counted as walk-ins instead.
        outcome = decide(arrival, late, admit=person.is_guest)
        prior = arrival.prior
        if outcome.is_recorded:
            guest = GuestDetails(person.name, person.unit) if person.is_guest else None
            record = RecordedCheckin(
                person.id_number, gate.at, gate.station, gate.method, self.actor, late, note,
                guest, time_source=gate.stamp.source, clock_offset_s=gate.stamp.offset_s,
                offset_age_s=gate.stamp.offset_age_s, moment=number,
            )  # fmt: skip
            record = self.sealer.sealed(gate.event, record)
            if self.store.checkins.insert_checkin(entry_for(gate.event_id, person.id, record)):
                self.audit.record(
                    "checkin.record",
                    "person",
                    person.id,
                    gate.event_id,
                    record_details(record),
                    at=gate.at,
                )
            else:  # another station recorded them between our read and our insert
                outcome = Outcome.DUPLICATE
                prior = self.store.checkins.prior_checkin(gate.event_id, person.id, number)
        self._log(gate, raw, outcome, person)
        return CheckinResult(
            outcome, gate.at, gate.station, gate.method, person,
            first=prior, repeat=is_repeat(prior, gate.station, gate.at),
            notice=notice, note=note, moment=gate.moment,
        )  # fmt: skip

    def _refuse_closed(self, gate: Gate, raw: str, person: Person | None) -> CheckinResult:
        """The attempt is kept in the scan log, like every refusal; nothing is recorded."""
        self._log(gate, raw, Outcome.GATE_CLOSED, person)
        return CheckinResult(Outcome.GATE_CLOSED, gate.at, gate.station, gate.method, person)

    def _log(self, gate: Gate, raw: str, outcome: Outcome, person: Person | None) -> None:
        record = RecordedScan(
            person.id_number if person else None, gate.at, gate.station, gate.method, raw,
            outcome,
        )  # fmt: skip
        self.store.checkins.log_scan(
            ScanAttempt(
                gate.event_id, gate.at, gate.station, gate.method, raw, outcome,
                person.id if person else None, self.sealer.scan(gate.event, record),
            )
        )  # fmt: skip

    def _with_photo(self, result: CheckinResult) -> CheckinResult:
        if result.person is None:
            return result
        return replace(result, photo=self.store.people.photo(result.person.id))
