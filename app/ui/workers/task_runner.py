"""One-shot work off the UI thread, with the result handed back on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        self.relay.done.emit(self.work())


def run_in_background(owner: QObject, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
    """Run ``work`` on the thread pool; ``done(result)`` is called on ``owner``'s thread.

    ``work`` must not raise; it returns a value describing success or failure.
    """
    relay = _Relay(owner)
    relay.done.connect(done)
    relay.done.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Task(work, relay))
