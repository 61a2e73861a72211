"""One-shot work off the UI thread, with the result handed back on the UI thread.

The callable must not touch widgets; ``finished`` carries its return value and
``failed`` an Indonesian message, both delivered through queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the user, never raised into Qt
            self.relay.failed.emit(f"{error.__class__.__name__}: {error}")
            return
        self.relay.finished.emit(result)


class TaskRunner(QObject):
    """Runs one task at a time; a newer request replaces the answer of an older one."""

    finished = Signal(str, object)  # task name, result
    failed = Signal(str, str)  # task name, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relays: list[_Relay] = []
        self._latest: dict[str, int] = {}

    def run(self, name: str, work: Callable[[], Any]) -> None:
        ticket = self._latest.get(name, 0) + 1
        self._latest[name] = ticket
        relay = _Relay()
        relay.finished.connect(lambda result: self._finish(relay, name, ticket, result))
        relay.failed.connect(lambda message: self._fail(relay, name, ticket, message))
        self._relays.append(relay)
        self.pool.start(_Job(work, relay))

    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0 or bool(self._relays)

    def wait(self) -> None:
        self.pool.waitForDone()

    def _finish(self, relay: _Relay, name: str, ticket: int, result: object) -> None:
        self._relays.remove(relay)
        if self._latest.get(name) == ticket:
            self.finished.emit(name, result)

    def _fail(self, relay: _Relay, name: str, ticket: int, message: str) -> None:
        self._relays.remove(relay)
        if self._latest.get(name) == ticket:
            self.failed.emit(name, message)
