"""Supervisor PINs: a salted scrypt hash per named PIN, with its wrong-try count and lock.

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
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
