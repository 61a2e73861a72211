"""``netra keys export-public FILE`` / ``import-public FILE``: gate stations verify, never sign."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit
from app.cli.pin_words import PIN_WORDS
from app.cli.secret import read_secret
from app.core.admin_pin import PinCheck
from app.services.badge_service import KeyReplacement
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
        "import-public",
        help="pasang kunci publik instansi dari stasiun pencetak kartu; mengganti kunci yang "
        "sudah dipercaya meminta PIN admin (di skrip: satu baris stdin)",
    )
    importer.add_argument("file", type=Path, metavar="BERKAS")
    importer.add_argument("--json", action="store_true", help="keluaran JSON")
    importer.set_defaults(run=run_import)


@changes_data
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
    fingerprint = services.badges.public_key_fingerprint(organisation_id)
    emit(
        {"file": str(args.file), "organisation": name, "fingerprint": fingerprint},
        args.json,
        f"Kunci publik {name} disimpan di {args.file}. Kunci privat tidak ikut disimpan.\n"
        f"Sidik jari: {fingerprint} (cocokkan di stasiun gerbang saat memasang).",
    )
    return 0


@changes_data
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
    if isinstance(result, KeyReplacement):
        print(
            f"{result.organisation} sudah memercayai kunci lain.\n"
            f"  kunci terpasang: {result.trusted_fingerprint}\n"
            f"  kunci di berkas: {result.offered_fingerprint}\n"
            "Ganti hanya bila sidik jari baru sama dengan yang dicetak BKD.",
            file=sys.stderr,
        )
        result = services.badges.import_public_key(text, read_secret("PIN admin: "))
    if isinstance(result, PinCheck):
        raise CommandFailed(PIN_WORDS.get(result.verdict, "PIN admin ditolak"))
    if isinstance(result, Invalid):
        raise CommandFailed(f"{args.file.name}: {result.errors[0].message}")
    assert not isinstance(result, KeyReplacement)
    name = services.events.organisation_name(result.organisation_id)
    emit(
        {
            "organisation": name,
            "key_id": result.key_id.hex(),
            "fingerprint": result.fingerprint,
            "added": result.added,
        },
        args.json,
        f"Kunci publik {name} "
        + ("dipasang." if result.added else "sudah terpasang sebelumnya.")
        + f"\nSidik jari: {result.fingerprint} (harus sama dengan yang dicetak BKD).",
    )
    return 0
