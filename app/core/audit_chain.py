"""The audit trail as a hash chain: each entry's hash covers its content and the hash before it.

Editing, inserting or deleting an entry behind the application's back breaks the
chain at that entry (a deleted entry shows as a break at the one after it).
"""

from __future__ import annotations

import hashlib
import json
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
    entity: str = ""  # columns kept beside the hashed body, for look-ups
    entity_id: str = ""


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
        elif not columns_match_body(entry):
            breaks.append(ChainBreak(entry, COLUMNS_CHANGED))
        expected_prev = entry.hash
    return breaks


COLUMNS_CHANGED = "kolom entitas atau acaranya diubah: tidak sama dengan isi yang di-hash"


def hashed_subject(body: str) -> tuple[str, str, int | None] | None:
    """The entity, its id and the event as the hashed body names them (None if unreadable).
    Look-ups that decide something (a lock, a PIN's seal) read these, not the columns."""
    try:
        content = json.loads(body)
        return str(content["entity"]), str(content["id"]), content.get("event")
    except (ValueError, KeyError, TypeError):
        return None


def columns_match_body(entry: AuditEntry) -> bool:
    """The unhashed columns say what the hashed body says (entries from before the columns
    were kept, with none, pass)."""
    subject = hashed_subject(entry.body)
    if subject is None or not (entry.entity or entry.entity_id):
        return True
    return subject == (entry.entity, entry.entity_id, entry.event_id)
