"""Before a station uses a database: can it be reached, what is it, is its schema current?

Nothing is changed: the schema is only read, so a station can test a server that a
newer Netra already set up and be told to update instead of touching it.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import DatabaseError, SqliteDatabase

from app.store.database import describe, open_database
from app.store.migrations import available, current_version, too_new_message


@dataclass(frozen=True)
class DatabaseCheck:
    target: str
    reachable: bool
    server: str = ""  # "PostgreSQL 15.18" or "SQLite 3.40.1"
    schema_version: int = 0
    known_version: int = 0
    problem: str = ""  # in Indonesian; empty when the station may use the database

    @property
    def usable(self) -> bool:
        return self.reachable and not self.problem

    @property
    def schema_current(self) -> bool:
        return self.usable and self.schema_version == self.known_version

    def summary(self) -> str:
        """One line for the command line and the settings dialog."""
        if not self.reachable:
            return f"tidak terhubung ke {describe(self.target)}: {self.problem}"
        if self.problem:
            return f"{self.server}: {self.problem}"
        if self.schema_version == self.known_version:
            schema = f"skema versi {self.schema_version}, terbaru"
        elif self.schema_version == 0:
            schema = "basis data kosong, skema dibuat saat pertama dibuka"
        else:
            schema = (
                f"skema versi {self.schema_version}, dinaikkan ke versi {self.known_version} "
                "saat pertama dibuka"
            )
        return f"{self.server} di {describe(self.target)}: {schema}"


def check_database(target: str) -> DatabaseCheck:
    known = available()[-1].version
    try:
        database = open_database(target)
        database.connect()
    except (DatabaseError, ValueError, RuntimeError, OSError) as error:
        return DatabaseCheck(target, False, known_version=known, problem=_first_line(error))
    try:
        if isinstance(database, SqliteDatabase):
            row = database.execute_sql("SELECT sqlite_version()").fetchone()
            server = f"SQLite {row[0]}"
        else:
            row = database.execute_sql("SHOW server_version").fetchone()
            server = f"PostgreSQL {str(row[0]).split()[0]}"
        version = current_version(database)
    except DatabaseError as error:
        return DatabaseCheck(target, False, known_version=known, problem=_first_line(error))
    finally:
        database.close()
    problem = too_new_message(version, known) if version > known else ""
    return DatabaseCheck(target, True, server, version, known, problem)


def _first_line(error: Exception) -> str:
    text = str(error).strip() or error.__class__.__name__
    return text.splitlines()[0]
