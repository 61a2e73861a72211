"""``netra init``: make a new, empty database where none is (the only command besides
``netra demo`` and ``netra restore`` that may create one)."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext
from app.cli.output import emit
from app.store.database import is_server_url, sqlite_path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("init", help="buat basis data baru yang kosong")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    parser.set_defaults(run=run, creates_database=True)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    existed = is_server_url(ctx.db_target) or sqlite_path(ctx.db_target).exists()
    where = ctx.store.description  # opening it creates the file and its tables
    emit(
        {"database": where, "created": not existed},
        args.json,
        f"Basis data sudah ada: {where}" if existed else f"Basis data baru dibuat: {where}",
    )
    return 0
