"""Digests of a SQLite file's tables, to prove that an operation changed nothing stored."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def table_digests(db_path: Path, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """One digest per table (rows in storage order); ``skip`` tables and their row counters
    in ``sqlite_sequence`` are left out."""
    digests = {}
    with sqlite3.connect(db_path) as raw:
        names = raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        for (table,) in names:
            if table in skip:
                continue
            rows = raw.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            if table == "sqlite_sequence":
                rows = [row for row in rows if row[0] not in skip]
            digests[table] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return digests
