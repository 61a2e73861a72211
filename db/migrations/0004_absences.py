"""Why an expected person was absent, recorded by HR after the ceremony (one per person)."""

STATEMENTS = [
    """CREATE TABLE absence (
        id {pk},
        event_id INTEGER NOT NULL REFERENCES event (id),
        person_id INTEGER NOT NULL REFERENCES person (id),
        reason TEXT NOT NULL,
        note TEXT NOT NULL,
        recorded_at {datetime} NOT NULL,
        recorded_by TEXT NOT NULL,
        UNIQUE (event_id, person_id)
    )""",
    "CREATE INDEX absence_person ON absence (person_id)",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
