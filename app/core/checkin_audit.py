"""Check-in rows held against the audit entries that recorded them.

The hash chain proves the audit log was not edited; this proves the check-in table still
says what the log recorded. A row whose time, station, method or person was changed
behind the application's back, a row added outside it, or one deleted, shows up here at
that row. Entries that record check-ins: ``checkin.record``, ``checkin.merge`` and
``checkin.earlier`` (details: id_number, at, station, method), ``checkin.cancel``
(removes one), and bulk entries (``daring.import``, ``demo.arrivals``) whose details
list ``checkins``. A check-in is one per event, moment and person; entries written before
moments carry no ``moment`` and name the first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from app.core.audit_chain import AuditEntry
from app.core.moments import FIRST_MOMENT
from app.core.station_records import RecordedCheckin

BULK_ACTIONS = ("daring.import", "demo.arrivals")
# One check-in each: recorded here, merged from another station, or moved to an earlier time.
RECORD_ACTIONS = ("checkin.record", "checkin.merge", "checkin.earlier")
FIELD_LABELS = {
    "at": "jam", "station": "gerbang", "method": "cara", "operator": "petugas",
    "late": "terlambat", "note": "catatan", "signer": "stasiun penanda tangan",
    "time_source": "sumber jam", "clock_offset_s": "selisih jam (detik)",
    "offset_age_s": "umur selisih (detik)",
}  # fmt: skip


@dataclass(frozen=True)
class StoredCheckin:
    id: int
    event_id: int
    person_id: int
    id_number: str
    at: object  # a datetime, or whatever text someone wrote into the column
    station: str
    method: str
    operator: str = ""
    late: bool = False
    note: str = ""
    signer: str = ""
    time_source: str = ""
    clock_offset_s: int | None = None
    offset_age_s: int | None = None
    moment: int = FIRST_MOMENT

    def fields(self) -> dict[str, str]:
        return {
            "at": as_text(self.at), "station": self.station, "method": self.method,
            "operator": self.operator, "late": as_text(bool(self.late)), "note": self.note,
            "signer": self.signer, "time_source": self.time_source,
            "clock_offset_s": as_text(self.clock_offset_s),
            "offset_age_s": as_text(self.offset_age_s),
        }  # fmt: skip


@dataclass(frozen=True)
class CheckinMismatch:
    event_id: int
    person_id: int
    id_number: str
    checkin_id: int | None  # None when the row is gone
    reason: str  # Indonesian, for the user
    moment: int = FIRST_MOMENT


def as_text(value: object) -> str:
    return value.isoformat(sep=" ") if isinstance(value, datetime) else str(value)


def _audited_fields(details: dict) -> dict[str, str]:
    """The fields an entry recorded (entries of earlier versions carry fewer)."""
    return {name: as_text(details[name]) for name in FIELD_LABELS if name in details}


@dataclass(frozen=True)
class _Recorded:
    id_number: str
    fields: dict[str, str]


def checkin_details(id_number: str, at: datetime, station: str, method: str) -> dict[str, str]:
    """What an audit entry must carry so the row it records can be checked later."""
    return {"id_number": id_number, "at": as_text(at), "station": station, "method": method}


def record_details(record: RecordedCheckin) -> dict[str, object]:
    """Every field of a check-in and its seal, for the audit entry that records it."""
    return {
        **checkin_details(record.id_number, record.at, record.station, record.method.value),
        "operator": record.operator, "late": record.late, "note": record.note,
        "signer": record.seal.signer if record.seal else "",
        "time_source": record.time_source.value, "clock_offset_s": record.clock_offset_s,
        "offset_age_s": record.offset_age_s, "moment": record.moment,
    }  # fmt: skip


def _key(event_id: int, details: dict, person: object) -> tuple[int, int, int]:
    """Which check-in an entry speaks of: event, moment (first when not named), person."""
    return (event_id, int(details.get("moment", FIRST_MOMENT)), int(str(person)))


def _recorded(entries: list[AuditEntry]) -> dict[tuple[int, int, int], _Recorded]:
    recorded: dict[tuple[int, int, int], _Recorded] = {}
    for entry in entries:
        if entry.event_id is None:
            continue
        body = json.loads(entry.body)
        details = body.get("details", {})
        if entry.action in RECORD_ACTIONS:
            fields = {
                "at": details.get("at") or as_text(entry.at),
                "station": details.get("station", ""),
                "method": details.get("method", ""),
            } | _audited_fields(details)
            key = _key(entry.event_id, details, body["id"])
            recorded[key] = _Recorded(details.get("id_number", ""), fields)
        elif entry.action == "checkin.cancel":
            recorded.pop(_key(entry.event_id, details, body["id"]), None)
        elif entry.action in BULK_ACTIONS:
            for item in details.get("checkins", []):
                fields = {name: "" for name in ("at", "station", "method")}
                fields |= _audited_fields(item)
                recorded[_key(entry.event_id, item, item["person"])] = _Recorded(
                    item.get("id_number", ""), fields
                )
    return recorded


def checkin_mismatches(
    entries: list[AuditEntry], rows: list[StoredCheckin]
) -> list[CheckinMismatch]:
    """Every check-in row that the audit log does not vouch for, and every audited one gone."""
    recorded = _recorded(entries)
    found = []
    for row in rows:
        key = (row.event_id, row.moment, row.person_id)
        expected = recorded.pop(key, None)
        if expected is None:
            found.append(
                CheckinMismatch(
                    row.event_id, row.person_id, row.id_number, row.id,
                    "tidak tercatat di jejak audit (ditambahkan di luar aplikasi)", row.moment,
                )
            )  # fmt: skip
            continue
        now = row.fields()
        changed = [
            f"{FIELD_LABELS[name]} tercatat {expected.fields[name]!r}, sekarang {now[name]!r}"
            for name in FIELD_LABELS
            if name in expected.fields and expected.fields[name] != now[name]
        ]
        if changed:
            found.append(
                CheckinMismatch(
                    row.event_id, row.person_id, row.id_number, row.id,
                    "diubah di luar aplikasi: " + "; ".join(changed), row.moment,
                )
            )  # fmt: skip
    for (event_id, moment, person_id), gone in recorded.items():
        found.append(
            CheckinMismatch(
                event_id, person_id, gone.id_number, None,
                "tercatat di jejak audit tetapi tidak ada lagi di tabel (dihapus di luar aplikasi)",
                moment,
            )
        )  # fmt: skip
    return found
