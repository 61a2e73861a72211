"""``netra gate close|reopen``: close an event's gate (no check-in after it, an audit entry
listing the stations and an anchor), and open it again with the admin PIN."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext
from app.cli.output import CommandFailed, emit, refused
from app.cli.pin_words import PIN_WORDS
from app.cli.secret import read_secret
from app.core.admin_pin import PinCheck, PinVerdict
from app.core.locale_format import clock_time, number
from app.services.event_service import Invalid
from app.services.gate_service import GateClosed, GateReopened

ADMIN_PIN_MISSING = "PIN admin belum dibuat; buat lebih dulu di aplikasi (Kunci)"


def register(subparsers: argparse._SubParsersAction) -> None:
    gate = subparsers.add_parser("gate", help="tutup atau buka kembali gerbang acara")
    commands = gate.add_subparsers(dest="gate_command", required=True, metavar="PERINTAH")
    close = commands.add_parser(
        "close", help="tutup gerbang: tidak ada kehadiran tercatat lagi, jangkar dibuat"
    )
    close.add_argument("--event", type=int, required=True, metavar="NOMOR", help="nomor acara")
    close.add_argument("--json", action="store_true", help="keluaran JSON")
    close.set_defaults(run=run_close)
    reopen = commands.add_parser(
        "reopen", help="buka kembali gerbang yang ditutup (PIN admin dibaca dari stdin)"
    )
    reopen.add_argument("--event", type=int, required=True, metavar="NOMOR", help="nomor acara")
    reopen.add_argument("--reason", required=True, help="alasan membuka kembali")
    reopen.add_argument("--json", action="store_true", help="keluaran JSON")
    reopen.set_defaults(run=run_reopen)


def pin_refused(check: PinCheck) -> CommandFailed:
    if check.verdict is PinVerdict.NOT_SET:
        return CommandFailed(ADMIN_PIN_MISSING)
    return CommandFailed(PIN_WORDS.get(check.verdict, "PIN admin ditolak"))


def run_close(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.event(args.event)
    services = ctx.services()
    locked = services.station_lock.locked_stations()
    pin = read_secret(f"Stasiun terkunci ({', '.join(locked)}). PIN admin: ") if locked else ""
    outcome = services.gate.close(args.event, ctx.station, pin)
    if isinstance(outcome, Invalid):
        raise refused(outcome.errors)
    if isinstance(outcome, PinCheck):
        raise pin_refused(outcome)
    assert isinstance(outcome, GateClosed)
    lines = [
        f"Gerbang ditutup pukul {clock_time(outcome.closed_at.time())}. "
        f"Jangkar jejak audit: {outcome.anchor.code}",
    ]
    for station in outcome.stations:
        merged = "tergabung" if station.merged else "BELUM tergabung"
        lines.append(
            f"  {station.name} ({station.fingerprint}): {number(station.checkins)} kehadiran, "
            f"{number(station.scans)} percobaan pindai; {merged}"
        )
    emit(
        {"closed_at": outcome.closed_at.isoformat(), "anchor": outcome.anchor.code,
         "stations": [s.as_detail() for s in outcome.stations]},
        args.json,
        "\n".join(lines),
    )  # fmt: skip
    return 0


def run_reopen(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.event(args.event)
    services = ctx.services()
    pin = read_secret("PIN admin: ")
    outcome = services.gate.reopen(args.event, pin, args.reason)
    if isinstance(outcome, Invalid):
        raise refused(outcome.errors)
    if isinstance(outcome, PinCheck):
        raise pin_refused(outcome)
    assert isinstance(outcome, GateReopened)
    emit(
        {"reopened": True, "was_closed_at": outcome.was_closed_at.isoformat()},
        args.json,
        f"Gerbang dibuka kembali (tadinya ditutup pukul "
        f"{clock_time(outcome.was_closed_at.time())}).",
    )
    return 0
