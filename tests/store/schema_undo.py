"""Bring a database made by this version back to an older schema, keeping its data: the
migration runner applies only the versions above the newest one recorded, so faking a
database from before version N means undoing every migration from N on."""

import sqlite3

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
