"""The journal a station keeps beside its database once that file is gone.

One JSON object per line, written and fsynced before the gate answers, so what the gate
was given survives even though the database it expected no longer does. ``netra jurnal
gabung`` replays the lines into the database that is put back.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app.core.refusals import Refusal, Refused

SUFFIX = ".jurnal.jsonl"
KINDS = ("scan", "manual", "walkin", "admit")


def journal_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def append(path: Path, entry: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as journal:
        journal.write(json.dumps(entry, ensure_ascii=False, default=str) + "\n")
        journal.flush()
        os.fsync(journal.fileno())


def read(path: Path) -> list[dict[str, Any]] | Refused:
    """The entries, or a message naming the first line that cannot be read."""
    entries = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return Refused(Refusal.JOURNAL_UNREADABLE, path=path)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            entry = None
        if not isinstance(entry, dict) or entry.get("kind") not in KINDS:
            return Refused(Refusal.JOURNAL_NOT_A_LINE, name=path.name, number=number)
        entries.append(entry)
    return entries
