"""Building a large document without the garbage collector walking it again and again.

A 50,000-person daftar hadir, workbook or roster holds millions of objects that live until
the file is written. Each full collection walks all of them, and they come more often as the
heap grows, so with the collector on, the cost grew faster than the people (a tenth of the
time of a 50,000-person PDF). These jobs make few reference cycles; what they leave is
collected once the collector is back on.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _CollectorPause:
    """Counts the jobs that paused the collector (they may overlap on worker threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._was_enabled = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._holders == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if self._holders == 0 and self._was_enabled:
                    gc.enable()


# The cyclic collector off until the last job that paused it ends; then as it was found.
# ``with collector_paused():`` or, on a whole job, ``@collector_paused()``.
collector_paused = _CollectorPause()
