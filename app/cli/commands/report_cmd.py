"""``netra report attendance`` and ``netra export``: the daftar hadir PDF and the sheets."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.output import emit, finished, refused
from app.core.locale_format import number
from app.core.progress import Cancelled
from app.core.report_data import Paper, ReportKind, ReportRequest
from app.services.event_service import Invalid
from app.services.report_service import Written


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="cetak laporan kehadiran (PDF)")
    kinds = report.add_subparsers(dest="report_kind", metavar="LAPORAN", required=True)
    attendance = kinds.add_parser("attendance", help="daftar hadir, rekap dan yang tidak hadir")
    attendance.add_argument("--event", type=int, required=True, metavar="NOMOR")
    attendance.add_argument("--out", type=Path, required=True, metavar="BERKAS.pdf")
    attendance.add_argument("--unit", metavar="NAMA", help="hanya satu unit kerja")
    attendance.add_argument(
        "--part", choices=[k.value for k in ReportKind], default=ReportKind.COMPLETE.value,
        help="tanda-tangan: daftar hadir untuk ditandatangani saat apel (tanpa status); "
        "kehadiran: daftar hadir setelah apel (status, jam datang, alasan tidak hadir); "
        "rekap: rekap per unit dan yang tidak hadir; lengkap (bawaan): kehadiran dan rekap",
    )  # fmt: skip
    attendance.add_argument(
        "--paper", choices=[p.value for p in Paper], default=Paper.A4.value,
        help="ukuran kertas: a4 (bawaan) atau f4 (folio, 215 x 330 mm)",
    )  # fmt: skip
    attendance.add_argument("--json", action="store_true", help="keluaran JSON")
    attendance.set_defaults(run=run_report)
    export = subparsers.add_parser("export", help="ekspor kehadiran ke Excel (.xlsx) atau CSV")
    export.add_argument("--event", type=int, required=True, metavar="NOMOR")
    export.add_argument("--out", type=Path, required=True, metavar="BERKAS.xlsx|BERKAS.csv")
    export.add_argument("--unit", metavar="NAMA", help="hanya satu unit kerja")
    export.add_argument("--json", action="store_true", help="keluaran JSON")
    export.set_defaults(run=run_export)


def run_report(args: argparse.Namespace, ctx: CliContext) -> int:
    request = ReportRequest(ReportKind(args.part), args.unit, Paper(args.paper))
    result = ctx.services().reports.write_pdf(args.event, request, args.out)
    return _written(result, args.json, "Laporan kehadiran")


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    result = ctx.services().reports.export(args.event, args.out, args.unit)
    return _written(result, args.json, "Data kehadiran")


def _written(result: Written | Invalid | Cancelled, as_json: bool, what: str) -> int:
    if isinstance(result, Invalid):
        raise refused(result.errors)
    result = finished(result)
    emit(
        {"path": str(result.path), "people": result.people},
        as_json,
        f"{what} {number(result.people)} orang tersimpan di {result.path}",
    )
    return 0
