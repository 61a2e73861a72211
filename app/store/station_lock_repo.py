"""Which stations are locked to the gate view: read from the audit trail itself, where
locking and unlocking are entries, so the state cannot be changed without the chain."""

from __future__ import annotations

from app.core.audit_chain import hashed_subject
from app.store.models import AuditLog

LOCK = "station.lock"
UNLOCK = "station.unlock"
ENTITY = "station"


def _lock_entries() -> list[tuple[str, str]]:
    """(station, action) of every lock and unlock, named by the hashed body: the unhashed
    columns could be edited to hide a lock without breaking the chain."""
    query = (
        AuditLog.select(AuditLog.details, AuditLog.action)
        .where(AuditLog.action.in_((LOCK, UNLOCK)))
        .order_by(AuditLog.id)
    )
    found = []
    for row in query:
        subject = hashed_subject(row.details)
        if subject is not None and subject[0] == ENTITY:
            found.append((subject[1], row.action))
    return found


def locked_stations() -> list[str]:
    """Every station whose newest lock entry locks it, by name."""
    newest = dict(_lock_entries())
    return sorted(name for name, action in newest.items() if action == LOCK)


def ever_locked(station: str) -> bool:
    return any(name == station for name, _ in _lock_entries())
