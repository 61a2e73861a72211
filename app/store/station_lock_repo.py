"""Which stations are locked to the gate view: read from the audit trail itself, where
locking and unlocking are entries, so the state cannot be changed without the chain."""

from __future__ import annotations

from app.store.models import AuditLog

LOCK = "station.lock"
UNLOCK = "station.unlock"
ENTITY = "station"


def locked_stations() -> list[str]:
    """Every station whose newest lock entry locks it, by name."""
    newest: dict[str, str] = {}
    query = (
        AuditLog.select(AuditLog.entity_id, AuditLog.action)
        .where(AuditLog.action.in_((LOCK, UNLOCK)) & (AuditLog.entity == ENTITY))
        .order_by(AuditLog.id)
    )
    for row in query:
        newest[row.entity_id] = row.action
    return sorted(name for name, action in newest.items() if action == LOCK)


def ever_locked(station: str) -> bool:
    return (
        AuditLog.select()
        .where(
            AuditLog.action.in_((LOCK, UNLOCK))
            & (AuditLog.entity == ENTITY)
            & (AuditLog.entity_id == station)
        )
        .exists()
    )
