"""Apply the ordered schema migrations in ``db/migrations`` (``NNNN_<intent>.py``).

Each migration is plain text with a ``upgrade(schema)`` function; it runs in its
own transaction together with the row that records it, so a database is never
left half-migrated.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType

from peewee import Database, PostgresqlDatabase

from app.core.refusals import Refusal, Refused
from app.paths import migrations_dir

MIGRATION_LOCK_ID = 7_202_410  # any constant shared by every Netra station
FILE_PATTERN = re.compile(r"^(\d{4})_([a-z0-9_]+)\.py$")

DIALECTS = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "blob": "BLOB", "datetime": "DATETIME"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "blob": "BYTEA", "datetime": "TIMESTAMP"},
}


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    def load(self) -> ModuleType:
        spec = importlib.util.spec_from_file_location(f"netra_migration_{self.version}", self.path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module


class Schema:
    """What a migration may do: run DDL written with ``{pk}``, ``{blob}``, ``{datetime}``."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.dialect = "postgresql" if isinstance(db, PostgresqlDatabase) else "sqlite"

    def execute(self, statement: str) -> None:
        self.db.execute_sql(statement.format(**DIALECTS[self.dialect]))

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """A transaction no other process migrates in at the same time (stations start together)."""
        if self.dialect == "postgresql":
            with self.db.atomic():
                self.db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_ID,))
                yield
        else:
            with self.db.atomic("IMMEDIATE"):
                yield


class SchemaTooNew(Exception):
    """The database was written by a newer Netra than this one."""


def too_new_message(version: int, newest: int) -> Refused:
    return Refused(Refusal.SCHEMA_TOO_NEW, version=version, newest=newest)


def available(folder: Path | None = None) -> list[Migration]:
    found = []
    for path in sorted((folder or migrations_dir()).glob("*.py")):
        match = FILE_PATTERN.match(path.name)
        if match:
            found.append(Migration(int(match[1]), match[2], path))
    return found


def current_version(db: Database) -> int:
    if "schema_migration" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_migration").fetchone()
    return int(row[0] or 0)


def migrate(db: Database, folder: Path | None = None, target: int | None = None) -> list[int]:
    """Bring the schema up to ``target`` (default: newest); returns the versions applied."""
    migrations = available(folder)
    newest = migrations[-1].version if migrations else 0
    schema = Schema(db)
    with schema.exclusive():
        db.execute_sql(
            "CREATE TABLE IF NOT EXISTS schema_migration "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        version = current_version(db)
    if version > newest:
        raise SchemaTooNew(too_new_message(version, newest))
    applied = []
    for migration in migrations:
        if target is not None and migration.version > target:
            break
        with schema.exclusive():
            # Re-read inside the lock: another station may have just applied it.
            if migration.version <= current_version(db):
                continue
            migration.load().upgrade(schema)
            p = db.param
            db.execute_sql(
                f"INSERT INTO schema_migration (version, name, applied_at) VALUES ({p}, {p}, {p})",
                (migration.version, migration.name, datetime.now().isoformat(timespec="seconds")),
            )
        applied.append(migration.version)
    return applied
