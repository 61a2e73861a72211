"""Check-ins off the UI thread: the commit (an fsync) never stalls the preview or typing.

Camera payloads arrive straight from the camera thread, scanner payloads from the UI;
both queue here and are recorded in arrival order, one transaction each.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.core.checkin import Method
from app.services.station_link import StationLink
from app.store.store import Store
from app.ui.workers.worker_thread import WorkerThread


class CheckinWorker(QObject):
    checked_in = Signal(object, float)  # CheckinResult, perf_counter() when the input began

    def __init__(self, checkins: StationLink, store: Store) -> None:
        super().__init__()
        self.checkins = checkins
        self.store = store
        self._lock = threading.Lock()
        self._target: tuple[int, str] | None = None

    def set_target(self, event_id: int | None, station: str) -> None:
        """Which event and station the next scans are for (called from the UI thread)."""
        with self._lock:
            self._target = (event_id, station) if event_id else None

    @Slot(str, float)
    def scan_camera(self, payload: str, started: float) -> None:
        self._scan(payload, Method.CAMERA, started)

    @Slot(str, float)
    def scan_scanner(self, payload: str, started: float) -> None:
        self._scan(payload, Method.SCANNER, started)

    def _scan(self, payload: str, method: Method, started: float) -> None:
        with self._lock:
            target = self._target
        if target is None:
            return
        result = self.checkins.scan(target[0], payload, method, target[1])
        self.checked_in.emit(result, started)

    def release(self) -> None:
        """Close this thread's database connection; runs on the worker thread at its end."""
        self.store.close()


class CheckinThread(WorkerThread):
    """The check-in worker's thread, running from construction; closes its connection."""

    def __init__(self, worker: CheckinWorker) -> None:
        super().__init__(worker, "checkin")
        self.thread.finished.connect(worker.release, Qt.ConnectionType.DirectConnection)
        self.start()
