"""``netra jurnal gabung``: merge back what a station kept in its journal while its
database file was gone or damaged."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit
from app.services.journal_service import JournalService


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("jurnal", help="jurnal stasiun saat basis data hilang")
    commands = parser.add_subparsers(dest="journal_command", required=True, metavar="PERINTAH")
    merge = commands.add_parser("gabung", help="gabungkan jurnal ke basis data ini")
    merge.add_argument("file", type=Path, metavar="BERKAS", help="berkas .jurnal.jsonl")
    merge.add_argument("--json", action="store_true", help="keluaran JSON")
    merge.set_defaults(run=run_merge)


@changes_data
def run_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    report = JournalService(ctx.store, actor="cli").merge(args.file)
    if isinstance(report, str):
        raise CommandFailed(report)
    lines = report.lines(args.file.name)
    emit(
        {"outcomes": dict(report.outcomes), "problems": report.problems},
        args.json,
        "\n".join(lines),
    )
    return 1 if report.problems else 0
