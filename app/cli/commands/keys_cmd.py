"""``netra keys export-public FILE`` / ``import-public FILE``: gate stations verify, never sign."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.output import CommandFailed, emit
from app.services.event_service import Invalid

MAX_KEY_FILE_BYTES = 64 * 1024


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("keys", help="kunci tanda tangan kartu QR")
    actions = parser.add_subparsers(dest="keys_action", metavar="AKSI", required=True)
    export = actions.add_parser(
        "export-public", help="simpan kunci publik instansi untuk stasiun gerbang"
    )
    export.add_argument("file", type=Path, metavar="BERKAS")
    export.add_argument("--event", type=int, metavar="ID", help="instansi penyelenggara acara ini")
    export.add_argument("--json", action="store_true", help="keluaran JSON")
    export.set_defaults(run=run_export)
    importer = actions.add_parser(
        "import-public", help="pasang kunci publik instansi dari stasiun pencetak kartu"
    )
    importer.add_argument("file", type=Path, metavar="BERKAS")
    importer.add_argument("--json", action="store_true", help="keluaran JSON")
    importer.set_defaults(run=run_import)


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    organisation_id = ctx.organisation_id(args.event)
    services.badges.ensure_signing_key(organisation_id)
    text = services.badges.public_key_file(organisation_id)
    assert text is not None
    try:
        args.file.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CommandFailed(f"berkas {args.file} tidak dapat ditulis: {error.strerror}") from error
    services.exports.record("kunci-publik", args.file, args.event, 1)
    name = services.events.organisation_name(organisation_id)
    emit(
        {"file": str(args.file), "organisation": name},
        args.json,
        f"Kunci publik {name} disimpan di {args.file}. Kunci privat tidak ikut disimpan.",
    )
    return 0


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        if args.file.stat().st_size > MAX_KEY_FILE_BYTES:
            raise CommandFailed(
                f"{args.file.name}: bukan berkas kunci publik Netra (terlalu besar)"
            )
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandFailed(f"berkas {args.file} tidak dapat dibaca") from error
    services = ctx.services()
    result = services.badges.import_public_key(text)
    if isinstance(result, Invalid):
        raise CommandFailed(f"{args.file.name}: {result.errors[0].message}")
    name = services.events.organisation_name(result.organisation_id)
    emit(
        {"organisation": name, "key_id": result.key_id.hex(), "added": result.added},
        args.json,
        f"Kunci publik {name} ({result.key_id.hex()}) "
        + ("dipasang." if result.added else "sudah terpasang sebelumnya."),
    )
    return 0
