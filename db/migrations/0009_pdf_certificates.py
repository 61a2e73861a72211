"""The certificate each organisation signs its PDFs with (daftar hadir, rekap, pakta): one
Netra makes by default, or a PKCS#12 certificate the organisation loads (BSrE). A replaced
certificate stays, inactive, so files signed with it still verify."""

STATEMENTS = [
    """CREATE TABLE pdf_certificate (
        id {pk},
        organisation_id INTEGER NOT NULL REFERENCES organisation (id),
        certificate {blob} NOT NULL,
        chain {blob},
        private_key {blob} NOT NULL,
        source TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        active BOOLEAN NOT NULL,
        created_at {datetime} NOT NULL
    )""",
    "CREATE INDEX pdf_certificate_organisation ON pdf_certificate (organisation_id, active)",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
