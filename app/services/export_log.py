"""Every file written out of Netra is an audit entry: what was exported, where, for which
event and how many people, so a copy of personal data can always be accounted for."""

from __future__ import annotations

from pathlib import Path

from app.core.clock import Clock
from app.services.auditor import Auditor
from app.store.store import Store


class ExportLog:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)

    def record(self, kind: str, path: Path, event_id: int | None, count: int) -> None:
        """Call after the file was written; ``kind`` names what it holds (``daftar-hadir``)."""
        with self.store.write():
            self.audit.record(
                "export.write",
                "file",
                path.name,
                event_id,
                {"kind": kind, "path": str(path), "count": count},
            )
