"""A running station's claim on its database file, so a restore from elsewhere can see it.

The station holds an operating-system lock on ``<database>.stasiun`` while it runs; the
system drops it when the process ends, however it ends, so a crashed station never
leaves a stale claim. The file's text names the station for the message. On Windows
the lock covers one byte far past the text (locks there are mandatory, and the text
must stay readable); elsewhere ``flock`` covers the file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

LOCKED_BYTE = 4096


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".stasiun")


def _try_lock(handle: IO[str]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(LOCKED_BYTE)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class StationLock:
    """Held from a station's start to its end; ``release`` when the station closes."""

    def __init__(self, database: Path, station: str) -> None:
        self.path = lock_path(database)
        self._handle: IO[str] | None = self.path.open("a+", encoding="utf-8")
        if _try_lock(self._handle):
            self._handle.seek(0)
            self._handle.truncate()
            self._handle.write(f"{station} (proses {os.getpid()})")
            self._handle.flush()

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the lock
            self._handle = None


def holder(database: Path) -> str | None:
    """The station that has ``database`` open now, or None."""
    path = lock_path(database)
    if not path.exists():
        return None
    with path.open("a+", encoding="utf-8") as handle:
        if _try_lock(handle):
            return None
        handle.seek(0)
        return handle.read(200).strip() or "stasiun lain"
