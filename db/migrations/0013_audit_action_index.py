"""An index on the audit log's action, so a gate finds whether its event's gate was closed
(``gate.closed`` / ``gate.reopened`` entries) at every scan without reading the event's
thousands of check-in entries.

Placeholders in braces are filled in per database by ``app.store.migrations``.
"""

STATEMENTS = [
    "CREATE INDEX audit_log_action_event ON audit_log (action, event_id)",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
