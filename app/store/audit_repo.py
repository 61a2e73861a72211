"""The audit log: every change, chained by hash to the entry before it."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from app.store.models import AuditLog

GENESIS = "0" * 64


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, body: str) -> str:
    text = "\x1f".join([prev_hash, at.isoformat(sep=" "), actor, action, body])
    return hashlib.sha256(text.encode()).hexdigest()


def append(
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    at: datetime,
    event_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditLog:
    """Add an entry; call inside the transaction of the change it records."""
    last = AuditLog.select(AuditLog.hash).order_by(AuditLog.id.desc()).first()
    prev_hash = last.hash if last else GENESIS
    body = json.dumps(
        {"entity": entity, "id": str(entity_id), "event": event_id, "details": details or {}},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return AuditLog.create(
        at=at,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        event_id=event_id,
        details=body,
        prev_hash=prev_hash,
        hash=entry_hash(prev_hash, at, actor, action, body),
    )
