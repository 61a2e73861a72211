"""``netra jurnal gabung``: merge back what a station kept in its journal while its
database file was gone or damaged."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.output import CommandFailed, emit
from app.core.locale_format import number
from app.services.journal_service import JournalService

WORDS = {"recorded": "tercatat", "late": "tercatat terlambat", "duplicate": "sudah tercatat"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("jurnal", help="jurnal stasiun saat basis data hilang")
    commands = parser.add_subparsers(dest="journal_command", required=True, metavar="PERINTAH")
    merge = commands.add_parser("gabung", help="gabungkan jurnal ke basis data ini")
    merge.add_argument("file", type=Path, metavar="BERKAS", help="berkas .jurnal.jsonl")
    merge.add_argument("--json", action="store_true", help="keluaran JSON")
    merge.set_defaults(run=run_merge)


def run_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    report = JournalService(ctx.store, actor="cli").merge(args.file)
    if isinstance(report, str):
        raise CommandFailed(report)
    counted = ", ".join(
        f"{number(count)} {WORDS.get(outcome, 'ditolak (' + outcome + ')')}"
        for outcome, count in sorted(report.outcomes.items())
    )
    lines = [f"Jurnal {args.file.name} digabung: {counted or 'tidak ada baris'}.", *report.problems]
    emit(
        {"outcomes": dict(report.outcomes), "problems": report.problems},
        args.json,
        "\n".join(lines),
    )
    return 1 if report.problems else 0
