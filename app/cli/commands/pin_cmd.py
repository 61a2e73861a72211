"""``netra pin``: set or change the supervisor PIN (cancelling check-ins) or the admin PIN
(``--admin``: a locked station), and recover one whose record was deleted."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit
from app.cli.pin_words import PIN_WORDS
from app.cli.secret import read_secret
from app.core.admin_pin import PinCheck
from app.services.event_service import Invalid
from app.services.pin_service import PinService


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("pin", help="PIN supervisor dan PIN admin")
    actions = parser.add_subparsers(dest="pin_action", metavar="AKSI", required=True)
    set_parser = actions.add_parser(
        "set",
        help="buat atau ganti PIN, minimal 6 angka (dibaca dari terminal; dalam skrip: PIN "
        "lama bila ada, lalu PIN baru, satu per baris di stdin)",
    )
    recover = actions.add_parser(
        "recover",
        help="PIN yang catatannya hilang: tanpa --code menampilkan kode permintaan untuk "
        "BKD; dengan --code memasang PIN baru",
    )
    recover.add_argument("--code", metavar="KODE", help="kode pemulihan dari BKD")
    for action in (set_parser, recover):
        action.add_argument("--admin", action="store_true", help="PIN admin (stasiun terkunci)")
        action.add_argument("--json", action="store_true", help="keluaran JSON")
    set_parser.set_defaults(run=run_set)
    recover.set_defaults(run=run_recover)
    answer = actions.add_parser(
        "recovery-code",
        help="di stasiun BKD yang memegang kunci privat: jawab kode permintaan sebuah stasiun",
    )
    answer.add_argument("request", metavar="KODE_PERMINTAAN")
    answer.add_argument("--event", type=int, metavar="ID", help="instansi acara ini")
    answer.set_defaults(run=run_recovery_code)


def _pins(args: argparse.Namespace, ctx: CliContext) -> PinService:
    services = ctx.services()
    return services.admin_pins if args.admin else services.pins


def _label(args: argparse.Namespace) -> str:
    return "PIN admin" if args.admin else "PIN supervisor"


@changes_data
def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    pins = _pins(args, ctx)
    current = read_secret("PIN lama: ") if pins.is_set() else ""
    new = read_secret("PIN baru: ", confirm=True)
    outcome = pins.set_pin(new, current)
    if isinstance(outcome, Invalid):
        raise CommandFailed("; ".join(error.message for error in outcome.errors))
    if isinstance(outcome, PinCheck):
        raise CommandFailed(PIN_WORDS.get(outcome.verdict, "PIN ditolak"))
    emit({"pin_set": True}, args.json, f"{_label(args)} tersimpan.")
    return 0


def run_recover(args: argparse.Namespace, ctx: CliContext) -> int:
    """Not behind the lock: it is how a station whose admin PIN vanished is opened again."""
    pins = _pins(args, ctx)
    request = pins.recovery_request()
    if not args.code:
        emit(
            {"request": request},
            args.json,
            f"Kode permintaan: {request}\nMinta BKD menjalankan di stasiun yang memegang kunci "
            f'privat instansi:\n  netra pin recovery-code "{request}"\nlalu jalankan di sini: '
            f"netra pin recover{' --admin' if args.admin else ''} --code KODE",
        )
        return 0
    new = read_secret("PIN baru: ", confirm=True)
    outcome = pins.recover(args.code, new)
    if isinstance(outcome, Invalid):
        raise CommandFailed("; ".join(error.message for error in outcome.errors))
    emit({"pin_set": True}, args.json, f"{_label(args)} baru tersimpan dengan kode pemulihan.")
    return 0


def run_recovery_code(args: argparse.Namespace, ctx: CliContext) -> int:
    organisation_id = ctx.organisation_id(args.event)
    code = ctx.services().admin_pins.recovery_code(organisation_id, args.request)
    if isinstance(code, Invalid):
        raise CommandFailed(code.errors[0].message)
    print(f"Kode pemulihan untuk permintaan {args.request}:\n{code}")
    return 0
