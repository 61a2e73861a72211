"""Where each check-in's time came from: the server, the station's clock corrected by the
offset it last measured (and how old that measurement was), the station's own clock, or a
correction made when its records were merged (``app.core.station_time``).

Check-ins recorded before keep an empty source: their station signatures still hold.
"""

STATEMENTS = [
    "ALTER TABLE checkin ADD COLUMN time_source VARCHAR(10) NOT NULL DEFAULT ''",
    "ALTER TABLE checkin ADD COLUMN clock_offset_s INTEGER",
    "ALTER TABLE checkin ADD COLUMN offset_age_s INTEGER",
]


def upgrade(schema) -> None:  # noqa: ANN001 - the runner's Schema, kept import-free
    for statement in STATEMENTS:
        schema.execute(statement)
