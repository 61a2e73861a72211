"""``netra decode``: the QR payloads in image files, read exactly as the gate camera reads."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.output import BAD_INPUT, OK, emit, fail
from app.scanning.decoder import decode_frame
from app.scanning.frame_source import read_image


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("decode", help="baca kode QR dari berkas gambar")
    parser.add_argument("images", nargs="+", type=Path, metavar="GAMBAR")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = []
    lines = []
    failed = False
    for path in args.images:
        image = read_image(path)
        if image is None:
            failed = True
            problem = "tidak ditemukan" if not path.exists() else "bukan gambar yang dapat dibaca"
            rows.append({"file": str(path), "payloads": [], "error": problem})
            fail(f"{path}: {problem}")
            continue
        payloads = decode_frame(image)
        rows.append({"file": str(path), "payloads": payloads})
        lines.append(f"{path}: " + (", ".join(payloads) if payloads else "(tidak ada kode QR)"))
    emit(rows, args.json, "\n".join(lines))
    return BAD_INPUT if failed else OK
