"""A long job run off the UI thread, shown as it moves: how far, the time left, and Cancel.

The job is a callable taking a ``keep_going`` (``app.core.progress``): it calls it with
what it has done and what there is in all (rows, pages, people: the caller names the
unit) and stops when it answers False. The answer is then the job's own cancelled
result; the service has removed what it had begun (a temporary file, a rolled-back
transaction), so Cancel leaves nothing half-written.

``keep_going`` runs on the pool thread: it only reads a flag and, at most every
``REPORT_EVERY_S``, emits a queued signal; the bar, the time left and the button live
on the UI thread. Starting a job while another runs stops the older one first (its
answer is dropped by the runner), so a job whose result nobody wants stops using the CPU.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.core.progress import KeepGoing
from app.ui.i18n import number
from app.ui.workers.task_runner import Callback, TaskRunner

REPORT_EVERY_S = 0.1  # what the eye can follow; more would flood the UI thread's queue
ESTIMATE_AFTER_S = 1.0  # before this, too little is known to say how long is left
Clock = Callable[[], float]


class _Relay(QObject):
    """Carries (done, total) from the pool thread to the UI thread."""

    moved = Signal(int, int)


class _Run:
    """One job's stop flag and the pace of its reports, shared with its pool thread."""

    def __init__(self, relay: _Relay, clock: Clock) -> None:
        self.stop = threading.Event()
        self.relay = relay
        self.clock = clock
        self.started = clock()
        self.last_report = float("-inf")

    def keep_going(self, done: int, total: int) -> bool:
        now = self.clock()
        if done >= total or now - self.last_report >= REPORT_EVERY_S:
            self.last_report = now
            self.relay.moved.emit(done, total)
        return not self.stop.is_set()


class JobProgress(QWidget):
    """A bar with ``what`` (e.g. "Menyusun daftar hadir"), the count, the time left, Cancel.

    Hidden while no job runs. ``counted`` names what the job counts ("baris", "halaman").
    """

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, clock: Clock = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.clock = clock
        self.counted = ""
        self.cancelled = False  # the last job was stopped by the user
        self._run: _Run | None = None
        self.relay = _Relay(self)
        self.relay.moved.connect(self._moved)
        self.what = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMinimumWidth(220)
        self.count = QLabel()
        self.time_left = QLabel()
        self.time_left.setObjectName("hint")
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.what)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.time_left)
        layout.addWidget(self.cancel_button)
        self.setVisible(False)

    def start(
        self,
        name: str,
        what: str,
        counted: str,
        work: Callable[[KeepGoing], Any],
        on_done: Callback,
        on_failed: Callback | None = None,
    ) -> None:
        """Run ``work(keep_going)`` as runner task ``name``; ``on_done`` gets its result
        (a cancelled result too: see ``cancelled``)."""
        self.stop()
        run = _Run(self.relay, self.clock)
        self._run = run
        self.cancelled = False
        self.counted = counted
        self.what.setText(what)
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.count.clear()
        self.time_left.setText(self.tr("menghitung sisa waktu…"))
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

        def finished(callback: Callback | None) -> Callback:
            def deliver(answer: object) -> None:
                if self._run is not run:
                    return  # stopped for a newer job: nobody wants this answer
                self._run = None
                self.setVisible(False)
                if callback is not None:
                    callback(answer)

            return deliver

        self.runner.run(name, lambda: work(run.keep_going), finished(on_done), finished(on_failed))

    def busy(self) -> bool:
        return self._run is not None

    def cancel(self) -> None:
        """The user's Cancel: the job stops at its next step and removes what it began."""
        if self._run is not None:
            self.cancelled = True
            self._run.stop.set()
            self.cancel_button.setEnabled(False)
            self.time_left.setText(self.tr("membatalkan…"))

    def stop(self) -> None:
        """Stop a job whose answer is no longer wanted (a newer one replaces it)."""
        if self._run is not None:
            self._run.stop.set()
            self._run = None
            self.setVisible(False)

    def _moved(self, done: int, total: int) -> None:
        run = self._run
        if run is None or run.stop.is_set():
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.count.setText(
            self.tr("{done} dari {total} {counted}").format(
                done=number(done), total=number(total), counted=self.counted
            )
        )
        elapsed = self.clock() - run.started
        if done > 0 and elapsed >= ESTIMATE_AFTER_S:
            self.time_left.setText(self._left(elapsed * (total - done) / done))
        layout = self.layout()
        assert layout is not None
        layout.activate()  # the labels take their new widths now, never cut for a frame

    def _left(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("sisa ± {seconds} detik").format(seconds=max(1, round(seconds)))
        return self.tr("sisa ± {minutes} menit").format(minutes=round(seconds / 60))
