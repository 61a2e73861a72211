"""Every gate write off the UI thread: a commit, an fsync or a server that stopped answering
never stalls the preview, the scanner's keystrokes or the buttons.

Camera payloads arrive straight from the camera thread; scanner codes, manual entries,
walk-ins, admits and cancellations arrive from the UI as requests. All queue here, are
handled in arrival order (one transaction each) and are answered with one ``GateAnswer``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.core.admin_pin import PinCheck
from app.core.checkin import CheckinResult, Guest, Method
from app.core.errors import FieldError
from app.core.moments import FIRST_MOMENT
from app.services.checkin_service import Cancelled
from app.services.event_service import Invalid
from app.services.station_link import NOT_RECORDED, StationLink
from app.store.store import ServerLost, Store
from app.ui.workers.worker_thread import WorkerThread


@dataclass(frozen=True)
class Scan:
    payload: str
    method: Method


@dataclass(frozen=True)
class ManualEntry:
    person_id: int
    reason: str


@dataclass(frozen=True)
class WalkIn:
    guest: Guest


@dataclass(frozen=True)
class Admit:
    person_id: int
    method: Method


@dataclass(frozen=True)
class Cancel:
    person_id: int
    reason: str
    pin: str
    moment: int = FIRST_MOMENT


GateRequest = Scan | ManualEntry | WalkIn | Admit | Cancel
GateOutcome = CheckinResult | Cancelled | PinCheck | Invalid


@dataclass(frozen=True)
class GateAnswer:
    request: GateRequest
    outcome: GateOutcome
    started: float  # perf_counter() when the input began (for latency figures)


class CheckinWorker(QObject):
    answered = Signal(object)  # GateAnswer

    def __init__(self, checkins: StationLink, store: Store) -> None:
        super().__init__()
        self.checkins = checkins
        self.store = store
        self._lock = threading.Lock()
        self._target: tuple[int, str, int | None] | None = None

    def set_target(self, event_id: int | None, station: str, moment: int | None = None) -> None:
        """Which event, station and moment (a number chosen by hand; None: by the clock) the
        next requests are for (called from the UI thread)."""
        with self._lock:
            self._target = (event_id, station, moment) if event_id else None

    @Slot(str, float)
    def scan_camera(self, payload: str, started: float) -> None:
        self.submit(Scan(payload, Method.CAMERA), started)

    @Slot(object, float)
    def submit(self, request: GateRequest, started: float) -> None:
        with self._lock:
            target = self._target
        if target is None:
            return
        try:
            outcome = self._handle(request, *target)
        except ServerLost:  # a shared server without a local cache to fall back on
            outcome = Invalid([FieldError("server", NOT_RECORDED)])
        self.answered.emit(GateAnswer(request, outcome, started))

    def _handle(
        self, request: GateRequest, event_id: int, station: str, moment: int | None
    ) -> GateOutcome:
        link = self.checkins
        if isinstance(request, Scan):
            return link.scan(event_id, request.payload, request.method, station, moment)
        if isinstance(request, ManualEntry):
            return link.manual(event_id, request.person_id, request.reason, station, moment)
        if isinstance(request, WalkIn):
            return link.walk_in(event_id, request.guest, station, moment)
        if isinstance(request, Admit):
            return link.admit(event_id, request.person_id, request.method, station, moment)
        return link.cancel(event_id, request.person_id, request.reason, request.pin, request.moment)

    def release(self) -> None:
        """Close this thread's database connection; runs on the worker thread at its end."""
        self.store.close()


class CheckinThread(WorkerThread):
    """The check-in worker's thread, running from construction; closes its connection."""

    def __init__(self, worker: CheckinWorker) -> None:
        super().__init__(worker, "checkin")
        self.thread.finished.connect(worker.release, Qt.ConnectionType.DirectConnection)
        self.start()
