"""``netra badges`` (PDF sheet of cards) and ``netra badge-images`` (one PNG per person)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit, finished
from app.core.locale_format import number
from app.core.progress import Cancelled
from app.services.badge_print_service import BadgeRequest, BadgesWritten
from app.services.event_service import Invalid


def register(subparsers: argparse._SubParsersAction) -> None:
    sheet = subparsers.add_parser("badges", help="cetak kartu QR bertanda tangan ke PDF")
    sheet.add_argument("--event", type=int, required=True, metavar="ID")
    sheet.add_argument("--out", type=Path, required=True, metavar="BERKAS.pdf")
    sheet.add_argument("--unit", metavar="NAMA", help="hanya pegawai unit kerja ini")
    sheet.add_argument("--json", action="store_true", help="keluaran JSON")
    sheet.set_defaults(run=run_sheet)
    images = subparsers.add_parser(
        "badge-images", help="satu gambar QR (PNG) per pegawai, untuk dikirim ke ponsel"
    )
    images.add_argument("--event", type=int, required=True, metavar="ID")
    images.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    images.add_argument("--unit", metavar="NAMA", help="hanya pegawai unit kerja ini")
    images.add_argument("--json", action="store_true", help="keluaran JSON")
    images.set_defaults(run=run_images)


def _checked(result: BadgesWritten | Invalid | Cancelled) -> BadgesWritten:
    if isinstance(result, Invalid):
        raise CommandFailed("; ".join(error.message for error in result.errors))
    return finished(result)


@changes_data
def run_sheet(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.out.suffix.casefold() != ".pdf":
        raise CommandFailed(f"--out harus berkas .pdf, tertulis {args.out.name}")
    request = BadgeRequest(ctx.event(args.event).id or 0, args.out, args.unit)
    result = _checked(ctx.services().badge_printing.write_pdf(request))
    emit(
        {"badges": result.badges, "pages": result.pages, "file": str(args.out)},
        args.json,
        f"{number(result.badges)} kartu di {number(result.pages)} halaman: {args.out}",
    )
    return 0


@changes_data
def run_images(args: argparse.Namespace, ctx: CliContext) -> int:
    request = BadgeRequest(ctx.event(args.event).id or 0, args.out, args.unit)
    result = _checked(ctx.services().badge_printing.write_images(request))
    emit(
        {"images": result.badges, "folder": str(args.out), "files": [p.name for p in result.files]},
        args.json,
        f"{number(result.badges)} gambar QR disimpan di {args.out}",
    )
    return 0
