"""Consistent copies of an SQLite database while it is in use (SQLite's online backup)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from app.core.refusals import Refusal, Refused
from app.store.migrations import available, migrate


class BackupRefused(Exception):
    """The file is not a Netra database this version can restore; ``message`` says why."""

    def __init__(self, message: Refused) -> None:
        super().__init__(message)
        self.message = message


def backup_to(db: SqliteDatabase, target: Path) -> None:
    """Write a consistent copy to ``target`` (replaced if present), then check it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".sebagian")
    partial.unlink(missing_ok=True)
    with sqlite3.connect(partial) as copy:
        db.connection().backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
    check_restorable(partial)
    partial.replace(target)  # atomic: a crash leaves the old backup, never half of a new one


def check_restorable(path: Path) -> int:
    """The schema version of a backup file; raises BackupRefused with the reason."""
    if not path.is_file():
        raise BackupRefused(Refused(Refusal.BACKUP_FILE_MISSING, path=path))
    if path.read_bytes()[:16] != b"SQLite format 3\x00":
        raise BackupRefused(Refused(Refusal.BACKUP_NOT_SQLITE, name=path.name))
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as source:
            (integrity,) = source.execute("PRAGMA integrity_check").fetchone()
            tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master")}
            if "schema_migration" not in tables or "checkin" not in tables:
                raise BackupRefused(Refused(Refusal.BACKUP_NOT_NETRA, name=path.name))
            (version,) = source.execute("SELECT MAX(version) FROM schema_migration").fetchone()
    except sqlite3.DatabaseError as error:
        raise BackupRefused(
            Refused(Refusal.BACKUP_DAMAGED, name=path.name, detail=error)
        ) from error
    if integrity != "ok":
        raise BackupRefused(Refused(Refusal.BACKUP_DAMAGED, name=path.name, detail=integrity))
    newest = available()[-1].version
    if version > newest:
        raise BackupRefused(Refused(Refusal.BACKUP_TOO_NEW, name=path.name, version=version))
    return int(version)


def restore_from(db: SqliteDatabase, source_path: Path) -> None:
    """Replace the live database's content with the backup's, in one step."""
    check_restorable(source_path)
    with sqlite3.connect(f"file:{source_path}?mode=ro", uri=True) as source:
        source.backup(db.connection())
    migrate(db)  # a backup made by an older Netra is brought up to this schema


def replace_damaged(database: Path, source: Path, stamp: str) -> Path:
    """Put a checked backup where a damaged file was; the damaged one is kept aside
    (with its WAL) for whoever wants to look at it. Returns where it was put."""
    check_restorable(source)
    aside = database.with_name(f"{database.stem}-rusak-{stamp}{database.suffix}")
    for suffix in ("", "-wal", "-shm"):
        damaged = database.with_name(database.name + suffix)
        if damaged.exists():
            os.replace(damaged, aside.with_name(aside.name + suffix))
    partial = database.with_name(database.name + ".sebagian")
    shutil.copyfile(source, partial)
    os.replace(partial, database)
    return aside
