"""The one writer of a station's audit entries: who acts and when is filled in here."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.core.clock import Clock
from app.store.store import Store


class Auditor:
    def __init__(self, store: Store, actor: str, clock: Clock) -> None:
        self.store = store
        self.actor = actor
        self.clock = clock

    def record(
        self,
        action: str,
        entity: str,
        entity_id: object,
        event_id: int | None = None,
        details: dict[str, Any] | None = None,
        at: datetime | None = None,
    ) -> None:
        """Add an entry inside the transaction of the change it records; ``at``: the time
        the change itself carries (else now)."""
        self.store.audit.append(
            self.actor, action, entity, entity_id, at or self.clock.now(), event_id, details
        )
