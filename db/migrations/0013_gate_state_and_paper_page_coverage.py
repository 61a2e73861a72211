"""An index on the audit log's action, so a gate finds whether its event's gate was closed
(``gate.closed`` / ``gate.reopened`` entries) at every scan without reading the event's
thousands of check-in entries; and the first paper pakta page whose row the audit trail
covers, so pages stored by earlier versions are reported as older, not as forged.

Placeholders in braces are filled in per database by ``app.store.migrations``.
"""

STATEMENTS = [
    "CREATE INDEX audit_log_action_event ON audit_log (action, event_id)",
    "ALTER TABLE signing_start ADD COLUMN first_pakta_paper_page INTEGER NOT NULL DEFAULT 1",
    """UPDATE signing_start
       SET first_pakta_paper_page = (SELECT COALESCE(MAX(id), 0) + 1 FROM pakta_paper_page)""",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
