"""The audit log: every change, hash-chained to the entry before it (see core.audit_chain)."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from app.core.audit_chain import GENESIS, AuditEntry, entry_hash
from app.store.database import is_postgresql
from app.store.models import AuditLog, Checkin, Person, ScanLog, Station
from app.store.row_digests import covered_rows

# Stations sharing one PostgreSQL server append one at a time, so the chain never forks.
AUDIT_LOCK_ID = 7_202_411
log = logging.getLogger("netra.audit")


class AuditRepo:
    def lock_chain(self, database: Any) -> None:
        """Hold the chain's lock until the transaction ends (PostgreSQL; SQLite locks the file)."""
        if is_postgresql(database):
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (AUDIT_LOCK_ID,))

    def append(
        self,
        actor: str,
        action: str,
        entity: str,
        entity_id: object,
        at: datetime,
        event_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> AuditLog:
        """Add an entry; call inside the transaction of the change it records."""
        self.lock_chain(AuditLog._meta.database)
        last = AuditLog.select(AuditLog.hash).order_by(AuditLog.id.desc()).first()
        prev_hash = last.hash if last else GENESIS
        content: dict[str, Any] = {
            "entity": entity, "id": str(entity_id), "event": event_id, "details": details or {},
        }  # fmt: skip
        rows = covered_rows(action, entity_id, event_id)
        if rows:
            content["rows"] = rows
        body = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
        # The application log gets the action and ids only: the details may hold names.
        log.info("%s %s %s event=%s actor=%s", action, entity, entity_id, event_id, actor)
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

    def all_entries(self) -> list[AuditEntry]:
        return [
            AuditEntry(
                id=row.id, at=row.at, actor=row.actor, action=row.action, body=row.details,
                prev_hash=row.prev_hash, hash=row.hash, event_id=row.event_id,
                entity=row.entity or "", entity_id=row.entity_id or "",
            )
            for row in AuditLog.select().order_by(AuditLog.id)
        ]  # fmt: skip

    def entries_after_last(self, action: str) -> int:
        """How many entries came after the newest entry with ``action`` (all, if none has it)."""
        last = (
            AuditLog.select(AuditLog.id)
            .where(AuditLog.action == action)
            .order_by(AuditLog.id.desc())
            .first()
        )
        query = AuditLog.select()
        if last:
            query = query.where(AuditLog.id > last.id)
        return query.count()

    def head(self) -> tuple[int, AuditEntry | None]:
        """How many entries the chain holds, and its last one."""
        last = AuditLog.select().order_by(AuditLog.id.desc()).first()
        if last is None:
            return 0, None
        entry = AuditEntry(
            id=last.id, at=last.at, actor=last.actor, action=last.action, body=last.details,
            prev_hash=last.prev_hash, hash=last.hash, event_id=last.event_id,
        )  # fmt: skip
        return AuditLog.select().count(), entry

    def record_counts(self) -> dict[str, int]:
        """What an anchor states besides the chain head, for a person comparing with paper."""
        return {
            "checkins": Checkin.select().count(),
            "scans": ScanLog.select().count(),
            "people": Person.select().count(),
            "stations": Station.select().count(),
        }
