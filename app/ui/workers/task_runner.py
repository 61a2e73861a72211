"""One-shot work off the UI thread, with the answer handed back on the UI thread.

The callable must not touch widgets. Each task has a name; when a newer task of the
same name is started, the older one's answer is dropped (the user moved on). The
answer comes as the ``finished``/``failed`` signals and, if given, to callbacks.
When a store is given, the database connection the work opened on the pool thread
is closed afterwards (peewee keeps one connection per thread).

Jobs run on Qt's global pool unless another pool is given (tests give one that runs
each job at once, on the calling thread). The global pool lives as long as the
application: a pool owned by a widget would be destroyed with it, and its destructor
waits for running jobs while the UI thread holds the GIL those jobs need to finish.

A job that raises is logged with its traceback; the user is told only that it failed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

from app.store.store import Store

Callback = Callable[[Any], None]
WAIT_MS = 3_000
log = logging.getLogger(__name__)


class Pool(Protocol):
    """What the runner needs of a thread pool (``QThreadPool`` has it)."""

    def start(self, job: Callable[[], None]) -> None: ...

    def waitForDone(self, msecs: int) -> bool: ...


class InlinePool:
    """Runs each job at once on the calling thread: answers arrive before ``run`` returns.

    For tests and screenshots that read a view right after asking it to change.
    """

    def start(self, job: Callable[[], None]) -> None:
        job()

    def waitForDone(self, msecs: int) -> bool:
        return True


class _Relay(QObject):
    """Carries one job's answer across threads; lives until delivered, whatever the owner does."""

    answered = Signal(bool, object)  # succeeded, result or message


# Relays stay referenced here until their answer arrives on the UI thread.
_pending: set[_Relay] = set()


class TaskRunner(QObject):
    finished = Signal(str, object)  # task name, result
    failed = Signal(str, str)  # task name, message

    def __init__(
        self, store: Store | None, parent: QObject | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.pool: Pool = pool or QThreadPool.globalInstance()
        self._latest: dict[str, int] = {}

    def run(
        self,
        name: str,
        work: Callable[[], Any],
        on_done: Callback | None = None,
        on_failed: Callback | None = None,
    ) -> None:
        ticket = self._latest.get(name, 0) + 1
        self._latest[name] = ticket
        relay = _Relay()
        _pending.add(relay)

        def deliver(succeeded: bool, answer: object) -> None:
            _pending.discard(relay)
            relay.deleteLater()
            if shiboken6.isValid(self) and self._latest.get(name) == ticket:
                self._deliver(name, succeeded, answer, on_done if succeeded else on_failed)

        relay.answered.connect(deliver)
        store = self.store

        def job() -> None:
            try:
                result = work()
            except Exception as error:  # reported to the user, never raised into Qt
                log.exception("task %s failed", name)
                # The trouble with the file when there is one (full disk, damage), else None.
                relay.answered.emit(False, store.trouble_message(error) if store else None)
            else:
                relay.answered.emit(True, result)
            finally:
                if store is not None:
                    store.close()

        # A plain callable, not a QRunnable subclass: the pool then owns nothing Python owns.
        self.pool.start(job)

    def _deliver(
        self, name: str, succeeded: bool, answer: object, callback: Callback | None
    ) -> None:
        if not succeeded and answer is None:
            answer = self.tr("kesalahan tak terduga; rinciannya ada di log aplikasi")
        if succeeded:
            self.finished.emit(name, answer)
        else:
            self.failed.emit(name, answer)
        if callback is not None:
            callback(answer)

    def wait(self) -> None:
        """Let running work finish (before the database it reads is closed)."""
        self.pool.waitForDone(WAIT_MS)
