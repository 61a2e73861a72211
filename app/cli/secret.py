"""Reading a PIN: hidden prompt on a terminal, one line of standard input in scripts."""

from __future__ import annotations

import getpass
import sys

from app.cli.output import CommandFailed


def read_secret(prompt: str, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    secret = getpass.getpass(prompt)
    if confirm and getpass.getpass("Ulangi: ") != secret:
        raise CommandFailed("kedua isian tidak sama")
    return secret
