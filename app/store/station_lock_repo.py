"""Which stations are locked to the gate view: read from the audit trail itself, where
locking and unlocking are entries, so the state cannot be changed without the chain."""

from __future__ import annotations

import json

from app.core.audit_chain import hashed_subject
from app.store.models import AuditLog


class StationLockRepo:
    LOCK = "station.lock"
    UNLOCK = "station.unlock"
    ENTITY = "station"

    def _lock_entries(self) -> list[tuple[str, str, str]]:
        """(station, action, key fingerprint) of every lock and unlock, named by the hashed
        body: the unhashed columns could be edited to hide a lock without breaking the chain.
        The fingerprint is "" in entries written before locks named the station's key."""
        query = (
            AuditLog.select(AuditLog.details, AuditLog.action)
            .where(AuditLog.action.in_((self.LOCK, self.UNLOCK)))
            .order_by(AuditLog.id)
        )
        found = []
        for row in query:
            subject = hashed_subject(row.details)
            if subject is not None and subject[0] == self.ENTITY:
                details = json.loads(row.details).get("details") or {}
                found.append((subject[1], row.action, str(details.get("fingerprint", ""))))
        return found

    def _newest(self) -> dict[str, tuple[str, str]]:
        return {name: (action, key) for name, action, key in self._lock_entries()}

    def locked_stations(self) -> list[str]:
        """Every station whose newest lock entry locks it, by name."""
        return sorted(name for name, (action, _) in self._newest().items() if action == self.LOCK)

    def locked_by_key(self, fingerprint: str) -> list[str]:
        """The locked names whose lock was taken by the station holding this key: a station
        renamed in its settings file is still the station that was locked."""
        return sorted(
            name
            for name, (action, key) in self._newest().items()
            if action == self.LOCK and key == fingerprint
        )

    def ever_locked(self, station: str) -> bool:
        return any(name == station for name, _, _ in self._lock_entries())
