"""Databases as older versions of Netra left them, for the tests that open them in this one.

Three ways: the file the first migration made (``first_schema_copy``), a schema built up to
a version with a little data put in by SQL (``old_database``), and a database made by this
version brought back to an older schema with its data (``undo_from``). The migration runner
applies only the versions above the newest one recorded, so faking a database from before
version N means undoing every migration from N on."""

import shutil
import sqlite3
from pathlib import Path

from peewee import Database

from app.store.database import open_database
from app.store.migrations import migrate

FIRST_SCHEMA_DB = Path(__file__).parent.parent / "data" / "schema_v1.sqlite3"

# What each migration added, undone newest first; a new migration adds its line here.
UNDO = {
    13: [
        "DROP INDEX audit_log_action_event",
        "ALTER TABLE signing_start DROP COLUMN first_pakta_paper_page",
    ],
    12: ["DROP TABLE laporan_photo", "DROP TABLE laporan_text"],
    11: [
        "DROP INDEX checkin_once",
        "ALTER TABLE checkin DROP COLUMN moment",
        "DROP TABLE event_moment",
        "ALTER TABLE signing_start DROP COLUMN first_moment_event",
    ],
    10: [
        f"ALTER TABLE checkin DROP COLUMN {column}"
        for column in ("time_source", "clock_offset_s", "offset_age_s")
    ],
    9: ["DROP TABLE pdf_certificate"],
}


def undo_from(raw: sqlite3.Connection, version: int) -> None:
    """The schema as it was before migration ``version``; ``raw``: the database file."""
    for undone in sorted((v for v in UNDO if v >= version), reverse=True):
        for statement in UNDO[undone]:
            raw.execute(statement)
    raw.execute("DELETE FROM schema_migration WHERE version >= ?", (version,))


def first_schema_copy(folder: Path, target: int | None = None) -> Path:
    """A copy of the database the first migration made (one event, one expected person),
    brought up to schema ``target`` when given."""
    copy = folder / "before.sqlite3"
    shutil.copy(FIRST_SCHEMA_DB, copy)
    if target is not None:
        db = open_database(str(copy))
        migrate(db, target=target)
        db.close()
    return copy


def old_database(db: Database, version: int) -> None:
    """An event, a person and a check-in in a database at schema ``version``."""
    migrate(db, target=version)
    statements = [
        "INSERT INTO organisation (name, created_at) VALUES ('Pemkab', '2024-09-01')",
        "INSERT INTO event (organisation_id, title, kind, day, start_time, late_after, venue, "
        "organiser, kop_lines, presiding_name, presiding_nip, presiding_position, created_at, "
        "updated_at) VALUES (1, 'Apel', 'apel', '2024-10-01', '07:30:00', '07:45:00', "
        "'Pendopo', 'BKD', '', '', '', '', '2024-09-01', '2024-09-01')",
        "INSERT INTO person (organisation_id, id_number, id_kind, name, front_title, back_title, "
        "status, gender, grade, position, unit_id, active, is_guest, badge_serial, created_at, "
        "updated_at) VALUES (1, '198001012005011001', 'nip', 'Siti', '', '', 'pns', 'P', "
        "'III/a', 'Staf', NULL, TRUE, FALSE, 1, '2024-09-01', '2024-09-01')",
        "INSERT INTO checkin (event_id, person_id, at, station, method, operator, late, note) "
        "VALUES (1, 1, '2024-10-01 07:50:00', 'Gerbang 1', 'camera', 'op', TRUE, 'catatan')",
    ]
    with db.atomic():
        for statement in statements:
            db.execute_sql(statement)
