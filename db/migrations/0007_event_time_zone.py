"""The event's time zone (WIB, WITA or WIT), printed with every time of its documents.

Events saved before this version were all held in WIB, the zone Netra assumed.
"""

STATEMENTS = ["ALTER TABLE event ADD COLUMN time_zone VARCHAR(4) NOT NULL DEFAULT 'WIB'"]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
