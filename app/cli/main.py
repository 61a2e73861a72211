"""Entry point of ``netra``: without a subcommand it opens the GUI.

Exit codes: 0 success, 1 bad input or a refused operation (a clear message, never
a traceback), 2 usage errors (argparse), 3 ``netra checkin``: already recorded, 4 the
database cannot be used (missing, gone, damaged, disk full): nothing was changed.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app import APP_NAME, __version__
from app.app_log import start_logging
from app.cli.argparse_indonesian import VERSION_HELP, speak_indonesian
from app.cli.commands import (
    absence_cmd,
    badges_cmd,
    checkin_cmd,
    daring_cmd,
    decode_cmd,
    demo_cmd,
    events_cmd,
    gate_cmd,
    init_cmd,
    journal_cmd,
    keys_cmd,
    laporan_cmd,
    moments_cmd,
    pakta_cmd,
    pdf_cmd,
    pin_cmd,
    replay_cmd,
    report_cmd,
    roster_cmd,
    safety_cmd,
    station_cmd,
)
from app.cli.context import CliContext
from app.cli.output import BAD_INPUT, DATABASE_TROUBLE, CommandFailed, fail
from app.paths import data_dir

COMMAND_MODULES = [
    init_cmd, demo_cmd, events_cmd, moments_cmd, roster_cmd, keys_cmd, badges_cmd, checkin_cmd,
    decode_cmd, replay_cmd, pin_cmd, pakta_cmd, pdf_cmd, report_cmd, absence_cmd, daring_cmd,
    safety_cmd, station_cmd, journal_cmd, laporan_cmd, gate_cmd,
]  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    speak_indonesian()
    parser = argparse.ArgumentParser(
        prog="netra",
        description=f"{APP_NAME}: kehadiran, ikrar dan pakta integritas apel netralitas ASN.",
    )
    parser.add_argument(
        "--version", action="version", version=f"{APP_NAME} {__version__}", help=VERSION_HELP
    )
    parser.add_argument(
        "--db", metavar="URL_ATAU_PATH", help="basis data (berkas SQLite atau postgresql://...)"
    )
    parser.add_argument("--station", metavar="NAMA", help="nama stasiun/gerbang ini")
    parser.add_argument(
        "--self-check", action="store_true", help="periksa bahwa Netra berjalan di komputer ini"
    )
    parser.add_argument(
        "--smoke-screenshot",
        metavar="BERKAS",
        type=Path,
        help="buka jendela utama, simpan tangkapan layar ke BERKAS (PNG), lalu keluar",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_check:
        from app.self_check import run

        return run()
    if args.command is None:
        from app.bootstrap import run_gui

        return run_gui(db=args.db, station=args.station, smoke_screenshot=args.smoke_screenshot)
    log_file = start_logging(data_dir())
    ctx = CliContext(args.db, args.station, create=getattr(args, "creates_database", False))
    try:
        return int(args.run(args, ctx))
    except CommandFailed as error:
        return fail(str(error), getattr(error, "exit_code", BAD_INPUT))
    except Exception as error:
        logging.getLogger("netra.cli").exception("command %s failed", args.command)
        trouble = ctx.trouble(error)
        if trouble is not None:
            return fail(str(trouble), DATABASE_TROUBLE)
        return fail(f"perintah gagal; rinciannya ada di catatan aplikasi {log_file}")
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
