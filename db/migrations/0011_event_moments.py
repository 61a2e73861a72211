"""Moments of an event (kedatangan and pulang, or apel pagi and apel sore): each with its
window and late time, and its own once-per-person list of check-ins.

Every event saved before this version gets one moment, number 1, open all day with the
event's late time: the attendance it had. ``checkin.moment`` is the moment's number (stable
within its event, never reused); "once" becomes once per event, moment and person. SQLite
cannot drop the old inline UNIQUE, so there the check-in table is rebuilt, rows and ids
kept.

Placeholders in braces are filled in per database by ``app.store.migrations``.
"""

MOMENT_TABLE = [
    """CREATE TABLE event_moment (
        id {pk},
        event_id INTEGER NOT NULL REFERENCES event (id),
        number INTEGER NOT NULL,
        name TEXT NOT NULL,
        opens_at TIME NOT NULL,
        closes_at TIME NOT NULL,
        late_after TIME NOT NULL,
        UNIQUE (event_id, number)
    )""",
    """INSERT INTO event_moment (event_id, number, name, opens_at, closes_at, late_after)
       SELECT id, 1, 'Kehadiran', '00:00:00', '23:59:00', late_after FROM event""",
]

POSTGRESQL = [
    "ALTER TABLE checkin ADD COLUMN moment INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE checkin DROP CONSTRAINT IF EXISTS checkin_event_id_person_id_key",
]

SQLITE = [
    """CREATE TABLE checkin_with_moment (
        id {pk},
        event_id INTEGER NOT NULL REFERENCES event (id),
        person_id INTEGER NOT NULL REFERENCES person (id),
        at {datetime} NOT NULL,
        station TEXT NOT NULL,
        method TEXT NOT NULL,
        operator TEXT NOT NULL,
        late BOOLEAN NOT NULL,
        note TEXT NOT NULL,
        signer VARCHAR(32) NOT NULL DEFAULT '',
        signature TEXT NOT NULL DEFAULT '',
        time_source VARCHAR(10) NOT NULL DEFAULT '',
        clock_offset_s INTEGER,
        offset_age_s INTEGER,
        moment INTEGER NOT NULL DEFAULT 1
    )""",
    """INSERT INTO checkin_with_moment (id, event_id, person_id, at, station, method, operator,
                                        late, note, signer, signature, time_source,
                                        clock_offset_s, offset_age_s, moment)
       SELECT id, event_id, person_id, at, station, method, operator, late, note, signer,
              signature, time_source, clock_offset_s, offset_age_s, 1 FROM checkin""",
    # Keep the id counter: a cancelled check-in's id is never given to another row.
    "DELETE FROM sqlite_sequence WHERE name = 'checkin_with_moment'",
    """INSERT INTO sqlite_sequence (name, seq)
       SELECT 'checkin_with_moment', seq FROM sqlite_sequence WHERE name = 'checkin'""",
    "DROP TABLE checkin",
    "ALTER TABLE checkin_with_moment RENAME TO checkin",
    "CREATE INDEX checkin_event_at ON checkin (event_id, at)",
    "CREATE INDEX checkin_event ON checkin (event_id, id)",
]

# Events made from now on have their moments covered by the audit trail (row digests).
COVERAGE = [
    "ALTER TABLE signing_start ADD COLUMN first_moment_event INTEGER NOT NULL DEFAULT 0",
    "UPDATE signing_start SET first_moment_event = (SELECT COALESCE(MAX(id), 0) + 1 FROM event)",
]

# One check-in per person per moment of an event is a constraint, not only a check in code.
ONCE = ["CREATE UNIQUE INDEX checkin_once ON checkin (event_id, moment, person_id)"]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    checkin = POSTGRESQL if schema.dialect == "postgresql" else SQLITE
    for statement in MOMENT_TABLE + checkin + ONCE + COVERAGE:
        schema.execute(statement)
