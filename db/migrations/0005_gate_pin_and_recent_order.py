"""Supervisor PINs (a salted scrypt hash per named PIN, with its wrong-try count and lock),
and an index that lists an event's check-ins in the order they were recorded (the gate's
"last 20", read every two seconds, in well under a millisecond on 10,000 people).

Placeholders in braces are filled in per database by ``app.store.migrations``.
"""

STATEMENTS = [
    """CREATE TABLE admin_pin (
        id {pk},
        name TEXT NOT NULL UNIQUE,
        salt {blob} NOT NULL,
        digest {blob} NOT NULL,
        scrypt_n INTEGER NOT NULL,
        scrypt_r INTEGER NOT NULL,
        scrypt_p INTEGER NOT NULL,
        failures INTEGER NOT NULL,
        locked_until {datetime},
        updated_at {datetime} NOT NULL
    )""",
    "CREATE INDEX checkin_event ON checkin (event_id, id)",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
