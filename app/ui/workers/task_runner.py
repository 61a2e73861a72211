"""One-shot work off the UI thread, with the result handed back on the UI thread.

The callable must not touch widgets; ``finished`` carries its return value and
``failed`` an Indonesian message, both delivered through queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Carries a job's answer across threads; emitted on the worker, received on the UI thread."""

    finished = Signal(str, int, object)  # task name, ticket, result
    failed = Signal(str, int, str)  # task name, ticket, message


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, name: str, ticket: int) -> None:
        super().__init__()
        self.work = work
        self.relay = relay
        self.name = name
        self.ticket = ticket

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the user, never raised into Qt
            self.relay.failed.emit(self.name, self.ticket, f"{error.__class__.__name__}: {error}")
            return
        self.relay.finished.emit(self.name, self.ticket, result)


class TaskRunner(QObject):
    """Runs one task at a time; a newer request replaces the answer of an older one."""

    finished = Signal(str, object)  # task name, result
    failed = Signal(str, str)  # task name, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.relay = _Relay(self)
        # Bound methods of this QObject: Qt queues them onto the UI thread and drops them
        # once this runner is gone.
        self.relay.finished.connect(self._finish)
        self.relay.failed.connect(self._fail)
        self._latest: dict[str, int] = {}

    def run(self, name: str, work: Callable[[], Any]) -> None:
        ticket = self._latest.get(name, 0) + 1
        self._latest[name] = ticket
        self.pool.start(_Job(work, self.relay, name, ticket))

    def wait(self) -> None:
        self.pool.waitForDone()

    def _finish(self, name: str, ticket: int, result: object) -> None:
        if self._latest.get(name) == ticket:
            self.finished.emit(name, result)

    def _fail(self, name: str, ticket: int, message: str) -> None:
        if self._latest.get(name) == ticket:
            self.failed.emit(name, message)
