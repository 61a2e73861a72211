"""``netra backup``, ``netra restore`` and ``netra audit verify``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.lock_guard import require_unlocked
from app.cli.output import CommandFailed, emit
from app.cli.pin_words import PIN_WORDS
from app.cli.secret import read_secret
from app.core.admin_pin import PinCheck
from app.core.clock import SystemClock
from app.core.locale_format import number
from app.services.damaged_restore import backup_needs_pin, restore_over_damaged
from app.services.safety_service import Refused
from app.store.database import is_server_url, sqlite_path
from app.store.integrity import DatabaseDamaged
from app.store.station_lock import holder


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="buat cadangan basis data saat aplikasi berjalan")
    backup.add_argument("--out", type=Path, required=True, metavar="BERKAS")
    backup.add_argument("--json", action="store_true", help="keluaran JSON")
    backup.set_defaults(run=run_backup)
    restore = subparsers.add_parser("restore", help="pulihkan basis data dari berkas cadangan")
    restore.add_argument("file", type=Path, metavar="BERKAS")
    restore.add_argument(
        "--paksa", action="store_true",
        help="pulihkan walau ada stasiun yang sedang memakai basis data ini",
    )  # fmt: skip
    restore.add_argument("--json", action="store_true", help="keluaran JSON")
    restore.set_defaults(run=run_restore, creates_database=True)
    audit = subparsers.add_parser("audit", help="jejak audit")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True, metavar="PERINTAH")
    verify = audit_commands.add_parser("verify", help="periksa keutuhan rantai jejak audit")
    verify.add_argument("--event", type=int, metavar="NOMOR")
    verify.add_argument(
        "--anchor", metavar="KODE|BERKAS.pdf",
        help="buktikan basis data masih memuat isi yang dijangkarkan pada laporan tercetak",
    )  # fmt: skip
    verify.add_argument("--json", action="store_true", help="keluaran JSON")
    verify.set_defaults(run=run_verify)


def run_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    result = ctx.services().safety.backup(args.out)
    if isinstance(result, Refused):
        raise CommandFailed(result.message)
    emit({"backup": str(result.path)}, args.json, f"Cadangan tersimpan: {result.path}")
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    if not is_server_url(ctx.db_target) and not args.paksa:
        station = holder(sqlite_path(ctx.db_target))
        if station is not None:
            raise CommandFailed(
                f"basis data ini sedang dipakai {station}. Tutup Netra di sana dahulu, atau "
                "ulangi dengan --paksa: stasiun itu lalu berhenti mencatat dan menyimpan "
                "pindaiannya di jurnal"
            )
    try:
        services = ctx.services()
    except CommandFailed as failed:
        if not isinstance(failed.__cause__, DatabaseDamaged):
            raise
        # A damaged file's lock cannot be read; putting a sound backup in place is the fix.
        return restore_damaged_file(args, sqlite_path(ctx.db_target))
    require_unlocked(ctx)
    result = services.safety.restore(args.file)
    if isinstance(result, Refused):
        raise CommandFailed(result.message)
    emit(
        {"restored_from": str(args.file), "previous_saved_as": str(result.path)},
        args.json,
        f"Basis data dipulihkan dari {args.file}. Isi sebelumnya disimpan di {result.path}.",
    )
    return 0


def restore_damaged_file(args: argparse.Namespace, database: Path) -> int:
    """The damaged file cannot check the admin PIN: the backup's own admin PIN is asked
    (``app.services.damaged_restore``)."""
    clock = SystemClock()
    pin = ""
    if args.file.is_file() and backup_needs_pin(args.file, clock):
        pin = read_secret("PIN admin (yang berlaku saat cadangan dibuat): ")
    outcome = restore_over_damaged(database, args.file, pin, clock, "cli")
    if isinstance(outcome, Refused):
        raise CommandFailed(outcome.message)
    if isinstance(outcome, PinCheck):
        raise CommandFailed(
            f"{args.file.name}: {PIN_WORDS.get(outcome.verdict, 'PIN admin ditolak')} "
            "(PIN admin cadangan ini); basis data yang rusak tidak diganti"
        )
    emit(
        {"restored_from": str(args.file), "damaged_saved_as": str(outcome.aside)},
        args.json,
        f"Basis data dipulihkan dari {args.file}. Berkas yang rusak disisihkan di {outcome.aside}.",
    )
    return 0


def run_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    if args.event is not None and services.events.get(args.event) is None:
        raise CommandFailed(f"acara nomor {args.event} tidak ditemukan")
    report = services.safety.verify_audit(args.event)
    anchor = services.anchors.verify(args.anchor) if args.anchor else None
    breaks = [
        {"entry": b.entry.id, "at": b.entry.at.isoformat(sep=" "), "action": b.entry.action,
         "reason": b.reason}
        for b in report.breaks
    ]  # fmt: skip
    checkins = [
        {"checkin": m.checkin_id, "event": m.event_id, "person": m.person_id,
         "id_number": m.id_number, "reason": m.reason}
        for m in report.checkins
    ]  # fmt: skip
    seals = [
        {"kind": f.kind, "row": f.row_id, "event": f.event_id, "id_number": f.id_number,
         "reason": f.reason}
        for f in report.seals
    ]  # fmt: skip
    lines = [
        f"Jejak audit: {number(report.entries)} entri diperiksa; "
        f"{number(report.sealed)} catatan bertanda tangan stasiun yang sah."
    ]
    if report.before_signatures:
        lines.append(f"{number(report.before_signatures)} catatan dibuat sebelum tanda tangan "
                     "stasiun (Netra versi lama).")  # fmt: skip
    if anchor is not None and anchor.holds:
        lines.append(f"Jangkar {anchor.code} cocok: {number(anchor.entries)} entri pertama jejak "
                     "audit masih persis seperti saat dijangkarkan.")  # fmt: skip
    elif anchor is not None:
        lines.append(f"JANGKAR {anchor.code} TIDAK COCOK: {anchor.problem}")
    if report.intact:
        lines.append("Rantai utuh; setiap check-in sesuai jejak audit dan tanda tangan stasiun.")
    for item in breaks:
        lines.append(f"RUSAK di entri {item['entry']} ({item['at']}, {item['action']}): "
                     f"{item['reason']}")  # fmt: skip
    for found in checkins:
        row = f"check-in {found['checkin']}" if found["checkin"] else "check-in"
        lines.append(f"RUSAK di {row} (acara {found['event']}, nomor {found['id_number']}): "
                     f"{found['reason']}")  # fmt: skip
    rows = [{"table": f.table, "key": f.key, "reason": f.reason} for f in report.rows]
    lines += [f"RUSAK di {finding.describe()}" for finding in report.rows]
    for item in seals:
        lines.append(f"DITOLAK {item['kind']} {item['row']} (acara {item['event']}, nomor "
                     f"{item['id_number'] or '-'}): {item['reason']}")  # fmt: skip
    anchor_json = None if anchor is None else {
        "code": anchor.code, "entries": anchor.entries, "holds": anchor.holds,
        "problem": anchor.problem,
    }  # fmt: skip
    emit(
        {
            "intact": report.intact,
            "anchor": anchor_json,
            "entries": report.entries,
            "breaks": breaks,
            "checkins": checkins,
            "seals": seals,
            "rows": rows,
            "sealed": report.sealed,
            "before_station_signatures": report.before_signatures,
        },
        args.json,
        "\n".join(lines),
    )
    return 0 if report.intact and (anchor is None or anchor.holds) else 1
