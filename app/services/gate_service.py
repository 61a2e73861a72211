"""Closing an event's gate: after it, no check-in is recorded for the event (scans are
refused with a clear message) until HR reopens it with the admin PIN.

Closing is an audit entry (``gate.closed``) whose detail lists every station this
database knows, what it recorded for the event and whether its records are merged here,
followed by an anchor of the chain: the laporan reads that entry, and a record written
after the close, or a rewritten chain before it, is caught by ``audit verify --anchor``.

The entry's ``details`` (JSON)::

    {"closed_at": "2024-10-01 08:00:00", "station": "<name of the closing station>",
     "stations": [{"fingerprint": "6ZT2-...", "name": "Gerbang 1", "status": "enrolled",
                   "checkins": 812, "scans": 845, "last_scan_at": "2024-10-01 07:58:10",
                   "outbox_waiting": 0, "merged": true}, ...]}

``outbox_waiting`` is null for every station but the closing one; ``merged`` is true when
this database holds the station's records (see ``StationAtClose.merged``). Reopening is
an entry ``gate.reopened`` with ``reason`` and ``was_closed_at``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core.admin_pin import PinCheck
from app.core.anchor import Anchor
from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.locale_format import clock_time
from app.core.refusals import Refusal, Refused
from app.services.anchor_service import AnchorService
from app.services.auditor import Auditor
from app.services.enrolment_service import EnrolmentService
from app.services.event_service import Invalid, event_not_found
from app.services.station_lock_service import StationLockService
from app.store.store import Store

ANCHOR_REASON = "gerbang ditutup"


@dataclass(frozen=True)
class StationAtClose:
    """One station as the close saw it. ``outbox_waiting`` is known only for the station
    that closed (None for the others: their outbox is on their own laptop)."""

    fingerprint: str
    name: str
    status: str
    checkins: int
    scans: int
    last_scan_at: datetime | None
    outbox_waiting: int | None

    @property
    def merged(self) -> bool:
        """Its records for the event are in this database: for the closing station, its
        outbox is empty; for another, this database holds at least one of its records."""
        if self.outbox_waiting is not None:
            return self.outbox_waiting == 0
        return self.checkins + self.scans > 0

    def as_detail(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint, "name": self.name, "status": self.status,
            "checkins": self.checkins, "scans": self.scans,
            "last_scan_at": self.last_scan_at.isoformat(sep=" ") if self.last_scan_at else None,
            "outbox_waiting": self.outbox_waiting, "merged": self.merged,
        }  # fmt: skip


@dataclass(frozen=True)
class GateClosed:
    closed_at: datetime
    stations: list[StationAtClose]
    anchor: Anchor


@dataclass(frozen=True)
class GateReopened:
    was_closed_at: datetime


@dataclass(frozen=True)
class GateKeepers:
    """What closing a gate consults: the stations, the anchor, the lock and its PIN."""

    enrolment: EnrolmentService
    anchors: AnchorService
    lock: StationLockService


class GateService:
    def __init__(self, store: Store, clock: Clock, actor: str, keepers: GateKeepers) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)
        self.keepers = keepers

    def closed_at(self, event_id: int) -> datetime | None:
        return self.store.gate_state.closed_at(event_id)

    def close(
        self, event_id: int, station: str, pin: str = "", waiting: int = 0
    ) -> GateClosed | Invalid | PinCheck:
        """Close the gate; the admin PIN is needed while any station of this database is
        locked (as for every change, ``app.cli.lock_guard``). ``waiting``: this station's
        records not yet sent to the server (its outbox)."""
        event = self.store.events.get_event(event_id)
        if event is None:
            return event_not_found(event_id)
        with self.store.write():
            self.store.audit.lock_chain(self.store.db)
            lock = self.keepers.lock
            if lock.locked_stations():
                check = lock.admin_pins.check_within_transaction(pin)
                if not check.accepted:
                    return check
            already = self.store.gate_state.closed_at(event_id)
            if already is not None:
                closed = clock_time(already.time())
                return Invalid(
                    [FieldError("gerbang", Refused(Refusal.GATE_ALREADY_CLOSED, time=closed))]
                )
            now = self.clock.now()
            stations = self._stations(event_id, waiting)
            self.audit.record(
                self.store.gate_state.CLOSED,
                self.store.gate_state.ENTITY,
                event_id,
                event_id,
                {
                    "closed_at": now.isoformat(sep=" "),
                    "station": station,
                    "stations": [s.as_detail() for s in stations],
                },
                at=now,
            )
        anchor = self.keepers.anchors.make(ANCHOR_REASON, event.organisation_id)
        return GateClosed(now, stations, anchor)

    def reopen(self, event_id: int, pin: str, reason: str) -> GateReopened | Invalid | PinCheck:
        """Open a closed gate again: always with the admin PIN and a reason, audited."""
        reason = " ".join(reason.split())[:200]
        if not reason:
            return Invalid([FieldError("alasan", Refused(Refusal.REOPEN_REASON_REQUIRED))])
        with self.store.write():
            check = self.keepers.lock.admin_pins.check_within_transaction(pin)
            if not check.accepted:
                return check
            closed = self.store.gate_state.closed_at(event_id)
            if closed is None:
                return Invalid([FieldError("gerbang", Refused(Refusal.GATE_NOT_CLOSED))])
            self.audit.record(
                self.store.gate_state.REOPENED,
                self.store.gate_state.ENTITY,
                event_id,
                event_id,
                {"reason": reason, "was_closed_at": closed.isoformat(sep=" ")},
            )
        return GateReopened(closed)

    def _stations(self, event_id: int, waiting: int) -> list[StationAtClose]:
        records = self.store.gate_state.records_by_signer(event_id)
        mine = self.keepers.enrolment.key.fingerprint
        return [
            StationAtClose(
                s.fingerprint,
                s.name,
                s.status.value,
                *records.get(s.fingerprint, (0, 0, None)),
                waiting if s.fingerprint == mine else None,
            )
            for s in self.keepers.enrolment.stations()
        ]
