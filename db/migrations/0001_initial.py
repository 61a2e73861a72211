"""The first schema: organisations and their keys, units, people, events, check-ins, logs.

Placeholders in braces are filled in per database by ``app.store.migrations``.
"""

STATEMENTS = [
    """CREATE TABLE organisation (
        id {pk},
        name TEXT NOT NULL,
        created_at {datetime} NOT NULL
    )""",
    """CREATE TABLE signing_key (
        id {pk},
        organisation_id INTEGER NOT NULL REFERENCES organisation (id),
        key_id TEXT NOT NULL UNIQUE,
        public_key {blob} NOT NULL,
        private_key {blob},
        active BOOLEAN NOT NULL,
        created_at {datetime} NOT NULL
    )""",
    """CREATE TABLE unit (
        id {pk},
        organisation_id INTEGER NOT NULL REFERENCES organisation (id),
        name TEXT NOT NULL,
        UNIQUE (organisation_id, name)
    )""",
    """CREATE TABLE person (
        id {pk},
        organisation_id INTEGER NOT NULL REFERENCES organisation (id),
        id_number TEXT NOT NULL,
        id_kind TEXT NOT NULL,
        name TEXT NOT NULL,
        front_title TEXT NOT NULL,
        back_title TEXT NOT NULL,
        status TEXT NOT NULL,
        gender TEXT NOT NULL,
        grade TEXT NOT NULL,
        position TEXT NOT NULL,
        unit_id INTEGER REFERENCES unit (id),
        active BOOLEAN NOT NULL,
        is_guest BOOLEAN NOT NULL,
        badge_serial INTEGER NOT NULL,
        created_at {datetime} NOT NULL,
        updated_at {datetime} NOT NULL,
        UNIQUE (organisation_id, id_number)
    )""",
    "CREATE INDEX person_unit ON person (unit_id)",
    """CREATE TABLE person_photo (
        person_id INTEGER PRIMARY KEY REFERENCES person (id),
        image {blob} NOT NULL
    )""",
    """CREATE TABLE event (
        id {pk},
        organisation_id INTEGER NOT NULL REFERENCES organisation (id),
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        day DATE NOT NULL,
        start_time TIME NOT NULL,
        late_after TIME NOT NULL,
        venue TEXT NOT NULL,
        organiser TEXT NOT NULL,
        kop_lines TEXT NOT NULL,
        logo {blob},
        presiding_name TEXT NOT NULL,
        presiding_nip TEXT NOT NULL,
        presiding_position TEXT NOT NULL,
        created_at {datetime} NOT NULL,
        updated_at {datetime} NOT NULL
    )""",
    """CREATE TABLE event_attendee (
        id {pk},
        event_id INTEGER NOT NULL REFERENCES event (id),
        person_id INTEGER NOT NULL REFERENCES person (id),
        notice TEXT NOT NULL,
        UNIQUE (event_id, person_id)
    )""",
    "CREATE INDEX event_attendee_person ON event_attendee (person_id)",
    # One check-in per person per event is a constraint, not only a check in code.
    """CREATE TABLE checkin (
        id {pk},
        event_id INTEGER NOT NULL REFERENCES event (id),
        person_id INTEGER NOT NULL REFERENCES person (id),
        at {datetime} NOT NULL,
        station TEXT NOT NULL,
        method TEXT NOT NULL,
        operator TEXT NOT NULL,
        late BOOLEAN NOT NULL,
        note TEXT NOT NULL,
        UNIQUE (event_id, person_id)
    )""",
    "CREATE INDEX checkin_event_at ON checkin (event_id, at)",
    """CREATE TABLE scan_log (
        id {pk},
        event_id INTEGER NOT NULL REFERENCES event (id),
        at {datetime} NOT NULL,
        station TEXT NOT NULL,
        method TEXT NOT NULL,
        raw TEXT NOT NULL,
        outcome TEXT NOT NULL,
        person_id INTEGER REFERENCES person (id)
    )""",
    "CREATE INDEX scan_log_event ON scan_log (event_id, at)",
    """CREATE TABLE audit_log (
        id {pk},
        at {datetime} NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        event_id INTEGER,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    "CREATE INDEX audit_log_event ON audit_log (event_id)",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
