"""``netra pin set``: create or change the supervisor PIN (cancelling check-ins needs it)."""

from __future__ import annotations

import argparse

from app.cli.commands.checkin_cmd import PIN_WORDS
from app.cli.context import CliContext
from app.cli.output import CommandFailed, emit
from app.cli.secret import read_secret
from app.core.admin_pin import PinCheck
from app.services.event_service import Invalid


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("pin", help="PIN supervisor")
    actions = parser.add_subparsers(dest="pin_action", metavar="AKSI", required=True)
    set_parser = actions.add_parser(
        "set",
        help="buat atau ganti PIN (dibaca dari terminal; dalam skrip: PIN lama bila ada, "
        "lalu PIN baru, satu per baris di stdin)",
    )
    set_parser.add_argument("--json", action="store_true", help="keluaran JSON")
    set_parser.set_defaults(run=run_set)


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    pins = ctx.services().pins
    current = read_secret("PIN lama: ") if pins.is_set() else ""
    new = read_secret("PIN baru: ", confirm=True)
    outcome = pins.set_pin(new, current)
    if isinstance(outcome, Invalid):
        raise CommandFailed("; ".join(error.message for error in outcome.errors))
    if isinstance(outcome, PinCheck):
        raise CommandFailed(PIN_WORDS.get(outcome.verdict, "PIN ditolak"))
    emit({"pin_set": True}, args.json, "PIN supervisor tersimpan.")
    return 0
