"""Per-event pledge scripts (edited copies of the shipped ones) and the audience screen theme.

Placeholders in braces are filled in per database by ``app.store.migrations``.
"""

STATEMENTS = [
    # points: a JSON array of strings, in reading order.
    """CREATE TABLE ikrar_script (
        id {pk},
        event_id INTEGER NOT NULL REFERENCES event (id),
        title TEXT NOT NULL,
        opening TEXT NOT NULL,
        points TEXT NOT NULL,
        closing TEXT NOT NULL,
        based_on TEXT NOT NULL,
        created_at {datetime} NOT NULL,
        updated_at {datetime} NOT NULL
    )""",
    "CREATE INDEX ikrar_script_event ON ikrar_script (event_id)",
    """CREATE TABLE ikrar_theme (
        event_id INTEGER PRIMARY KEY REFERENCES event (id),
        background TEXT NOT NULL,
        text_colour TEXT NOT NULL,
        highlight TEXT NOT NULL,
        dim TEXT NOT NULL,
        font TEXT NOT NULL,
        background_image {blob},
        updated_at {datetime} NOT NULL
    )""",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
