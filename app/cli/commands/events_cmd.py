"""``netra events``: list events."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext
from app.cli.output import emit
from app.core.locale_format import clock_time, day_and_date, number


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("events", help="daftar acara")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    rows = []
    lines = []
    for event in services.events.list_events():
        assert event.id is not None
        counts = services.events.counts(event.id)
        rows.append(
            {
                "id": event.id,
                "title": event.title,
                "kind": event.kind.value,
                "day": event.day.isoformat(),
                "start_time": event.start_time.strftime("%H:%M"),
                "late_after": event.late_after.strftime("%H:%M"),
                "time_zone": event.time_zone.value,
                "venue": event.venue,
                "expected": counts.expected,
                "present": counts.present,
            }
        )
        lines.append(
            f"{event.id:>4}  {day_and_date(event.day)} {clock_time(event.start_time)} "
            f"{event.time_zone}  "
            f"{event.title}  ({number(counts.present)}/{number(counts.expected)} hadir)"
        )
    emit(rows, args.json, "\n".join(lines) if lines else "Belum ada acara.")
    return 0
