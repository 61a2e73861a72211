"""One-shot work off the UI thread, with the result handed back on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)


# Relays live on the UI thread until their result is delivered, whatever happens to the
# widget that asked (it may be closed while the work runs).
_pending: set[_Relay] = set()


def run_in_background(owner: QObject, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
    """Run ``work`` on the thread pool; ``done(result)`` runs on the UI thread if ``owner``
    still exists then. ``work`` must not raise; it returns a value describing the outcome."""
    relay = _Relay()
    _pending.add(relay)

    def deliver(result: Any) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        if shiboken6.isValid(owner):
            done(result)

    relay.done.connect(deliver)
    # A plain callable, not a QRunnable subclass: the pool then owns nothing Python owns.
    QThreadPool.globalInstance().start(lambda: relay.done.emit(work()))


def wait_for_background_work(timeout_ms: int = 3000) -> None:
    """Let running work finish (before the database it reads is closed)."""
    QThreadPool.globalInstance().waitForDone(timeout_ms)
