"""The one check every data-changing command makes: while a station of this database is
locked to the gate view, the admin PIN is asked for on standard input (in a script: the
first line), and a missing or wrong PIN refuses the command. Wrong tries are audited and
count towards the PIN's lockout like at the gate."""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable

from app.cli.context import CliContext
from app.cli.output import CommandFailed
from app.cli.pin_words import PIN_WORDS
from app.cli.secret import read_secret

Command = Callable[[argparse.Namespace, CliContext], int]


def require_unlocked(ctx: CliContext) -> None:
    services = ctx.services()
    locked = services.station_lock.locked_stations()
    if not locked:
        return
    names = ", ".join(locked)
    pin = read_secret(f"Stasiun terkunci ({names}). PIN admin: ")
    if not pin:
        raise CommandFailed(
            f"stasiun terkunci ({names}): perintah yang mengubah data memerlukan PIN admin "
            "(dalam skrip: PIN admin pada baris pertama stdin)"
        )
    check = services.admin_pins.check(pin)
    if not check.accepted:
        raise CommandFailed(
            f"stasiun terkunci ({names}): {PIN_WORDS.get(check.verdict, 'PIN admin ditolak')}"
        )


def changes_data(run: Command) -> Command:
    """Mark a command's ``run`` as changing data, so it honours the lock."""

    @functools.wraps(run)
    def guarded(args: argparse.Namespace, ctx: CliContext) -> int:
        require_unlocked(ctx)
        return run(args, ctx)

    return guarded
