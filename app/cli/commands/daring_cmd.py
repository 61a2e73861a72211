"""``netra daring import``: participants of a Zoom / Google Meet meeting recorded present."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit, refused
from app.core.daring import DaringMatch, DaringMatches
from app.core.locale_format import number
from app.services.event_service import Invalid

NOTHING_SAVED = "tidak ada yang disimpan:"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("daring", help="kehadiran lewat rapat video (Zoom/Meet)")
    actions = parser.add_subparsers(dest="daring_action", metavar="TINDAKAN", required=True)
    load = actions.add_parser("import", help="impor laporan peserta (CSV Zoom / Google Meet)")
    load.add_argument("file", type=Path, metavar="BERKAS.csv")
    load.add_argument("--event", type=int, required=True, metavar="NOMOR")
    load.add_argument(
        "--match", action="append", default=[], metavar="BARIS=NIP",
        help="cocokkan peserta di baris BARIS berkas dengan pegawai ber-NIP ini",
    )  # fmt: skip
    load.add_argument("--dry-run", action="store_true", help="tampilkan hasil tanpa menyimpan")
    load.add_argument("--json", action="store_true", help="keluaran JSON")
    load.set_defaults(run=run_import)


def _by_hand(matches: DaringMatches, pairs: list[str], ctx: CliContext, event_id: int) -> list:
    people = {p.id_number: p for p in ctx.services().people.expected(event_id)}
    rows = {participant.row: participant for participant in matches.unmatched}
    chosen = []
    for pair in pairs:
        row_text, _, number_text = pair.partition("=")
        if not row_text.strip().isdigit() or int(row_text) not in rows:
            raise CommandFailed(f"--match {pair}: baris {row_text} bukan peserta yang belum cocok")
        person = people.get(number_text.strip().replace(" ", ""))
        if person is None:
            raise CommandFailed(f"--match {pair}: NIP {number_text} tidak ada di daftar peserta")
        chosen.append(DaringMatch(rows[int(row_text)], person, "manual"))
    return chosen


@changes_data
def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    daring = ctx.services().daring
    matches = daring.read(args.event, args.file)
    if isinstance(matches, Invalid):
        raise refused(matches.errors, NOTHING_SAVED)
    chosen = matches.matched + _by_hand(matches, args.match, ctx, args.event)
    hand_rows = {m.participant.row for m in chosen}
    left = [p for p in matches.unmatched if p.row not in hand_rows]
    recorded = already = 0
    if not args.dry_run:
        result = daring.record(args.event, chosen, matches.source)
        if isinstance(result, Invalid):
            raise refused(result.errors, NOTHING_SAVED)
        recorded, already = result.recorded, result.already_present
    lines = [
        f"{number(len(chosen))} peserta cocok; {number(recorded)} dicatat hadir daring, "
        f"{number(already)} sudah tercatat hadir sebelumnya."
    ]
    if left:
        lines.append(
            f"{number(len(left))} peserta belum cocok (cocokkan dengan --match BARIS=NIP):"
        )
        lines += [f"  baris {p.row}: {p.display_name} ({p.joined_at:%H.%M})" for p in left]
    emit(
        {
            "matched": [
                {"row": m.participant.row, "name": m.participant.display_name,
                 "nip": m.person.id_number, "by": m.by}
                for m in chosen
            ],
            "unmatched": [{"row": p.row, "name": p.display_name} for p in left],
            "recorded": recorded,
            "already_present": already,
        },
        args.json,
        "\n".join(lines),
    )  # fmt: skip
    return 0
