"""The periods an event's gate was closed (read from the audit trail by the store), and
whether a time falls in one: a reopening, for a late guest or for Pulang, lets no time from
while the gate was closed in."""

from __future__ import annotations

from datetime import datetime

ClosedPeriod = tuple[datetime, datetime | None]  # closed at, reopened at (None: still closed)


def closed_during(periods: list[ClosedPeriod], at: datetime) -> datetime | None:
    """When the gate had closed, if ``at`` falls while it was closed."""
    for closed, reopened in periods:
        if closed < at and (reopened is None or at < reopened):
            return closed
    return None
