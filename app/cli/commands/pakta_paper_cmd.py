"""``netra pakta sheets | scan | coverage``: the pakta on paper for every employee.

Registered under ``netra pakta`` by ``pakta_cmd.register`` calling ``add_commands``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from app.cli.context import CliContext
from app.cli.output import CommandFailed, emit, finished
from app.core.locale_format import number
from app.core.pakta_paper import SIGN_STATE_TEXT, PageOutcome
from app.services.event_service import Invalid
from app.services.pakta_paper_scan import describe_page


def add_commands(commands: argparse._SubParsersAction) -> None:
    sheets = commands.add_parser("sheets", help="PDF lembar pakta pribadi per pegawai, per unit")
    sheets.add_argument("--event", type=int, required=True, metavar="ID")
    sheets.add_argument("--out", type=Path, required=True, metavar="BERKAS.pdf")
    sheets.add_argument("--unit", metavar="NAMA", help="hanya satu unit kerja")
    sheets.set_defaults(run=run_sheets)
    scan = commands.add_parser("scan", help="baca hasil pindaian lembar pakta (PDF atau folder)")
    scan.add_argument("source", type=Path, metavar="BERKAS.pdf|FOLDER")
    scan.add_argument("--event", type=int, required=True, metavar="ID")
    scan.add_argument("--json", action="store_true", help="keluaran JSON")
    scan.set_defaults(run=run_scan)
    coverage = commands.add_parser("coverage", help="cakupan penandatanganan per unit")
    coverage.add_argument("--event", type=int, required=True, metavar="ID")
    coverage.add_argument("--json", action="store_true", help="keluaran JSON")
    coverage.add_argument("--pending", action="store_true", help="daftar yang belum menandatangani")
    coverage.add_argument("--unit", metavar="NAMA", help="hanya satu unit kerja")
    coverage.add_argument(
        "--out", type=Path, metavar="BERKAS.pdf|.csv", help="tulis daftar tindak lanjut"
    )
    coverage.set_defaults(run=run_coverage)
    archive = commands.add_parser("archive", help="PDF per unit dari halaman yang ditandatangani")
    archive.add_argument("--event", type=int, required=True, metavar="ID")
    archive.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    archive.set_defaults(run=run_archive)


def _refuse(result: Invalid) -> NoReturn:
    raise CommandFailed("; ".join(str(error) for error in result.errors))


def run_sheets(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    result = services.pakta_paper.write_sheets(ctx.event(args.event), args.out, args.unit)
    if isinstance(result, Invalid):
        _refuse(result)
        return 1
    result = finished(result)
    print(
        f"{number(result.sheets)} lembar pakta untuk {number(result.units)} unit ditulis ke "
        f"{result.path}"
    )
    return 0


def run_scan(args: argparse.Namespace, ctx: CliContext) -> int:
    """Exit 0 when every page was read and stored (or already was), 1 when some need a look."""
    services = ctx.services()
    event = ctx.event(args.event)

    def progress(done: int, total: int) -> bool:
        if not args.json and (done % 50 == 0 or done == total):
            print(f"\r{done}/{total} halaman", end="", file=sys.stderr, flush=True)
        return True

    result = services.pakta_paper.scan(event, args.source, progress)
    if isinstance(result, Invalid):
        _refuse(result)
        return 1
    if not args.json:
        print(file=sys.stderr)
    rows = [
        {
            "page": p.number,
            "source": p.label,
            "outcome": p.outcome.value,
            "person": p.person,
            "verdict": p.verdict.value if p.verdict else None,
            "detail": p.detail,
        }
        for p in result.pages
    ]
    summary = (
        f"{number(len(result.pages))} halaman: {number(result.stored)} tercatat, "
        f"{number(result.count(PageOutcome.ALREADY_RECORDED))} sudah tercatat sebelumnya, "
        f"{number(len(result.problems))} perlu diperiksa."
    )
    emit(rows, args.json, "\n".join([*(describe_page(p) for p in result.problems), summary]))
    return 0 if not result.problems else 1


def run_coverage(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    event = ctx.event(args.event)
    coverage = services.pakta_paper.coverage(event)
    if args.out is not None:
        written = services.pakta_paper.write_follow_up(event, args.out, args.unit)
        if isinstance(written, Invalid):
            _refuse(written)
        print(f"Daftar tindak lanjut ({number(written.rows)} orang) ditulis ke {written.path}")
        return 0
    if args.pending:
        people = coverage.still_to_sign(args.unit)
        rows = [
            {"unit": p.unit, "name": p.name, "id": p.id_line, "state": p.state.value}
            for p in people
        ]
        lines = [f"{p.unit}: {p.name} ({p.id_line}) — {SIGN_STATE_TEXT[p.state]}" for p in people]
        emit(rows, args.json, "\n".join(lines) or "Semua sudah menandatangani.")
        return 0
    units = [u for u in coverage.units if args.unit is None or u.unit == args.unit]
    table = [
        {
            "unit": u.unit, "expected": u.expected, "signed_screen": u.signed_screen,
            "signed_paper": u.signed_paper, "returned_empty": u.returned_empty,
            "not_signed": u.not_signed,
        }
        for u in [*units, coverage.total]
    ]  # fmt: skip
    lines = [
        f"{u.unit}: {number(u.signed)} dari {number(u.expected)} sudah "
        f"(layar {number(u.signed_screen)}, kertas {number(u.signed_paper)}); "
        f"belum {number(u.not_signed)}, di antaranya kembali kosong {number(u.returned_empty)}"
        for u in [*units, coverage.total]
    ]
    emit(table, args.json, "\n".join(lines))
    return 0


def run_archive(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    result = services.pakta_paper.write_archive(ctx.event(args.event), args.out)
    if isinstance(result, Invalid):
        _refuse(result)
        return 1
    print(f"{number(result.pages)} halaman dalam {len(result.files)} PDF ditulis ke {args.out}")
    return 0
