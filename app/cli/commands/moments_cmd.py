"""``netra moments``: list an event's moments (kedatangan, pulang, ...) or set them."""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from datetime import time

from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit, refused
from app.core.events import moments_of
from app.core.locale_format import clock_time
from app.core.moments import Moment
from app.services.event_service import Invalid

SPEC_HELP = (
    "[NOMOR:]NAMA,BUKA,TUTUP,TERLAMBAT (jam HH:MM), mis. Pulang,15:00,17:00,16:30 atau, "
    "untuk mengganti nama sesi 1, 1:Kedatangan,06:00,09:00,07:45"
)
BAD_SPEC = "--set {spec!r}: tulis " + SPEC_HELP


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "moments", help="sesi acara (kedatangan, pulang, ...): lihat atau ubah"
    )
    parser.add_argument("--event", type=int, required=True, metavar="NOMOR", help="nomor acara")
    parser.add_argument(
        "--set", dest="specs", action="append", metavar="SESI",
        help=f"ganti semua sesi dengan yang disebut (ulang untuk tiap sesi): {SPEC_HELP}; "
        "sesi yang namanya sama tetap memakai nomornya",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    parser.set_defaults(run=run)


def parse_spec(spec: str, numbers: dict[str, int]) -> Moment:
    """One ``--set``; the number is the one written, else that of the moment so named."""
    parts = [part.strip() for part in spec.split(",")]
    if len(parts) != 4:
        raise CommandFailed(BAD_SPEC.format(spec=spec))
    written = re.fullmatch(r"(\d+):(.+)", parts[0])
    name = written[2].strip() if written else parts[0]
    number = int(written[1]) if written else numbers.get(name.casefold(), 0)
    try:
        opens, closes, late = (time.fromisoformat(part) for part in parts[1:])
    except ValueError:
        raise CommandFailed(BAD_SPEC.format(spec=spec)) from None
    return Moment(name, opens, closes, late, number)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.specs:
        return run_set(args, ctx)
    show(ctx, args.event, args.json)
    return 0


@changes_data
def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    event = ctx.event(args.event)
    numbers = {moment.name.casefold(): moment.number for moment in moments_of(event)}
    moments = [parse_spec(spec, numbers) for spec in args.specs]
    late = min(moments, key=lambda moment: moment.opens_at).late_after
    saved = ctx.services().events.save(replace(event, moments=moments, late_after=late))
    if isinstance(saved, Invalid):
        raise refused(saved.errors, "sesi tidak disimpan:")
    show(ctx, args.event, args.json)
    return 0


def show(ctx: CliContext, event_id: int, as_json: bool) -> None:
    moments = moments_of(ctx.event(event_id))
    rows = [
        {"number": m.number, "name": m.name, "opens_at": m.opens_at.strftime("%H:%M"),
         "closes_at": m.closes_at.strftime("%H:%M"), "late_after": m.late_after.strftime("%H:%M")}
        for m in moments
    ]  # fmt: skip
    lines = [
        f"{m.number:>3}  {m.name}  {clock_time(m.opens_at)}-{clock_time(m.closes_at)}, "
        f"terlambat setelah {clock_time(m.late_after)}"
        for m in moments
    ]
    emit(rows, as_json, "\n".join(lines))
