"""The laporan pelaksanaan of an event: the text HR wrote for it (one JSON document per
event) and its documentation photos (the originals stay as files beside the database,
named by their SHA-256; the table holds their order and captions)."""

STATEMENTS = [
    """CREATE TABLE laporan_text (
        id {pk},
        event_id INTEGER NOT NULL UNIQUE REFERENCES event (id),
        body TEXT NOT NULL,
        updated_at {datetime} NOT NULL,
        updated_by TEXT NOT NULL
    )""",
    """CREATE TABLE laporan_photo (
        id {pk},
        event_id INTEGER NOT NULL REFERENCES event (id),
        position INTEGER NOT NULL,
        caption TEXT NOT NULL,
        original_name TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        added_at {datetime} NOT NULL,
        added_by TEXT NOT NULL,
        UNIQUE (event_id, sha256)
    )""",
    "CREATE INDEX laporan_photo_event ON laporan_photo (event_id, position)",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
