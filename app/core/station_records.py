"""What one station recorded at an event, as a file carried to another laptop, and the rule
that merges such records: the earliest check-in of a person wins.

The same records travel from a gate's offline outbox to the venue server and, with no
network at all, as a file from each gate laptop to HR's (``netra station export`` /
``merge``). People are named by their NIP/NIK/id, never by a database row id, because
each laptop numbers its rows itself.

Every check-in and scan attempt carries the seal of the station that wrote it (see
``app.core.station_identity``), over the bytes of ``checkin_message`` / ``scan_message``:
all its fields and the event (instansi and date). The file as a whole is signed by the
station that exported it, so a checksum recomputed after an edit proves nothing.

Version 3 added where each check-in's time came from (``app.core.station_time``):
``time_source``, ``clock_offset_s``, ``offset_age_s``; version 2 files still merge.
``exported_at`` is the exporting station's clock, compared with the merging laptop's.

File layout (UTF-8 JSON)::

    {"format": "netra-station-records", "version": 3,
     "sha256": hex digest of the canonical JSON of "records",
     "station_key": base64 of the exporting station's raw Ed25519 public key,
     "signature": base64 of its signature over that canonical JSON,
     "records": {"event": {"title", "day", "organisation"}, "station", "exported_at",
                 "checkins": [{"id_number", "at", "station", "method", "operator",
                               "late", "note", "guest": null | {"name", "unit"},
                               "time_source", "clock_offset_s", "offset_age_s",
                               "seal": null | {"signer", "signature"},
                               "moment": number of the event's moment (absent: 1)}],
                 "scans": [{"id_number" | null, "at", "station", "method", "raw",
                            "outcome", "seal": null | {"signer", "signature"}}]}}
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from app.core.checkin import CheckinEntry, Method, PriorCheckin
from app.core.moments import FIRST_MOMENT
from app.core.outcomes import Outcome
from app.core.refusals import Refusal, Refused
from app.core.station_identity import Seal, StationKey
from app.core.station_time import Stamp, TimeSource

FORMAT = "netra-station-records"
VERSION = 3
OLDEST_VERSION = 2
MAX_TEXT = 512


@dataclass(frozen=True)
class EventKey:
    """How an event is recognised on another laptop, whose event ids differ."""

    title: str
    day: date
    organisation: str


@dataclass(frozen=True)
class GuestDetails:
    name: str
    unit: str


@dataclass(frozen=True)
class RecordedCheckin:
    id_number: str
    at: datetime
    station: str
    method: Method
    operator: str
    late: bool
    note: str = ""
    guest: GuestDetails | None = None
    seal: Seal | None = None
    time_source: TimeSource = TimeSource.BEFORE
    clock_offset_s: int | None = None
    offset_age_s: int | None = None
    moment: int = FIRST_MOMENT  # the number of the event's moment it was recorded in

    @property
    def stamp(self) -> Stamp:
        return Stamp(self.at, self.time_source, self.clock_offset_s, self.offset_age_s)


@dataclass(frozen=True)
class RecordedScan:
    id_number: str | None
    at: datetime
    station: str
    method: Method
    raw: str
    outcome: Outcome
    seal: Seal | None = None


@dataclass(frozen=True)
class FileSeal:
    """Who exported a file, and their signature over its records."""

    public_key: bytes
    signature: str
    signed: bytes


@dataclass(frozen=True)
class StationRecords:
    event: EventKey
    station: str
    exported_at: datetime
    checkins: list[RecordedCheckin]
    scans: list[RecordedScan]
    file_seal: FileSeal | None = None


def entry_for(event_id: int, person_id: int, record: RecordedCheckin) -> CheckinEntry:
    """The row that stores ``record`` in a database whose ids are these."""
    return CheckinEntry(
        event_id, person_id, record.at, record.station, record.method, record.operator,
        record.late, record.note, record.seal, record.stamp, record.moment,
    )  # fmt: skip


def checkin_message(event: EventKey, checkin: RecordedCheckin) -> bytes:
    """What a station signs for a check-in: every field, the person, the event, where its
    time came from and its moment.

    Each layout names itself, and a record signs only what it carries, so records made
    before Netra kept the time's source or before moments keep their layout and their
    seals still hold: ``netra-checkin-1`` (neither), ``netra-checkin-2`` (time source, the
    first moment), ``netra-checkin-3`` (time source and any other moment's number, so no
    record moves between moments without breaking its seal)."""
    guest = "" if checkin.guest is None else f"{checkin.guest.name}\x1e{checkin.guest.unit}"
    fields = [
        event.organisation, event.day.isoformat(), checkin.id_number, checkin.at.isoformat(),
        checkin.station, checkin.method.value, checkin.operator, "1" if checkin.late else "0",
        checkin.note, guest,
    ]  # fmt: skip
    if checkin.moment != FIRST_MOMENT:
        layout = ["netra-checkin-3", *fields, *_time_fields(checkin), str(checkin.moment)]
    elif checkin.time_source is TimeSource.BEFORE:
        layout = ["netra-checkin-1", *fields]
    else:
        layout = ["netra-checkin-2", *fields, *_time_fields(checkin)]
    return "\x1f".join(layout).encode()


def _time_fields(checkin: RecordedCheckin) -> list[str]:
    return [checkin.time_source.value, _optional(checkin.clock_offset_s),
            _optional(checkin.offset_age_s)]  # fmt: skip


def _optional(value: int | None) -> str:
    return "" if value is None else str(value)


def scan_message(event: EventKey, scan: RecordedScan) -> bytes:
    """What a station signs for a scan attempt (refusals too)."""
    return "\x1f".join(
        [
            "netra-scan-1", event.organisation, event.day.isoformat(), scan.id_number or "",
            scan.at.isoformat(), scan.station, scan.method.value, scan.raw, scan.outcome.value,
        ]
    ).encode()  # fmt: skip


class MergeAction(StrEnum):
    ADD = "add"  # nobody recorded this person yet
    MOVE_EARLIER = "move_earlier"  # recorded later elsewhere: the earlier time wins
    KEEP = "keep"  # already recorded earlier (or this very check-in was merged before)


def merge_action(existing: PriorCheckin | None, incoming: RecordedCheckin) -> MergeAction:
    if existing is None:
        return MergeAction.ADD
    if incoming.at < existing.at:
        return MergeAction.MOVE_EARLIER
    return MergeAction.KEEP


def is_same_checkin(existing: PriorCheckin, incoming: RecordedCheckin) -> bool:
    """The stored check-in is this one (merged before): not a conflict to report."""
    return existing.at == incoming.at and existing.station == incoming.station


def write_records(records: StationRecords, key: StationKey) -> str:
    body = _records_json(records)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "sha256": _digest(body),
        "station_key": base64.b64encode(key.public_raw).decode(),
        "signature": key.seal(_canonical(body)).signature,
        "records": body,
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


def read_records(text: str) -> StationRecords | Refused:
    """The records in a file, or what is wrong with it."""
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return Refused(Refusal.STATION_FILE_NOT_JSON)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return Refused(Refusal.STATION_FILE_FORMAT)
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        return Refused(Refusal.STATION_FILE_NEWER, version=version)
    if version < OLDEST_VERSION:
        return Refused(Refusal.STATION_FILE_BEFORE_SEALS)
    body = document.get("records")
    if not isinstance(body, dict) or document.get("sha256") != _digest(body):
        return Refused(Refusal.STATION_FILE_CHECKSUM)
    try:
        public_key = base64.b64decode(str(document.get("station_key")), validate=True)
        file_seal = FileSeal(public_key, str(document.get("signature")), _canonical(body))
        records = _records_from(body)
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        return Refused(Refusal.STATION_FILE_INVALID, detail=error)
    return StationRecords(
        records.event, records.station, records.exported_at, records.checkins, records.scans,
        file_seal,
    )  # fmt: skip


def _canonical(body: dict[str, Any]) -> bytes:
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def _digest(body: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(body)).hexdigest()


def _seal_json(seal: Seal | None) -> dict[str, str] | None:
    return None if seal is None else {"signer": seal.signer, "signature": seal.signature}


def _seal_from(row: dict[str, Any], where: str) -> Seal | None:
    seal = row.get("seal")
    if seal is None:
        return None
    return Seal(_text(seal, "signer", where), _text(seal, "signature", where))


def _records_json(records: StationRecords) -> dict[str, Any]:
    return {
        "event": {
            "title": records.event.title,
            "day": records.event.day.isoformat(),
            "organisation": records.event.organisation,
        },
        "station": records.station,
        "exported_at": records.exported_at.isoformat(),
        "checkins": [
            {
                "id_number": c.id_number, "at": c.at.isoformat(), "station": c.station,
                "method": c.method.value, "operator": c.operator, "late": c.late,
                "note": c.note,
                "guest": None if c.guest is None else {"name": c.guest.name,
                                                       "unit": c.guest.unit},
                "time_source": c.time_source.value, "clock_offset_s": c.clock_offset_s,
                "offset_age_s": c.offset_age_s, "seal": _seal_json(c.seal),
                "moment": c.moment,
            }
            for c in records.checkins
        ],
        "scans": [
            {
                "id_number": s.id_number, "at": s.at.isoformat(), "station": s.station,
                "method": s.method.value, "raw": s.raw, "outcome": s.outcome.value,
                "seal": _seal_json(s.seal),
            }
            for s in records.scans
        ],
    }  # fmt: skip


def _text(row: dict[str, Any], key: str, where: str) -> str:
    value = row[key]
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise ValueError(f"{where}.{key}: harus teks (paling panjang {MAX_TEXT})")
    return value


def _time(row: dict[str, Any], key: str, where: str) -> datetime:
    try:
        return datetime.fromisoformat(_text(row, key, where))
    except ValueError:
        raise ValueError(f"{where}.{key}: waktu tidak sah ({row[key]!r})") from None


def _seconds(row: dict[str, Any], key: str, where: str) -> int | None:
    value = row.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 10**9:
        raise ValueError(f"{where}.{key}: harus bilangan detik ({value!r})")
    return value


def _moment(row: dict[str, Any], where: str) -> int:
    """Files written before moments carry none: their check-ins are of the first moment."""
    value = row.get("moment", FIRST_MOMENT)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{where}.moment: harus nomor sesi ({value!r})")
    return value


def _records_from(body: dict[str, Any]) -> StationRecords:
    event = body["event"]
    checkins = []
    for index, row in enumerate(body["checkins"]):
        where = f"checkins[{index}]"
        guest = row.get("guest")
        checkins.append(
            RecordedCheckin(
                id_number=_text(row, "id_number", where),
                at=_time(row, "at", where),
                station=_text(row, "station", where),
                method=Method(row["method"]),
                operator=_text(row, "operator", where),
                late=bool(row["late"]),
                note=_text(row, "note", where),
                guest=None if guest is None else GuestDetails(
                    _text(guest, "name", where), _text(guest, "unit", where)
                ),
                seal=_seal_from(row, where),
                time_source=TimeSource(row.get("time_source", "")),
                clock_offset_s=_seconds(row, "clock_offset_s", where),
                offset_age_s=_seconds(row, "offset_age_s", where),
                moment=_moment(row, where),
            )
        )  # fmt: skip
    scans = []
    for index, row in enumerate(body["scans"]):
        where = f"scans[{index}]"
        person = row["id_number"]
        scans.append(
            RecordedScan(
                id_number=None if person is None else _text(row, "id_number", where),
                at=_time(row, "at", where),
                station=_text(row, "station", where),
                method=Method(row["method"]),
                raw=_text(row, "raw", where),
                outcome=Outcome(row["outcome"]),
                seal=_seal_from(row, where),
            )
        )
    return StationRecords(
        event=EventKey(
            _text(event, "title", "event"),
            date.fromisoformat(_text(event, "day", "event")),
            _text(event, "organisation", "event"),
        ),
        station=_text(body, "station", "records"),
        exported_at=_time(body, "exported_at", "records"),
        checkins=checkins,
        scans=scans,
    )
