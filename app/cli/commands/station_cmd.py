"""``netra station``: check a database before pointing a station at it, and carry check-ins
between laptops with no network (``export`` on each gate, ``merge`` on HR's)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.commands.checkin_cmd import PIN_WORDS
from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit, refused
from app.cli.secret import read_secret
from app.core.admin_pin import PinCheck, PinVerdict
from app.core.clock import SystemClock
from app.core.export_clock import ClockChoice
from app.core.locale_format import number
from app.core.station_identity import StationEntry, fingerprint_of
from app.core.station_records import read_records, write_records
from app.core.station_time import clock_verdict, is_skewed
from app.services.enrolment_service import Approved
from app.services.event_service import Invalid
from app.services.merge_words import report_lines
from app.services.station_service import (
    MAX_STATION_FILE_BYTES,
    NOT_STATION_FILE,
    TOO_BIG,
    MergeReport,
    unreadable,
)
from app.store import server_time
from app.store.database import is_server_url
from app.store.server_check import check_database


def register(subparsers: argparse._SubParsersAction) -> None:
    station = subparsers.add_parser("station", help="server bersama, ekspor dan gabung rekaman")
    commands = station.add_subparsers(dest="station_command", required=True, metavar="PERINTAH")
    check = commands.add_parser(
        "check", help="uji koneksi basis data (versi server dan skema) dan jam stasiun ini"
    )
    check.add_argument("--json", action="store_true", help="keluaran JSON")
    check.set_defaults(run=run_check)
    export = commands.add_parser("export", help="simpan rekaman kehadiran stasiun ini ke berkas")
    export.add_argument("--event", type=int, required=True, metavar="NOMOR", help="nomor acara")
    export.add_argument("--out", type=Path, required=True, metavar="BERKAS")
    export.add_argument("--json", action="store_true", help="keluaran JSON")
    export.set_defaults(run=run_export)
    merge = commands.add_parser("merge", help="gabungkan berkas rekaman stasiun lain ke sini")
    merge.add_argument("files", type=Path, nargs="+", metavar="BERKAS")
    merge.add_argument("--event", type=int, required=True, metavar="NOMOR", help="nomor acara")
    timing = merge.add_mutually_exclusive_group()
    timing.add_argument(
        "--koreksi-jam", dest="clock_choice", action="store_const", const=ClockChoice.CORRECT,
        help="geser waktu dari stasiun yang jamnya meleset sebesar selisih yang terukur",
    )  # fmt: skip
    timing.add_argument(
        "--tanpa-koreksi", dest="clock_choice", action="store_const", const=ClockChoice.KEEP,
        help="biarkan waktunya; kehadiran itu tidak menggantikan waktu lain yang lebih lambat",
    )  # fmt: skip
    merge.add_argument("--json", action="store_true", help="keluaran JSON")
    merge.set_defaults(run=run_merge, clock_choice=ClockChoice.ASK)
    identity = commands.add_parser("identity", help="sidik jari kunci stasiun ini")
    identity.add_argument("--json", action="store_true", help="keluaran JSON")
    identity.set_defaults(run=run_identity)
    request = commands.add_parser("request", help="minta stasiun ini didaftarkan oleh HR")
    request.add_argument("--json", action="store_true", help="keluaran JSON")
    request.set_defaults(run=run_request)
    listing = commands.add_parser("list", help="stasiun yang dikenal basis data ini")
    listing.add_argument("--json", action="store_true", help="keluaran JSON")
    listing.set_defaults(run=run_list)
    approve = commands.add_parser(
        "approve",
        help="daftarkan stasiun setelah sidik jarinya dicocokkan (PIN admin dibaca dari stdin)",
    )
    approve.add_argument("fingerprint", nargs="?", metavar="SIDIK_JARI")
    approve.add_argument("--from", dest="source", type=Path, metavar="BERKAS",
                         help="berkas rekaman stasiun yang membawa kunci publiknya")  # fmt: skip
    approve.add_argument("--json", action="store_true", help="keluaran JSON")
    approve.set_defaults(run=run_approve)


def run_check(args: argparse.Namespace, ctx: CliContext) -> int:
    check = check_database(ctx.db_target)
    data = {
        "reachable": check.reachable, "server": check.server,
        "schema_version": check.schema_version, "known_version": check.known_version,
        "schema_current": check.schema_current, "problem": check.problem,
    }  # fmt: skip
    if not check.usable:
        if args.json:
            emit(data, True, "")
        raise CommandFailed(check.summary())
    offset = measured_offset(ctx)
    data["clock_offset_s"] = offset
    data["clock_skewed"] = is_skewed(offset)
    text = f"{check.summary()}\n{clock_verdict(offset)}"
    if is_skewed(offset):
        if args.json:
            emit(data, True, "")
        raise CommandFailed(text)
    emit(data, args.json, text)
    return 0


def measured_offset(ctx: CliContext) -> int | None:
    """This station's clock against the shared server's (None: no server to compare with)."""
    if not is_server_url(ctx.db_target):
        return None
    reading = server_time.offset_of(ctx.db_target, ctx.clock or SystemClock())
    if isinstance(reading, str):
        raise CommandFailed(reading)
    return None if reading is None else reading.offset_s


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    records = services.stations.export(args.event, ctx.station)
    if isinstance(records, Invalid):
        raise refused(records.errors)
    try:
        args.out.write_text(write_records(records, services.enrolment.key), encoding="utf-8")
    except OSError as error:
        raise CommandFailed(f"{args.out}: tidak dapat ditulis ({error.strerror})") from error
    emit(
        {"file": str(args.out), "checkins": len(records.checkins), "scans": len(records.scans)},
        args.json,
        f"{number(len(records.checkins))} kehadiran dan {number(len(records.scans))} percobaan "
        f"pindai disimpan di {args.out}",
    )
    return 0


@changes_data
def run_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.event(args.event)
    report = ctx.services().stations.merge_paths(args.event, args.files, args.clock_choice)
    if isinstance(report, Invalid):
        raise refused(report.errors, "tidak ada yang digabungkan:")
    emit(report_json(report), args.json, report_text(report))
    return 0


def report_json(report: MergeReport) -> dict[str, Any]:
    return {
        "added": report.added, "moved_earlier": report.moved_earlier,
        "unchanged": report.unchanged, "scans_added": report.scans_added,
        "corrected": report.corrected,
        "clocks": [{"station": c.station, "offset_s": c.offset_s, "skewed": c.skewed,
                    "verdict": c.verdict} for c in report.clocks],
        "conflicts": [
            {"id_number": c.id_number, "name": c.name,
             "kept": None if c.kept_at is None else {"at": c.kept_at.isoformat(),
                                                     "station": c.kept_station},
             "other": {"at": c.other_at.isoformat(), "station": c.other_station},
             "problem": c.problem, "corrected_s": c.corrected_s, "moment": c.moment}
            for c in report.conflicts
        ],
    }  # fmt: skip


def report_text(report: MergeReport) -> str:
    return "\n".join(report_lines(report))


STATUS_WORDS = {"enrolled": "terdaftar", "requested": "menunggu persetujuan HR"}


def station_json(entry: StationEntry) -> dict[str, str]:
    return {"fingerprint": entry.fingerprint, "name": entry.name, "status": entry.status.value}


def run_identity(args: argparse.Namespace, ctx: CliContext) -> int:
    key = ctx.services().enrolment.key
    text = f"Sidik jari stasiun ini: {key.fingerprint}"
    emit({"fingerprint": key.fingerprint}, args.json, text)
    return 0


def run_request(args: argparse.Namespace, ctx: CliContext) -> int:
    entry = ctx.services().enrolment.request(ctx.station)
    emit(
        station_json(entry),
        args.json,
        f"Stasiun {entry.name} ({entry.fingerprint}): {STATUS_WORDS[entry.status.value]}",
    )
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    stations = ctx.services().enrolment.stations()
    lines = [f"{s.fingerprint}  {s.name}  {STATUS_WORDS[s.status.value]}" for s in stations]
    emit(
        {"stations": [station_json(s) for s in stations]},
        args.json,
        "\n".join(lines) or "Belum ada stasiun.",
    )
    return 0


def run_approve(args: argparse.Namespace, ctx: CliContext) -> int:
    public_key, name, fingerprint = None, "", args.fingerprint
    if args.source is not None:
        text = read_file(args.source)
        records = read_records(text)
        if isinstance(records, str) or records.file_seal is None:
            raise CommandFailed(f"{args.source}: {records if isinstance(records, str) else ''}")
        public_key, name = records.file_seal.public_key, records.station
        in_file = fingerprint_of(public_key)
        fingerprint = fingerprint or in_file
        if fingerprint != in_file:
            raise CommandFailed(
                f"{args.source}: sidik jari di berkas {in_file}, bukan {fingerprint}"
            )
    if not fingerprint:
        raise CommandFailed("sebutkan SIDIK_JARI, atau --from BERKAS rekaman stasiun")
    services = ctx.services()
    # On stderr, so --json output stays one document: the fingerprint HR compares by eye.
    print(f"Mendaftarkan stasiun {name} dengan sidik jari {fingerprint}.", file=sys.stderr)
    pin = read_secret("PIN admin: ")
    outcome = services.enrolment.approve(fingerprint, pin, public_key, name)
    if isinstance(outcome, Invalid):
        raise refused(outcome.errors)
    if isinstance(outcome, PinCheck):
        if outcome.verdict is PinVerdict.NOT_SET:
            raise CommandFailed("PIN admin belum dibuat; buat lebih dulu di aplikasi (Kunci)")
        raise CommandFailed(PIN_WORDS.get(outcome.verdict, "PIN ditolak"))
    assert isinstance(outcome, Approved)
    emit(
        station_json(outcome.station) | {"added": outcome.added},
        args.json,
        f"Stasiun {outcome.station.name} ({outcome.station.fingerprint}) terdaftar.",
    )
    return 0


def read_file(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_STATION_FILE_BYTES:
            raise CommandFailed(f"{path}: {TOO_BIG}")
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise CommandFailed(f"{path}: {NOT_STATION_FILE}") from error
    except OSError as error:
        raise CommandFailed(f"{path}: {unreadable(error)}") from error
