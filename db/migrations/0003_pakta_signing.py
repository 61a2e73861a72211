"""Pakta integritas: who signs at an event and in which order, each event's template, and
every signature given (strokes as data; a replaced one stays, marked superseded)."""

STATEMENTS = [
    """CREATE TABLE pakta_signer (
        id {pk},
        event_id INTEGER NOT NULL REFERENCES event (id),
        person_id INTEGER NOT NULL REFERENCES person (id),
        role TEXT NOT NULL,
        position INTEGER NOT NULL,
        UNIQUE (event_id, person_id)
    )""",
    """CREATE TABLE pakta_template (
        event_id INTEGER PRIMARY KEY REFERENCES event (id),
        body TEXT NOT NULL,
        place TEXT NOT NULL,
        updated_at {datetime} NOT NULL
    )""",
    """CREATE TABLE pakta_signature (
        id {pk},
        event_id INTEGER NOT NULL REFERENCES event (id),
        person_id INTEGER NOT NULL REFERENCES person (id),
        text TEXT NOT NULL,
        name TEXT NOT NULL,
        nip TEXT NOT NULL,
        strokes TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        signed_at {datetime} NOT NULL,
        station TEXT NOT NULL,
        superseded_at {datetime}
    )""",
    "CREATE INDEX pakta_signature_event ON pakta_signature (event_id, person_id)",
    "CREATE INDEX pakta_signature_fingerprint ON pakta_signature (fingerprint)",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
