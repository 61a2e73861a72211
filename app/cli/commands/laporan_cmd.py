"""``netra laporan``: the laporan pelaksanaan bundle built, verified, its photos added."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.context import CliContext
from app.cli.output import CommandFailed, emit, refused
from app.core.locale_format import number
from app.services.event_service import Invalid
from app.services.laporan_bundle import BuildCancelled
from app.services.laporan_verify import LaporanVerdict


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "laporan", help="laporan pelaksanaan kegiatan: berita acara, lampiran, foto"
    )
    actions = parser.add_subparsers(dest="laporan_action", metavar="AKSI", required=True)
    build = actions.add_parser(
        "build", help="buat PDF bertanda tangan (laporan, berita acara, lampiran) dan ZIP-nya"
    )
    build.add_argument("--event", type=int, required=True, metavar="NOMOR")
    build.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    build.add_argument(
        "--photos-per-page", type=int, choices=(2, 4), default=2, help="foto per halaman"
    )
    build.add_argument("--json", action="store_true", help="keluaran JSON")
    build.set_defaults(run=run_build)
    verify = actions.add_parser(
        "verify",
        help="periksa tanda tangan, manifest dan jangkar jejak audit terhadap basis data",
    )
    verify.add_argument("path", type=Path, metavar="FOLDER|BERKAS.pdf")
    verify.add_argument("--json", action="store_true", help="keluaran JSON")
    verify.set_defaults(run=run_verify)
    photos = actions.add_parser("photo", help="tambahkan foto dokumentasi (berkas atau folder)")
    photos.add_argument("paths", type=Path, nargs="+", metavar="FOTO|FOLDER")
    photos.add_argument("--event", type=int, required=True, metavar="NOMOR")
    photos.add_argument("--caption", default="", metavar="TEKS", help="keterangan foto")
    photos.add_argument("--json", action="store_true", help="keluaran JSON")
    photos.set_defaults(run=run_photo)


def run_build(args: argparse.Namespace, ctx: CliContext) -> int:
    def progress(done: int, total: int) -> bool:
        if not args.json:
            print(f"  {done}/{total}", file=sys.stderr)
        return True

    result = ctx.services().laporan_bundle.build(
        args.event, args.out, args.photos_per_page, progress
    )
    if isinstance(result, Invalid):
        raise refused(result.errors)
    if isinstance(result, BuildCancelled):  # pragma: no cover - the CLI never cancels
        raise CommandFailed("dibatalkan")
    emit(
        {
            "pdf": str(result.pdf),
            "zip": str(result.zip),
            "pages": result.pages,
            "parts": [{"name": p.name, "first": p.first, "pages": p.pages} for p in result.parts],
        },
        args.json,
        f"Laporan pelaksanaan ({number(result.pages)} halaman) tersimpan dan ditandatangani:\n"
        f"  {result.pdf}\n  {result.zip}",
    )
    return 0


def run_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    """Exit 0 only when the signature, the manifest, the anchor and every fact hold."""
    verdict = ctx.services().laporan_verify.verify(args.path)
    if isinstance(verdict, Invalid):
        raise refused(verdict.errors)
    emit(_verdict_json(verdict), args.json, "\n".join(_verdict_lines(verdict)))
    return 0 if verdict.ok else 1


def _verdict_lines(verdict: LaporanVerdict) -> list[str]:
    lines = []
    check = verdict.signature
    if check is not None and check.signed:
        lines += [f"Ditandatangani oleh: {check.signer}",
                  f"Sidik jari sertifikat: {check.fingerprint}"]  # fmt: skip
    lines += [f"DITOLAK — {problem}" for problem in verdict.problems]
    lines.append(
        "Cocok: tanda tangan sah, berkas sesuai manifest, jangkar dan fakta sesuai basis data."
        if verdict.ok
        else "Laporan TIDAK dapat dipercaya."
    )
    return lines


def _verdict_json(verdict: LaporanVerdict) -> dict[str, object]:
    check = verdict.signature
    return {
        "ok": verdict.ok,
        "signed": bool(check and check.signed),
        "signature_valid": bool(check and check.valid),
        "certificate_fingerprint": check.fingerprint if check else "",
        "problems": [{"page": p.page, "reason": p.reason} for p in verdict.problems],
    }


def run_photo(args: argparse.Namespace, ctx: CliContext) -> int:
    result = ctx.services().laporan.add_photos(args.event, args.paths, args.caption)
    if isinstance(result, Invalid):
        raise refused(result.errors)
    emit(
        [{"id": p.id, "file": p.original_name, "sha256": p.sha256} for p in result.photos],
        args.json,
        f"{len(result.photos)} foto ditambahkan ke laporan acara {args.event}.",
    )
    return 0
