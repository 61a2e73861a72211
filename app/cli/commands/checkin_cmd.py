"""``netra checkin``: record an arrival by badge token (as the gate does) or by hand;
``netra cancel``: undo a wrong check-in with the supervisor PIN."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import (
    ALREADY_RECORDED,
    BAD_INPUT,
    OK,
    CommandFailed,
    emit,
)
from app.cli.pin_words import PIN_WORDS
from app.cli.secret import read_secret
from app.core.admin_pin import PinCheck
from app.core.checkin import CheckinResult, Method
from app.core.events import Event, has_moments, moments_of
from app.core.locale_format import clock_time
from app.core.moments import FIRST_MOMENT
from app.core.outcomes import Outcome
from app.services.checkin_service import Cancelled
from app.services.container import Services
from app.services.event_service import Invalid

NO_SUCH_MOMENT = "sesi nomor {number} tidak ada di acara ini (lihat: netra moments --event {event})"
OUTCOME_WORDS = {
    Outcome.RECORDED: "TERCATAT",
    Outcome.LATE: "TERCATAT, TERLAMBAT",
    Outcome.DUPLICATE: "SUDAH TERCATAT",
    Outcome.INVALID: "DITOLAK: kode tidak sah",
    Outcome.REVOKED: "DITOLAK: kartu sudah diganti",
    Outcome.UNKNOWN_PERSON: "DITOLAK: tidak ada di daftar pegawai",
    Outcome.NOT_EXPECTED: "BUKAN PESERTA ACARA INI",
    Outcome.NOT_SAVED: "TIDAK TERCATAT",
    Outcome.GATE_CLOSED: "DITOLAK: gerbang acara ini sudah ditutup",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("checkin", help="catat kehadiran dengan kode kartu atau manual")
    parser.add_argument("token", nargs="?", help="isi kode QR kartu (NT1...)")
    add_gate_arguments(parser)
    parser.add_argument("--manual", metavar="NIP", help="catat manual (lupa kartu) dengan NIP/ID")
    parser.add_argument("--reason", default="", help="alasan pencatatan manual")
    parser.add_argument(
        "--moment", type=int, metavar="NOMOR",
        help="nomor sesi (lihat: netra moments); tanpa ini: sesi yang jamnya sedang berjalan",
    )  # fmt: skip
    parser.set_defaults(run=run)

    cancel = subparsers.add_parser("cancel", help="batalkan kehadiran yang salah (PIN supervisor)")
    cancel.add_argument("--event", type=int, required=True, metavar="NOMOR", help="nomor acara")
    cancel.add_argument("--person", required=True, metavar="NIP", help="NIP/ID orangnya")
    cancel.add_argument("--reason", required=True, help="alasan pembatalan")
    cancel.add_argument(
        "--moment", type=int, default=FIRST_MOMENT, metavar="NOMOR", help="nomor sesi (bawaan 1)"
    )
    cancel.add_argument("--json", action="store_true", help="keluaran JSON")
    cancel.set_defaults(run=run_cancel)


def add_gate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--event", type=int, required=True, metavar="NOMOR", help="nomor acara")
    parser.add_argument(
        "--station", dest="gate_station", metavar="NAMA", help="nama stasiun/gerbang"
    )
    parser.add_argument("--json", action="store_true", help="keluaran JSON")


def event_or_fail(services: Services, event_id: int) -> Event:
    event = services.events.get(event_id)
    if event is None:
        raise CommandFailed(f"acara nomor {event_id} tidak ditemukan (lihat: netra events)")
    return event


def result_json(result: CheckinResult) -> dict[str, Any]:
    person = result.person
    return {
        "outcome": result.outcome.value,
        "person": None if person is None else {
            "id": person.id,
            "name": person.display_name,
            "id_number": person.id_number,
            "unit": person.unit,
            "position": person.position,
            "guest": person.is_guest,
        },
        "at": result.at.isoformat(),
        "station": result.station,
        "method": result.method.value,
        "reason": result.reason.value if result.reason else None,
        "first": None if result.first is None else {
            "at": result.first.at.isoformat(), "station": result.first.station,
        },
        "repeat": result.repeat,
        "notice": result.notice,
        "moment": None if result.moment is None else {
            "number": result.moment.number, "name": result.moment.name,
        },
    }  # fmt: skip


def result_line(result: CheckinResult, named_moment: bool = False) -> str:
    """``named_moment``: the event has several moments, so the line says which one."""
    words = OUTCOME_WORDS[result.outcome]
    if named_moment and result.moment is not None:
        words += f" (sesi {result.moment.name})"
    if result.outcome is Outcome.DUPLICATE and result.first is not None:
        words += f" pukul {clock_time(result.first.at.time())} di {result.first.station}"
    person = result.person
    who = f": {person.display_name} ({person.display_id}), {person.unit}" if person else ""
    notice = f" [{result.notice}]" if result.notice else ""
    return f"{words}{who}{notice}"


@changes_data
def run(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    event = event_or_fail(services, args.event)
    if args.moment is not None and args.moment not in {m.number for m in moments_of(event)}:
        raise CommandFailed(NO_SUCH_MOMENT.format(number=args.moment, event=args.event))
    station = args.gate_station or ctx.station
    if args.manual:
        person = services.people.by_id_number(int(event.organisation_id or 0), args.manual)
        if person is None:
            raise CommandFailed(f"{args.manual} tidak ada di daftar pegawai")
        outcome = services.checkins.manual(args.event, person.id, args.reason, station, args.moment)
        if isinstance(outcome, Invalid):
            raise CommandFailed("; ".join(str(error) for error in outcome.errors))
        result = outcome
    elif args.token is None:
        raise CommandFailed("berikan kode kartu, atau --manual NIP --reason ALASAN")
    else:
        result = services.checkins.scan(
            args.event, args.token, Method.SCANNER, station, args.moment
        )
    emit(result_json(result), args.json, result_line(result, has_moments(event)))
    return exit_code(result)


def exit_code(result: CheckinResult) -> int:
    """0 recorded now, 3 already recorded, 1 refused (4, database trouble, is raised)."""
    if result.outcome.is_recorded:
        return OK
    if result.outcome is Outcome.DUPLICATE:
        return ALREADY_RECORDED
    return BAD_INPUT


@changes_data
def run_cancel(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    event = event_or_fail(services, args.event)
    person = services.people.by_id_number(int(event.organisation_id or 0), args.person)
    if person is None:
        raise CommandFailed(f"{args.person} tidak ada di daftar pegawai")
    pin = read_secret("PIN supervisor: ")
    outcome = services.checkins.cancel(args.event, person.id, args.reason, pin, args.moment)
    if isinstance(outcome, Invalid):
        raise CommandFailed("; ".join(str(error) for error in outcome.errors))
    if isinstance(outcome, PinCheck):
        raise CommandFailed(PIN_WORDS.get(outcome.verdict, "PIN ditolak"))
    assert isinstance(outcome, Cancelled)
    emit(
        {"cancelled": True, "person": person.display_name, "was_at": outcome.was.at.isoformat(),
         "station": outcome.was.station},
        args.json,
        f"Kehadiran {person.display_name} (pukul {clock_time(outcome.was.at.time())} di "
        f"{outcome.was.station}) dibatalkan.",
    )  # fmt: skip
    return 0
