"""``netra pakta``: list and mark signers, export the signed pacts, verify a signed PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.commands import pakta_paper_cmd
from app.cli.commands.pdf_cmd import verdict_json, verdict_lines
from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit
from app.core.events import Event
from app.core.nip import normalise_id
from app.core.pakta import PAGE_STATUS_TEXT, ROLE_LABELS, SignerRole
from app.services.container import Services
from app.services.event_service import Invalid


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("pakta", help="pakta integritas: penanda tangan, PDF, periksa")
    commands = parser.add_subparsers(dest="pakta_command", metavar="PERINTAH", required=True)
    signers = commands.add_parser("signers", help="daftar penanda tangan menurut urutan")
    signers.add_argument("--event", type=int, required=True, metavar="ID")
    signers.add_argument("--json", action="store_true", help="keluaran JSON")
    signers.set_defaults(run=run_signers)
    add = commands.add_parser("add", help="tandai pegawai (NIP/NIK) sebagai penanda tangan")
    add.add_argument("--event", type=int, required=True, metavar="ID")
    add.add_argument("--person", required=True, metavar="NIP", help="NIP, NIK atau id pegawai")
    add.add_argument("--role", choices=[r.value for r in SignerRole], help="bawaan: dari jabatan")
    add.set_defaults(run=run_add)
    export = commands.add_parser("export", help="PDF gabungan pakta yang sudah ditandatangani")
    export.add_argument("--event", type=int, required=True, metavar="ID")
    export.add_argument("--out", type=Path, required=True, metavar="BERKAS.pdf")
    export.set_defaults(run=run_export)
    verify = commands.add_parser("verify", help="periksa PDF pakta terhadap data tersimpan")
    verify.add_argument("file", type=Path, metavar="BERKAS.pdf")
    verify.add_argument("--event", type=int, required=True, metavar="ID")
    verify.add_argument("--json", action="store_true", help="keluaran JSON")
    verify.set_defaults(run=run_verify)
    pakta_paper_cmd.add_commands(commands)


def _event(services: Services, event_id: int) -> Event:
    event = services.events.get(event_id)
    if event is None:
        raise CommandFailed(f"acara nomor {event_id} tidak ditemukan")
    return event


def _refuse(result: Invalid) -> None:
    raise CommandFailed("; ".join(str(error) for error in result.errors))


def run_signers(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    event = _event(services, args.event)
    assert event.id is not None
    signers = services.pakta.signers(event.id)
    rows = [
        {
            "order": number,
            "person_id": s.person_id,
            "name": s.name,
            "nip": s.id_label,
            "position": s.position,
            "role": s.role.value,
            "signed": s.signed,
        }
        for number, s in enumerate(signers, start=1)
    ]
    lines = [
        f"{number:>3}. {s.name} — {ROLE_LABELS[s.role]} ({'sudah' if s.signed else 'belum'})"
        for number, s in enumerate(signers, start=1)
    ]
    emit(rows, args.json, "\n".join(lines) if lines else "Belum ada penanda tangan.")
    return 0


@changes_data
def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    event = _event(services, args.event)
    assert event.id is not None
    wanted = normalise_id(args.person)
    person = next(
        (p for p in services.pakta.candidates(event) if wanted in (p.id_number, str(p.id))), None
    )
    if person is None:
        raise CommandFailed(f"pegawai {args.person} tidak ada di daftar acara {event.id}")
    result = services.pakta.add_signer(
        event.id, person.id, SignerRole(args.role) if args.role else None
    )
    if isinstance(result, Invalid):
        _refuse(result)
    print(f"{person.display_name} ditandai sebagai penanda tangan.")
    return 0


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    event = _event(services, args.event)
    result = services.pakta.export_pdf(event, args.out)
    if isinstance(result, Invalid):
        _refuse(result)
    else:
        print(f"{result.pages} pakta integritas ditulis ke {result.path}")
    return 0


def run_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    """Exit 0 only when every page matches the stored signatures, the file's digital
    signature holds and nothing was added to or changed in its pages."""
    services = ctx.services()
    event = _event(services, args.event)
    assert event.id is not None
    result = services.pakta.verify_pdf(event.id, args.file)
    if isinstance(result, Invalid):
        _refuse(result)
        return 1
    rows = [
        {
            "page": c.page,
            "status": c.status.value,
            "name": c.name,
            "fingerprint": c.fingerprint,
            "matches": c.status.value == "match",
        }
        for c in result.pages
    ]
    lines = [
        f"halaman {c.page}: {PAGE_STATUS_TEXT[c.status]}" + (f" — {c.name}" if c.name else "")
        for c in result.pages
    ]
    document = services.pdf_verify.verify(args.file)
    if isinstance(document, Invalid):
        _refuse(document)
        return 1
    trusted = result.all_match and document.ok
    verdict = "Semua halaman cocok." if trusted else "Ada halaman yang TIDAK cocok."
    if args.json:
        emit({"pages": rows, "document": verdict_json(document)}, True, "")
    else:
        emit(rows, False, "\n".join([*lines, *verdict_lines(document), verdict]))
    return 0 if trusted else 1
