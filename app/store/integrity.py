"""What can go wrong with the database file itself, in words a clerk can act on.

- **gone**: the path no longer names the file this station opened (deleted, moved,
  replaced by another file) or a restore replaced its content. Whatever the station
  writes after that would be lost with the old file, so it stops and says so.
- **damaged**: SQLite finds pages it cannot read.
- **disk full**: SQLite or the system could not write for lack of space.

The file is recognised by ``os.stat`` of its path: device and inode on Linux and macOS,
volume serial number and file index on Windows (Python fills ``st_dev``/``st_ino`` from
``GetFileInformationByHandle`` there), so the same comparison works on every platform.
Where a file system gives no file index (0), a deletion and a restore are still seen,
a replacement by another file is not. Windows refuses to delete or rename a file
SQLite holds open, so there the restore is the case that matters.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import PeeweeException, SqliteDatabase

from app.core.refusals import Refusal, Refused


class StoreTrouble(Exception):
    """The database file cannot be trusted or written; the message says why, where and
    what to do; ``summary`` is the few words a gate shows under its red headline."""

    def __init__(self, message: str, summary: str = "") -> None:
        super().__init__(message)
        self.message = message  # a Refused where the UI says it in its own language
        self.summary = summary or message


class DatabaseGone(StoreTrouble):
    pass


class DatabaseDamaged(StoreTrouble):
    pass


class DiskFull(StoreTrouble):
    pass


class DatabaseMissing(StoreTrouble):
    pass


DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
FULL_CODES = {"SQLITE_FULL"}
LOW_SPACE_BYTES = 1 << 20


@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int
    generation: int  # PRAGMA user_version: a restore moves it on


def path_identity(path: Path) -> tuple[int, int] | None:
    """Device and inode (Windows: volume and file index) of what ``path`` names now."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def generation(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def mark_restored(db: SqliteDatabase, previous: int) -> int:
    """Tell every station that had this file open that its content was replaced."""
    db.execute_sql(f"PRAGMA user_version = {previous + 1}")
    return previous + 1


def identity_of(db: SqliteDatabase) -> FileIdentity:
    found = path_identity(Path(db.database))
    device, inode = found if found else (0, 0)
    return FileIdentity(device, inode, generation(db))


def gone_message(path: Path, restored: bool) -> Refused:
    why = Refused(Refusal.DB_RESTORED_WHY if restored else Refusal.DB_GONE_WHY, path=path)
    return Refused(Refusal.DB_GONE, why=why)


def check_same_file(path: Path, opened: FileIdentity) -> None:
    """Raise ``DatabaseGone`` unless ``path`` still names the file opened."""
    if path_identity(path) != (opened.device, opened.inode):
        raise DatabaseGone(gone_message(path, restored=False), Refused(Refusal.DB_GONE_SHORT))


def check_still_ours(db: SqliteDatabase, opened: FileIdentity) -> None:
    """Raise ``DatabaseGone`` unless the path still names the file opened, unrestored."""
    path = Path(db.database)
    check_same_file(path, opened)
    if generation(db) != opened.generation:
        raise DatabaseGone(gone_message(path, restored=True), Refused(Refusal.DB_RESTORED_SHORT))


def quick_check(db: SqliteDatabase) -> None:
    """``PRAGMA quick_check``: every page and record readable (14 ms at 10,000 people,
    benchmarks/integrity_check.py); raises ``DatabaseDamaged``."""
    try:
        rows = [row[0] for row in db.execute_sql("PRAGMA quick_check(5)").fetchall()]
    except Exception as error:
        trouble = classify(error, Path(db.database))
        raise trouble or DatabaseDamaged(damaged_message(Path(db.database), "")) from error
    if rows != ["ok"]:
        raise DatabaseDamaged(damaged_message(Path(db.database), "; ".join(rows)))


def damaged_message(path: Path, detail: str) -> Refused:
    found = f" ({detail})" if detail else ""
    return Refused(Refusal.DB_DAMAGED, path=path, detail=found, hint=newest_backup_hint(path))


def newest_backup(path: Path) -> Path | None:
    """The newest backup in the usual folders: ``cadangan`` beside the database."""
    folder = path.parent / "cadangan"
    if not folder.is_dir():
        return None
    found = sorted(folder.glob("*.sqlite3"), key=lambda backup: backup.stat().st_mtime)
    return found[-1] if found else None


def newest_backup_hint(path: Path) -> str:
    newest = newest_backup(path)
    if newest is None:
        return "netra restore BERKAS_CADANGAN"
    return f"netra restore {newest}"


def classify(error: BaseException, path: Path) -> StoreTrouble | None:
    """The trouble behind ``error`` (a peewee, sqlite3 or OS error), or None.

    SQLite rolls a transaction back itself when a commit finds the disk full; peewee's own
    rollback then fails with "no transaction is active" and hides the real cause, which
    is found on the chain of errors it carries.
    """
    for cause in _chain(error):
        if isinstance(cause, StoreTrouble):
            return cause
        if not isinstance(cause, sqlite3.Error | PeeweeException | OSError):
            continue  # only the database's and the system's own words are read
        code = getattr(cause, "sqlite_errorname", "") or ""
        text = str(cause).lower()
        io_error = code.startswith("SQLITE_IOERR") or "disk i/o error" in text
        full = code in FULL_CODES or "disk is full" in text or _is_no_space(cause)
        if full or (io_error and _little_space(path.parent)):
            return DiskFull(
                Refused(Refusal.DISK_FULL, folder=path.parent),
                Refused(Refusal.DISK_FULL_SHORT, folder=path.parent),
            )
        if code in DAMAGE_CODES or "malformed" in text or "not a database" in text:
            return DatabaseDamaged(damaged_message(path, ""))
    return None


def _little_space(folder: Path) -> bool:
    """SQLite reports some writes that found no space as plain I/O errors (the WAL index)."""
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def _is_no_space(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [current.__cause__, current.__context__]
        linked += [arg for arg in current.args if isinstance(arg, BaseException)]
        pending += [item for item in linked if item is not None]
