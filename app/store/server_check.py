"""Before a station uses a database: can it be reached, what is it, is its schema current?

Nothing is changed: the schema is only read, so a station can test a server that a
newer Netra already set up and be told to update instead of touching it.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import DatabaseError, SqliteDatabase

from app.core.refusals import Refusal, Refused
from app.store.database import describe, open_database
from app.store.migrations import available, current_version, too_new_message


@dataclass(frozen=True)
class DatabaseCheck:
    target: str
    reachable: bool
    server: str = ""  # "PostgreSQL 15.18" or "SQLite 3.40.1"
    schema_version: int = 0
    known_version: int = 0
    problem: str = ""  # empty when the station may use the database

    @property
    def usable(self) -> bool:
        return self.reachable and not self.problem

    @property
    def schema_current(self) -> bool:
        return self.usable and self.schema_version == self.known_version

    def summary(self) -> Refused:
        """One line for the command line and the settings dialog."""
        target = describe(self.target)
        if not self.reachable:
            return Refused(Refusal.DB_UNREACHABLE, target=target, problem=self.problem)
        if self.problem:
            return Refused(Refusal.DB_PROBLEM, server=self.server, problem=self.problem)
        if self.schema_version == self.known_version:
            schema = Refused(Refusal.SCHEMA_CURRENT, version=self.schema_version)
        elif self.schema_version == 0:
            schema = Refused(Refusal.SCHEMA_EMPTY)
        else:
            schema = Refused(
                Refusal.SCHEMA_UPGRADE, version=self.schema_version, known=self.known_version
            )
        return Refused(Refusal.DB_SUMMARY, server=self.server, target=target, schema=schema)


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
