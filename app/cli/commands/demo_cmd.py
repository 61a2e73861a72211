"""``netra demo``: a ready demo organisation, roster and event."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit
from app.core.locale_format import number
from app.services.demo_service import DEFAULT_PEOPLE

MAX_DEMO_PEOPLE = 100_000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="buat acara contoh yang siap dipakai")
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE, help="jumlah pegawai")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    parser.set_defaults(run=run, creates_database=True)


@changes_data
def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if not 1 <= args.people <= MAX_DEMO_PEOPLE:
        raise CommandFailed(f"--people harus antara 1 dan {number(MAX_DEMO_PEOPLE)}")
    result = ctx.services().demo.ensure_demo(args.people)
    emit(
        {
            "organisation_id": result.organisation_id,
            "event_id": result.event_id,
            "people_added": result.people_added,
            "people_total": result.people_total,
        },
        args.json,
        f"Acara contoh nomor {result.event_id} siap: {number(result.people_total)} pegawai "
        f"({number(result.people_added)} baru).",
    )
    return 0
