"""A gate's link to the venue server, and what it does without it.

Online, every call goes to the server as on any station. When the server is lost (a
``ServerLost`` from the store), the gate carries on against its local cache: badges are
verified with the cached public key and roster, check-ins are recorded there, and each
attempt waits in the cache's scan log (the outbox). ``sync``, called every few seconds
off the UI thread, keeps the cache fresh while online and, once the server answers
again, sends the outbox through the same merge as ``netra station merge``: no
duplicates, the earliest check-in of a person wins, every attempt kept.

On a station with its own SQLite file there is nothing to lose: no cache, no outbox.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

from app.core.admin_pin import PinCheck
from app.core.attendance import AttendanceCounts
from app.core.checkin import CheckinResult, Guest, Method, RecentCheckin
from app.core.errors import FieldError
from app.core.journal_seal import SEAL_FIELD, journal_message
from app.core.moments import FIRST_MOMENT
from app.core.outcomes import Outcome
from app.core.people import Person
from app.core.refusals import Refusal, Refused
from app.core.station_records import StationRecords
from app.core.station_time import is_skewed
from app.services.checkin_service import Cancelled, CheckinService
from app.services.event_service import Invalid
from app.services.station_clock import NOT_COMPARED, ClockCheck
from app.services.station_service import FileClock, StationService, event_key
from app.store import journal
from app.store.integrity import DatabaseGone, DiskFull, StoreTrouble
from app.store.station_cache import StationCache
from app.store.store import ServerLost, Store

T = TypeVar("T")
log = logging.getLogger("netra.station_link")

ONLINE_ONLY = Refused(Refusal.ONLINE_ONLY)
CANCEL_ONLINE_ONLY = Refused(Refusal.CANCEL_ONLINE_ONLY)
NOT_RECORDED = Refused(Refusal.SERVER_NOT_ANSWERING)


@dataclass(frozen=True)
class LinkStatus:
    shared: bool  # on a shared server (else one local database: always "online")
    online: bool
    waiting: int  # scan attempts recorded offline, not yet on the server
    trouble: str = ""  # the database cannot take scans: why, and what to do
    clock: ClockCheck = NOT_COMPARED  # this station's clock against the server's


@dataclass(frozen=True)
class GateSnapshot:
    event_id: int
    counts: AttendanceCounts
    recent: list[RecentCheckin]
    status: LinkStatus


class StationLink:
    def __init__(
        self, store: Store, checkins: CheckinService, stations: StationService,
        cache: StationCache | None = None,
    ) -> None:  # fmt: skip
        self.store = store
        self.checkins = checkins
        self.stations = stations
        self.clock = stations.clock
        self.station_clock = checkins.station_clock
        self.cache = cache
        self.online = True
        self.trouble = ""
        self.trouble_summary = ""
        self._shown: dict[int, tuple[AttendanceCounts, list[RecentCheckin]]] = {}
        self._sync_lock = threading.Lock()
        self._refused: set[int] = set()  # events whose outbox the server refused (logged once)

    # -- what the gate calls ---------------------------------------------------------------

    # ``moment``: the number the gate chose by hand; None records into the moment whose
    # window holds the time of the check-in (the journal keeps the choice with the line).

    def scan(
        self, event_id: int, raw: object, method: Method, station: str,
        moment: int | None = None,
    ) -> CheckinResult:  # fmt: skip
        entry = {"kind": "scan", "event_id": event_id, "raw": str(raw), "method": method.value,
                 "moment": moment}  # fmt: skip
        return self._saving(
            lambda: self._either(
                lambda: self.checkins.scan(event_id, raw, method, station, moment)
            ),
            entry, method, station,
        )  # fmt: skip

    def manual(
        self, event_id: int, person_id: int, reason: str, station: str,
        moment: int | None = None,
    ) -> CheckinResult | Invalid:  # fmt: skip
        entry = {"kind": "manual", "event_id": event_id, "person_id": person_id,
                 "reason": reason, "method": Method.MANUAL.value, "moment": moment}  # fmt: skip
        return self._saving(
            lambda: self._either(
                lambda: self.checkins.manual(event_id, person_id, reason, station, moment)
            ),
            entry, Method.MANUAL, station,
        )  # fmt: skip

    def search(self, event_id: int, text: str) -> list[Person]:
        return self._either(lambda: self.checkins.search(event_id, text))

    def walk_in(
        self, event_id: int, guest: Guest, station: str, moment: int | None = None
    ) -> CheckinResult | Invalid:
        """A new guest needs the server: a row made offline could collide with its numbering."""
        entry = {"kind": "walkin", "event_id": event_id, "guest": asdict(guest),
                 "method": Method.WALKIN.value, "moment": moment}  # fmt: skip
        return self._saving(
            lambda: self._online_only(
                lambda: self.checkins.walk_in(event_id, guest, station, moment)
            ),
            entry, Method.WALKIN, station,
        )  # fmt: skip

    def admit(
        self, event_id: int, person_id: int, method: Method, station: str,
        moment: int | None = None,
    ) -> CheckinResult | Invalid:  # fmt: skip
        entry = {"kind": "admit", "event_id": event_id, "person_id": person_id,
                 "method": method.value, "moment": moment}  # fmt: skip
        return self._saving(
            lambda: self._online_only(
                lambda: self.checkins.admit(event_id, person_id, method, station, moment)
            ),
            entry, method, station,
        )  # fmt: skip

    def cancel(
        self, event_id: int, person_id: int, reason: str, pin: str, moment: int = FIRST_MOMENT
    ) -> Cancelled | Invalid | PinCheck:
        """Only on the server: the cache's copy of a check-in is not the record."""
        return self._online_only(
            lambda: self.checkins.cancel(event_id, person_id, reason, pin, moment),
            CANCEL_ONLINE_ONLY,
        )

    def snapshot(self, event_id: int, recent: int = 20, moment: int = FIRST_MOMENT) -> GateSnapshot:
        """Counts (of the moment the gate records) and last check-ins from the server, or
        from the cache while offline."""
        try:
            counts, entries = self._either(
                lambda: (
                    self.store.checkins.attendance_counts(event_id, moment),
                    self.store.checkins.recent_checkins(event_id, recent) if recent else [],
                )
            )
        except StoreTrouble as trouble:  # the last figures stay up, under the red warning
            if not isinstance(trouble, DiskFull):
                self.trouble = self.trouble or trouble.message
            counts, entries = self._shown.get(event_id, (AttendanceCounts(0, 0, 0, 0), []))
        self._shown[event_id] = (counts, entries)
        return GateSnapshot(event_id, counts, entries, self.status())

    def status(self) -> LinkStatus:
        if self.cache is None:
            if self.store.is_sqlite and not self.trouble:
                try:
                    self.store.check_still_ours()
                except DatabaseGone as gone:
                    self.trouble = gone.message
            return LinkStatus(shared=False, online=True, waiting=0, trouble=self.trouble)
        with self.store.routed_to(self.cache.db):
            waiting = self.store.station.waiting_scans()
        return LinkStatus(shared=True, online=self.online, waiting=waiting,
                          clock=self.station_clock.check())  # fmt: skip

    # -- when the database cannot take what the gate is given -----------------------------

    def _saving(
        self, call: Callable[[], T], entry: dict[str, Any], method: Method, station: str
    ) -> T | CheckinResult:
        """Run ``call``; if the database is gone, damaged or full, nothing is shown as
        recorded. Once the file is gone or damaged the station stops using it, and what
        the gate is given goes to the journal beside it, to be merged back later."""
        try:
            if self.trouble:
                raise DatabaseGone(self.trouble, self.trouble_summary)
            return call()
        except StoreTrouble as trouble:
            at = self.station_clock.offline().at
            notice = trouble.summary
            if not isinstance(trouble, DiskFull):
                self.trouble, self.trouble_summary = trouble.message, trouble.summary
                kept = journal.journal_path(Path(self.store.db.database))
                line = {**entry, "station": station, "at": at.isoformat()}
                seal = self.checkins.sealer.enrolment.key.seal(journal_message(line))
                journal.append(kept, {**line, SEAL_FIELD: asdict(seal)})
                notice = Refused(Refusal.KEPT_IN_JOURNAL, notice=notice, path=kept)
            return CheckinResult(Outcome.NOT_SAVED, at, station, method, notice=notice)

    # -- keeping the cache fresh, sending the outbox ---------------------------------------

    def sync(self, event_id: int | None) -> LinkStatus:
        """Call every few seconds off the UI thread; returns the status afterwards."""
        if self.cache is None:
            return self.status()
        with self._sync_lock:
            try:
                if not self.online and self.store.reachable():
                    self.station_clock.measure()
                    self._send_outbox()
                    self.online = True
                    if event_id is not None:
                        with self.store.server_calls():
                            self.cache.refresh(event_id)
                elif self.online:
                    self.station_clock.measure_if_due()
                    # An outbox the server refused (a station HR had not approved yet)
                    # is sent again once online, not only after the next cut.
                    if self.cache.events_waiting():
                        self._send_outbox()
                    if event_id is not None:
                        with self.store.server_calls():
                            self.cache.refresh_checkins(event_id)
            except ServerLost:
                self.online = False
        return self.status()

    def _send_outbox(self) -> None:
        assert self.cache is not None
        for event_id in self.cache.events_waiting():
            with self.store.routed_to(self.cache.db):
                event = self.store.events.get_event(event_id)
                mine = self.store.station.recorded_checkins(event_id, scanned_here_only=True)
                scans, last_id = self.store.station.recorded_scans(event_id)
            if event is None:
                continue
            records = StationRecords(
                event_key(self.store, event), "", self.clock.now(), mine, scans
            )
            with self.store.server_calls():
                merged = self.stations.merge(event_id, records, self._own_clock_timing())
            if isinstance(merged, Invalid):  # e.g. HR has not enrolled this station yet
                if event_id not in self._refused:
                    log.warning("outbox of event %s kept: the server refused its seals", event_id)
                self._refused.add(event_id)
                continue
            self._refused.discard(event_id)
            with self.store.routed_to(self.cache.db), self.store.write():
                self.store.station.forget_scans(event_id, last_id)

    def _own_clock_timing(self) -> FileClock | None:
        """Records stamped by this gate's own clock (it never reached the server before)
        are corrected by the offset measured on reconnecting, if it is beyond the limit."""
        reading = self.station_clock.reading
        if reading is None or not is_skewed(reading.offset_s):
            return None
        return FileClock(reading.offset_s, reading.local_at)

    # -- routing ---------------------------------------------------------------------------

    def _either(self, call: Callable[[], T]) -> T:
        if self.cache is None:
            return call()
        if self.online:
            try:
                with self.store.server_calls():
                    return call()
            except ServerLost:
                self.online = False
        with self.store.routed_to(self.cache.db):
            return call()

    def _online_only(self, call: Callable[[], T], refusal: str = ONLINE_ONLY) -> T | Invalid:
        if self.cache is not None and self.online:
            try:
                with self.store.server_calls():
                    return call()
            except ServerLost:
                self.online = False
        if self.cache is None:
            return call()
        return Invalid([FieldError("server", refusal)])
