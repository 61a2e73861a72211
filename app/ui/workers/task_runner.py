"""One-shot work on a thread pool, its result delivered back on the UI thread.

The work function must not touch widgets; it receives nothing and returns a value.
The database connection the work opened on the pool thread is closed afterwards
(peewee keeps one connection per thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.store.store import Store


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], store: Store, relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.store = store
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the user, never lost silently
            self.relay.failed.emit(f"{error.__class__.__name__}: {error}")
        else:
            self.relay.finished.emit(result)
        finally:
            self.store.close()


class TaskRunner(QObject):
    """Keeps the relays alive until their task reports."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)
        relay.finished.connect(on_done)
        relay.failed.connect(on_failed)
        relay.finished.connect(lambda _: self._relays.discard(relay))
        relay.failed.connect(lambda _: self._relays.discard(relay))
        self.pool.start(_Task(work, self.store, relay))

    def wait(self) -> None:
        self.pool.waitForDone()
