"""``netra pdf verify FILE`` and ``netra pdf certificate``: the organisation's signed PDFs."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.lock_guard import require_unlocked
from app.cli.output import CommandFailed, emit
from app.cli.secret import read_secret
from app.services.event_service import Invalid
from app.services.pdf_verify_service import PdfVerdict

MAX_PKCS12_BYTES = 1024 * 1024


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("pdf", help="PDF bertanda tangan digital: periksa, sertifikat")
    actions = parser.add_subparsers(dest="pdf_action", metavar="AKSI", required=True)
    verify = actions.add_parser(
        "verify", help="periksa tanda tangan digital dan setiap halaman terhadap data tersimpan"
    )
    verify.add_argument("file", type=Path, metavar="BERKAS.pdf")
    verify.add_argument("--json", action="store_true", help="keluaran JSON")
    verify.set_defaults(run=run_verify)
    certificate = actions.add_parser(
        "certificate",
        help="sertifikat penanda tangan PDF instansi; --load BERKAS.p12 memasang sertifikat "
        "instansi (mis. dari BSrE; kata sandinya dibaca dari terminal atau stdin)",
    )
    certificate.add_argument("--event", type=int, metavar="ID", help="instansi acara ini")
    certificate.add_argument("--load", type=Path, metavar="BERKAS.p12")
    certificate.add_argument("--json", action="store_true", help="keluaran JSON")
    certificate.set_defaults(run=run_certificate)


def verdict_lines(verdict: PdfVerdict) -> list[str]:
    check = verdict.signature
    lines = []
    if check.signed:
        lines.append(f"Ditandatangani oleh: {check.signer}")
        lines.append(f"Sidik jari sertifikat: {check.fingerprint}")
    lines += [f"DITOLAK — {problem}" for problem in verdict.problems]
    return lines


def verdict_json(verdict: PdfVerdict) -> dict[str, object]:
    check = verdict.signature
    return {
        "ok": verdict.ok,
        "document": verdict.document,
        "signed": check.signed,
        "signature_valid": check.valid,
        "certificate_fingerprint": check.fingerprint,
        "problems": [{"page": p.page, "reason": p.reason} for p in verdict.problems],
    }


def run_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    """Exit 0 only when the signature holds and every page matches the stored data."""
    verdict = ctx.services().pdf_verify.verify(args.file)
    if isinstance(verdict, Invalid):
        raise CommandFailed("; ".join(str(error) for error in verdict.errors))
    closing = (
        f"Cocok: {verdict.document} bertanda tangan sah dan setiap halaman sama dengan data "
        "tersimpan."
        if verdict.ok
        else "Berkas TIDAK dapat dipercaya."
    )
    emit(verdict_json(verdict), args.json, "\n".join([*verdict_lines(verdict), closing]))
    return 0 if verdict.ok else 1


def run_certificate(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    organisation_id = ctx.organisation_id(args.event)
    if args.load is not None:
        require_unlocked(ctx)
        try:
            if args.load.stat().st_size > MAX_PKCS12_BYTES:
                raise CommandFailed(f"{args.load.name}: bukan berkas PKCS#12 (terlalu besar)")
            data = args.load.read_bytes()
        except OSError as error:
            raise CommandFailed(f"berkas {args.load} tidak dapat dibaca") from error
        loaded = services.pdf_signing.load_pkcs12(
            organisation_id, data, read_secret("Kata sandi sertifikat: ")
        )
        if isinstance(loaded, Invalid):
            raise CommandFailed(f"{args.load.name}: {loaded.errors[0].message}")
    pair = services.pdf_signing.certificate(organisation_id)
    emit(
        {"subject": pair.subject, "fingerprint": pair.fingerprint, "source": pair.source},
        args.json,
        f"Sertifikat PDF: {pair.subject} ({'dimuat' if pair.source != 'netra' else 'buatan Netra'})"
        f"\nSidik jari SHA-256: {pair.fingerprint}",
    )
    return 0
