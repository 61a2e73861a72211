"""Digests of the rows the audit trail covers (see ``app.core.row_audit``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.core.row_audit import row_digest
from app.store.models import Absence, Event, PaktaSignature, Person, SigningKey, Station

PERSON_ACTIONS = (
    "person.create", "person.update", "person.guest", "person.activate", "person.deactivate",
)  # fmt: skip
EVENT_ACTIONS = ("event.create", "event.update")
ABSENCE_ACTIONS = ("absence.record", "absence.import", "absence.clear", "daring.import")
KEY_ACTIONS = ("key.create", "key.import")
PAKTA_ACTIONS = ("pakta.sign", "pakta.resign")
# Marking an older signature superseded is part of signing its replacement (audited there).
SKIPPED_COLUMNS = {"pakta_signature": {"superseded_at"}}


def _digests(table: str, rows: Iterable[dict[str, Any]], key: str = "id") -> dict[str, str]:
    skipped = SKIPPED_COLUMNS.get(table, set())
    return {
        str(row[key]): row_digest({k: v for k, v in row.items() if k not in skipped})
        for row in rows
    }


def _grouped(table: str, rows: Iterable[dict[str, Any]], group: str) -> dict[str, str]:
    """One digest per group of rows (an event's absences, an organisation's keys)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(str(row[group]), []).append(row)
    return {
        key: row_digest({"rows": sorted(_digests(table, members).items())})
        for key, members in groups.items()
    }


def covered_rows(
    action: str, entity_id: object, event_id: int | None
) -> dict[str, dict[str, str | None]]:
    """The digests an audit entry for ``action`` records: the rows it left behind."""
    if action in PERSON_ACTIONS:
        return {"person": _digests("person", Person.select().where(Person.id == entity_id).dicts())}
    if action == "roster.import":
        people = Person.select().where(Person.organisation == entity_id).dicts()
        return {"person": _digests("person", people)}
    if action in EVENT_ACTIONS:
        return {"event": _digests("event", Event.select().where(Event.id == entity_id).dicts())}
    if action in ABSENCE_ACTIONS and event_id is not None:
        rows = Absence.select().where(Absence.event == event_id).dicts()
        return {"absences": {str(event_id): _grouped("absences", rows, "event").get(
            str(event_id))}}  # fmt: skip
    if action in KEY_ACTIONS:
        rows = SigningKey.select().where(SigningKey.organisation == entity_id).dicts()
        return {"keys": _grouped("keys", rows, "organisation")}
    if action in PAKTA_ACTIONS:
        rows = PaktaSignature.select().where(PaktaSignature.id == entity_id).dicts()
        return {"pakta_signature": _digests("pakta_signature", rows)}
    if action.startswith("station."):
        rows = Station.select().where(Station.fingerprint == str(entity_id)).dicts()
        return {"station": _digests("station", rows, key="fingerprint")}
    return {}


def current_rows() -> dict[str, dict[str, str]]:
    return {
        "person": _digests("person", Person.select().dicts()),
        "event": _digests("event", Event.select().dicts()),
        "absences": _grouped("absences", Absence.select().dicts(), "event"),
        "keys": _grouped("keys", SigningKey.select().dicts(), "organisation"),
        "pakta_signature": _digests("pakta_signature", PaktaSignature.select().dicts()),
        "station": _digests("station", Station.select().dicts(), key="fingerprint"),
    }
