"""Station identity: the stations a database knows (their public keys and whether HR
approved them), and each check-in and scan-log row's seal (signer fingerprint and
signature). ``signing_start`` remembers the first row ids written with seals, and the
first people, events, organisations and pakta signatures whose rows the audit trail
covers, so rows made by earlier versions are reported as made "before station
signatures", not as forged.

Placeholders in braces are filled in per database by ``app.store.migrations``.
"""

STATEMENTS = [
    """CREATE TABLE station (
        id {pk},
        fingerprint VARCHAR(32) NOT NULL UNIQUE,
        public_key {blob} NOT NULL,
        name TEXT NOT NULL,
        status VARCHAR(16) NOT NULL,
        requested_at {datetime} NOT NULL,
        decided_at {datetime},
        decided_by TEXT NOT NULL
    )""",
    "ALTER TABLE checkin ADD COLUMN signer VARCHAR(32) NOT NULL DEFAULT ''",
    "ALTER TABLE checkin ADD COLUMN signature TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE scan_log ADD COLUMN signer VARCHAR(32) NOT NULL DEFAULT ''",
    "ALTER TABLE scan_log ADD COLUMN signature TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE signing_start (
        id {pk},
        first_checkin INTEGER NOT NULL,
        first_scan INTEGER NOT NULL,
        first_person INTEGER NOT NULL,
        first_event INTEGER NOT NULL,
        first_organisation INTEGER NOT NULL,
        first_pakta_signature INTEGER NOT NULL
    )""",
    """INSERT INTO signing_start (first_checkin, first_scan, first_person, first_event,
                                  first_organisation, first_pakta_signature)
       SELECT (SELECT COALESCE(MAX(id), 0) + 1 FROM checkin),
              (SELECT COALESCE(MAX(id), 0) + 1 FROM scan_log),
              (SELECT COALESCE(MAX(id), 0) + 1 FROM person),
              (SELECT COALESCE(MAX(id), 0) + 1 FROM event),
              (SELECT COALESCE(MAX(id), 0) + 1 FROM organisation),
              (SELECT COALESCE(MAX(id), 0) + 1 FROM pakta_signature)""",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
