"""argparse's own words (usage, options, its error messages) in Indonesian.

argparse asks ``gettext`` for each of them, and gettext answers from the system's
catalogues, which have no Indonesian for Python. The CLI speaks Indonesian, so the
module's two lookups are pointed at this table instead; unknown texts stay as they are.
"""

from __future__ import annotations

import argparse

INDONESIAN = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen",
    "options": "pilihan",
    "subcommands": "subperintah",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu sedikitnya satu nilai",
    "expected %s argument": "perlu %s nilai",
    "expected %s arguments": "perlu %s nilai",
    "ambiguous option: %(option)s could match %(matches)s": (
        "pilihan %(option)s bisa berarti %(matches)s"
    ),
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ignored explicit argument %r": "nilai %r diabaikan",
    "unexpected option string: %s": "pilihan tak terduga: %s",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' tidak dapat dibuka: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)"
    ),
}
VERSION_HELP = "tampilkan versi Netra lalu keluar"


def indonesian(text: str) -> str:
    return INDONESIAN.get(text, text)


def indonesian_plural(singular: str, plural: str, count: int) -> str:
    return indonesian(singular if count == 1 else plural)


def speak_indonesian() -> None:
    """Answer argparse's lookups from the table above (they are made when help is written)."""
    argparse._ = indonesian  # type: ignore[attr-defined]
    argparse.ngettext = indonesian_plural  # type: ignore[attr-defined]
