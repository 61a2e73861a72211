"""The audit trail as a hash chain: each entry's hash covers its content and the hash before it.

Editing, inserting or deleting an entry behind the application's back breaks the
chain at that entry (a deleted entry shows as a break at the one after it).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    body: str
    prev_hash: str
    hash: str
    event_id: int | None = None


@dataclass(frozen=True)
class ChainBreak:
    entry: AuditEntry
    reason: str  # Indonesian, for the user


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, body: str) -> str:
    text = "\x1f".join([prev_hash, at.isoformat(sep=" "), actor, action, body])
    return hashlib.sha256(text.encode()).hexdigest()


def find_breaks(entries: list[AuditEntry]) -> list[ChainBreak]:
    """Every place the chain does not hold, in order; ``entries`` sorted by id."""
    breaks = []
    expected_prev = GENESIS
    for entry in entries:
        if entry.prev_hash != expected_prev:
            breaks.append(
                ChainBreak(
                    entry, "tidak menyambung ke entri sebelumnya (ada yang dihapus/disisipkan)"
                )
            )
        elif entry_hash(entry.prev_hash, entry.at, entry.actor, entry.action, entry.body) != (
            entry.hash
        ):
            breaks.append(ChainBreak(entry, "isinya berubah setelah dicatat"))
        expected_prev = entry.hash
    return breaks
