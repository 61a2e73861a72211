"""Pakta integritas signed on paper: the scanned page kept beside its person (one per person
and event), with its SHA-256 and what the signature box held."""

STATEMENTS = [
    """CREATE TABLE pakta_paper_page (
        id {pk},
        event_id INTEGER NOT NULL REFERENCES event (id),
        person_id INTEGER NOT NULL REFERENCES person (id),
        verdict TEXT NOT NULL,
        ink_area_mm2 REAL NOT NULL,
        text_version BIGINT NOT NULL,
        image {blob} NOT NULL,
        image_sha256 TEXT NOT NULL,
        source TEXT NOT NULL,
        scanned_at {datetime} NOT NULL,
        scanned_by TEXT NOT NULL,
        UNIQUE (event_id, person_id)
    )""",
    "CREATE INDEX pakta_paper_page_sha ON pakta_paper_page (event_id, image_sha256)",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
