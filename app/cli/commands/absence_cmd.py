"""``netra absence``: why expected people were absent (izin, sakit, cuti, dinas luar, ...)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import emit, refused
from app.core.locale_format import number
from app.core.report_data import REASON_CHOICES
from app.services.event_service import Invalid

NOTHING_SAVED = "tidak ada yang disimpan:"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("absence", help="alasan ketidakhadiran pegawai")
    actions = parser.add_subparsers(dest="absence_action", metavar="TINDAKAN", required=True)
    record = actions.add_parser("set", help="catat alasan satu orang")
    record.add_argument("--event", type=int, required=True, metavar="NOMOR")
    record.add_argument("--person", required=True, metavar="NIP")
    record.add_argument("--reason", required=True, metavar="ALASAN", help=REASON_CHOICES)
    record.add_argument("--note", default="", metavar="CATATAN")
    record.set_defaults(run=run_set)
    clear = actions.add_parser("clear", help="hapus alasan satu orang")
    clear.add_argument("--event", type=int, required=True, metavar="NOMOR")
    clear.add_argument("--person", required=True, metavar="NIP")
    clear.set_defaults(run=run_clear)
    load = actions.add_parser(
        "import", help="impor alasan dari berkas .xlsx/.csv (kolom NIP, Alasan, Catatan)"
    )
    load.add_argument("file", type=Path, metavar="BERKAS")
    load.add_argument("--event", type=int, required=True, metavar="NOMOR")
    load.add_argument("--json", action="store_true", help="keluaran JSON")
    load.set_defaults(run=run_import)


@changes_data
def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    result = ctx.services().absences.record(args.event, args.person, args.reason, args.note)
    if isinstance(result, Invalid):
        raise refused(result.errors, NOTHING_SAVED)
    print(f"Alasan tidak hadir {args.person} tercatat.")
    return 0


@changes_data
def run_clear(args: argparse.Namespace, ctx: CliContext) -> int:
    result = ctx.services().absences.clear(args.event, args.person)
    if isinstance(result, Invalid):
        raise refused(result.errors, NOTHING_SAVED)
    print("Alasan dihapus." if result.count else "Tidak ada alasan yang tercatat.")
    return 0


@changes_data
def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    result = ctx.services().absences.import_sheet(args.event, args.file)
    if isinstance(result, Invalid):
        raise refused(result.errors, NOTHING_SAVED)
    emit({"recorded": result.count}, args.json, f"{number(result.count)} alasan tercatat.")
    return 0
