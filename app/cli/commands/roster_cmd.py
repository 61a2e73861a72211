"""``netra roster import FILE``: bring the roster in from an Excel or CSV export.

The report says who is new, who changes and in which fields, who stays the same, and
who is on the roster but not in the file; ``--dry-run`` reports without storing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit, finished
from app.core.errors import FieldError
from app.core.locale_format import number
from app.core.people import Person
from app.core.roster import RosterPlan, changes_text
from app.services.event_service import Invalid

LISTED = 50  # people named per group in the text report; --json lists them all


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("roster", help="daftar pegawai")
    actions = parser.add_subparsers(dest="roster_action", metavar="AKSI", required=True)
    importer = actions.add_parser(
        "import", help="impor daftar pegawai dari .xlsx atau .csv (SIASN/SIMPEG)"
    )
    importer.add_argument("file", type=Path, metavar="BERKAS")
    importer.add_argument("--event", type=int, metavar="ID", help="masukkan juga ke acara ini")
    importer.add_argument(
        "--dry-run", action="store_true", help="hanya laporkan perubahannya, tidak menyimpan"
    )
    importer.add_argument("--json", action="store_true", help="keluaran JSON")
    importer.set_defaults(run=run_import)


def _refused(args: argparse.Namespace, errors: list[FieldError]) -> CommandFailed:
    if args.json:
        emit(
            {
                "imported": False,
                "errors": [{"row": e.row, "column": e.field, "message": e.message} for e in errors],
            },
            True,
            "",
        )
    lines = "\n".join(f"  {error}" for error in errors)
    return CommandFailed(
        f"{args.file.name}: {number(len(errors))} masalah, tidak ada yang diimpor.\n{lines}"
    )


def _who(person: Person) -> dict[str, str]:
    return {"id_number": person.id_number, "name": person.display_name}


def plan_json(plan: RosterPlan) -> dict[str, object]:
    return {
        "new": [_who(p) for p in plan.new],
        "changed": [
            {**_who(c.person), "fields": {k: list(v) for k, v in c.changes.items()}}
            for c in plan.changed
        ],
        "not_in_file": [_who(p) for p in plan.not_in_file],
    }


def _listed(heading: str, lines: list[str]) -> list[str]:
    if not lines:
        return []
    more = [f"    … dan {number(len(lines) - LISTED)} lainnya"] if len(lines) > LISTED else []
    return [f"  {heading}:", *(f"    {line}" for line in lines[:LISTED]), *more]


def plan_text(plan: RosterPlan) -> str:
    return "\n".join(
        [
            *_listed("baru", [f"{p.display_name} ({p.display_id})" for p in plan.new]),
            *_listed(
                "berubah",
                [
                    f"{c.person.display_name} ({c.person.display_id}): {changes_text(c.changes)}"
                    for c in plan.changed
                ],
            ),
            *_listed(
                "ada di daftar tetapi tidak ada di berkas ini",
                [f"{p.display_name} ({p.display_id})" for p in plan.not_in_file],
            ),
        ]
    )


@changes_data
def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    organisation_id = ctx.organisation_id(args.event)
    roster = ctx.services().roster
    preview = roster.preview(args.file)
    if isinstance(preview, Invalid):
        raise _refused(args, preview.errors)
    if args.dry_run:
        plan = roster.plan(preview, organisation_id)
        if isinstance(plan, Invalid):
            raise _refused(args, plan.errors)
        rows, added = len(plan.new) + len(plan.changed) + len(plan.unchanged), None
    else:
        done = roster.import_table(preview, organisation_id, args.event)
        if isinstance(done, Invalid):
            raise _refused(args, done.errors)
        done = finished(done)
        plan, rows, added = done.plan, done.rows, done.added_to_event
    summary = (
        f"{args.file.name}: {number(rows)} baris; {number(len(plan.new))} baru, "
        f"{number(len(plan.changed))} "
        + ("akan diperbarui" if args.dry_run else "diperbarui")
        + f", {number(len(plan.unchanged))} tetap; {number(len(plan.not_in_file))} ada di "
        "daftar tetapi tidak ada di berkas ini"
        + (f"; {number(added)} ditambahkan ke acara" if args.event and added is not None else "")
        + (". Belum ada yang disimpan (--dry-run)." if args.dry_run else ".")
    )
    details = plan_text(plan)
    emit(
        {
            "imported": not args.dry_run,
            "rows": rows,
            "created": len(plan.new),
            "updated": len(plan.changed),
            "unchanged": len(plan.unchanged),
            "not_in_file": len(plan.not_in_file),
            **({"added_to_event": added} if added is not None else {}),
            "people": plan_json(plan),
        },
        args.json,
        f"{summary}\n{details}" if details else summary,
    )
    return 0
