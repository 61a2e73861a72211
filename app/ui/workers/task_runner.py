"""One-shot work off the UI thread, with the answer handed back on the UI thread.

The callable must not touch widgets. Each task has a name; when a newer task of the
same name is started, the older one's answer is dropped (the user moved on). The
answer comes as the ``finished``/``failed`` signals and, if given, to callbacks.
When a store is given, the database connection the work opened on the pool thread is
closed afterwards (peewee keeps one connection per thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.store.store import Store

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Carries a job's answer across threads; emitted on the worker, received on the UI thread."""

    finished = Signal(str, int, object)  # task name, ticket, result
    failed = Signal(str, int, str)  # task name, ticket, message


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], runner: TaskRunner, name: str, ticket: int) -> None:
        super().__init__()
        self.work = work
        self.relay = runner.relay
        self.store = runner.store
        self.name = name
        self.ticket = ticket

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the user, never raised into Qt
            self.relay.failed.emit(self.name, self.ticket, f"{error.__class__.__name__}: {error}")
        else:
            self.relay.finished.emit(self.name, self.ticket, result)
        finally:
            if self.store is not None:
                self.store.close()


class TaskRunner(QObject):
    """Runs one task at a time on its own thread."""

    finished = Signal(str, object)  # task name, result
    failed = Signal(str, str)  # task name, message

    def __init__(self, store: Store | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.relay = _Relay(self)
        # Bound methods of this QObject: Qt queues them onto the UI thread and drops them
        # once this runner is gone.
        self.relay.finished.connect(self._finish)
        self.relay.failed.connect(self._fail)
        self._latest: dict[str, int] = {}
        self._callbacks: dict[str, tuple[Callback | None, Callback | None]] = {}

    def run(
        self,
        name: str,
        work: Callable[[], Any],
        on_done: Callback | None = None,
        on_failed: Callback | None = None,
    ) -> None:
        ticket = self._latest.get(name, 0) + 1
        self._latest[name] = ticket
        self._callbacks[name] = (on_done, on_failed)
        self.pool.start(_Job(work, self, name, ticket))

    def wait(self) -> None:
        self.pool.waitForDone()

    def _finish(self, name: str, ticket: int, result: object) -> None:
        if self._latest.get(name) == ticket:
            on_done = self._callbacks.pop(name, (None, None))[0]
            self.finished.emit(name, result)
            if on_done:
                on_done(result)

    def _fail(self, name: str, ticket: int, message: str) -> None:
        if self._latest.get(name) == ticket:
            on_failed = self._callbacks.pop(name, (None, None))[1]
            self.failed.emit(name, message)
            if on_failed:
                on_failed(message)
