"""``netra roster import FILE``: bring the roster in from an Excel or CSV export."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit
from app.core.locale_format import number
from app.services.event_service import Invalid


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("roster", help="daftar pegawai")
    actions = parser.add_subparsers(dest="roster_action", metavar="AKSI", required=True)
    importer = actions.add_parser(
        "import", help="impor daftar pegawai dari .xlsx atau .csv (SIASN/SIMPEG)"
    )
    importer.add_argument("file", type=Path, metavar="BERKAS")
    importer.add_argument("--event", type=int, metavar="ID", help="masukkan juga ke acara ini")
    importer.add_argument("--json", action="store_true", help="keluaran JSON")
    importer.set_defaults(run=run_import)


@changes_data
def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    organisation_id = ctx.organisation_id(args.event)
    result = ctx.services().roster.import_file(args.file, organisation_id, args.event)
    if isinstance(result, Invalid):
        if args.json:
            emit(
                {
                    "imported": False,
                    "errors": [
                        {"row": e.row, "column": e.field, "message": e.message}
                        for e in result.errors
                    ],
                },
                True,
                "",
            )
        lines = "\n".join(f"  {error}" for error in result.errors)
        raise CommandFailed(
            f"{args.file.name}: {number(len(result.errors))} masalah, tidak ada yang diimpor.\n"
            f"{lines}"
        )
    emit(
        {
            "imported": True,
            "rows": result.rows,
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
            "added_to_event": result.added_to_event,
        },
        args.json,
        f"{args.file.name}: {number(result.rows)} baris; {number(result.created)} baru, "
        f"{number(result.updated)} diperbarui, {number(result.unchanged)} tetap"
        + (f"; {number(result.added_to_event)} ditambahkan ke acara." if args.event else "."),
    )
    return 0
