"""Digests of the rows the audit trail covers (see ``app.core.row_audit``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.core.row_audit import row_digest
from app.store.models import (
    Absence,
    Event,
    EventAttendee,
    EventMoment,
    PaktaPaperPage,
    PaktaSignature,
    Person,
    SigningKey,
    Station,
)

PERSON_ACTIONS = (
    "person.create", "person.update", "person.guest", "person.activate", "person.deactivate",
)  # fmt: skip
EVENT_ACTIONS = ("event.create", "event.update")
ABSENCE_ACTIONS = ("absence.record", "absence.import", "absence.clear", "daring.import")
KEY_ACTIONS = ("key.create", "key.import")
PAKTA_ACTIONS = ("pakta.sign", "pakta.resign")
PAPER_ACTIONS = ("pakta.paper_sign", "pakta.paper_unsigned")
# A paper page's image is covered by its SHA-256 column; the image bytes stay unread.
PAPER_COLUMNS = [f for f in PaktaPaperPage._meta.sorted_fields if f.name != "image"]
# Changes to who is expected at an event (the list absences are counted from).
ATTENDEE_ACTIONS = (
    "event.create", "event.update", "event.admit", "event.attendees", "person.create",
    "person.update", "roster.import", "pakta.signer_add", "pakta.signer_remove",
)  # fmt: skip
# Marking an older signature superseded is part of signing its replacement (audited there).
SKIPPED_COLUMNS = {"pakta_signature": {"superseded_at"}}


def _raw(query: Any) -> list[dict[str, Any]]:
    """Rows as the driver returns them: the same values at append and at verify, without
    peewee's conversions (most of the time of a 10,000-row read)."""
    sql, params = query.sql()
    cursor = query.model._meta.database.execute_sql(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


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


def _attendee_lists(event_ids: list[int] | None = None) -> dict[str, str]:
    """One digest per event of who is expected there (and the notice the gate shows them):
    a person taken off the list, so that their absence disappears, changes it."""
    query = EventAttendee.select(EventAttendee.event, EventAttendee.person, EventAttendee.notice)
    if event_ids is None:
        event_ids = [row["id"] for row in _raw(Event.select(Event.id))]
    else:
        query = query.where(EventAttendee.event.in_(event_ids))
    lists: dict[str, list[tuple[int, str]]] = {str(event_id): [] for event_id in event_ids}
    for row in _raw(query):
        lists.setdefault(str(row["event_id"]), []).append((row["person_id"], row["notice"]))
    return {key: row_digest({"attendees": sorted(members)}) for key, members in lists.items()}


def covered_rows(
    action: str, entity_id: object, event_id: int | None
) -> dict[str, Mapping[str, str | None]]:
    """The digests an audit entry for ``action`` records: the rows it left behind."""
    rows = _covered_by_action(action, entity_id, event_id)
    if action in ATTENDEE_ACTIONS and event_id is not None:
        rows["attendees"] = dict(_attendee_lists([event_id]))
    return rows


def _covered_by_action(
    action: str, entity_id: object, event_id: int | None
) -> dict[str, Mapping[str, str | None]]:
    if action in PERSON_ACTIONS:
        return {"person": _digests("person", _raw(Person.select().where(Person.id == entity_id)))}
    if action == "roster.import":
        people = _raw(Person.select().where(Person.organisation == entity_id))
        return {"person": _digests("person", people)}
    if action in EVENT_ACTIONS:
        moments = _raw(EventMoment.select().where(EventMoment.event == entity_id))
        return {
            "event": _digests("event", _raw(Event.select().where(Event.id == entity_id))),
            "moments": _grouped("moments", moments, "event_id"),
        }
    if action in ABSENCE_ACTIONS and event_id is not None:
        rows = _raw(Absence.select().where(Absence.event == event_id))
        return {"absences": {str(event_id): _grouped("absences", rows, "event_id").get(
            str(event_id))}}  # fmt: skip
    if action in KEY_ACTIONS:
        rows = _raw(SigningKey.select().where(SigningKey.organisation == entity_id))
        return {"keys": _grouped("keys", rows, "organisation_id")}
    if action in PAKTA_ACTIONS:
        rows = _raw(PaktaSignature.select().where(PaktaSignature.id == entity_id))
        return {"pakta_signature": _digests("pakta_signature", rows)}
    if action in PAPER_ACTIONS:
        rows = _raw(PaktaPaperPage.select(*PAPER_COLUMNS).where(PaktaPaperPage.id == entity_id))
        return {"pakta_paper_page": _digests("pakta_paper_page", rows)}
    if action.startswith("station."):
        rows = _raw(Station.select().where(Station.fingerprint == str(entity_id)))
        return {"station": _digests("station", rows, key="fingerprint")}
    return {}


def current_rows() -> dict[str, dict[str, str]]:
    return {
        "person": _digests("person", _raw(Person.select())),
        "event": _digests("event", _raw(Event.select())),
        "moments": _grouped("moments", _raw(EventMoment.select()), "event_id"),
        "absences": _grouped("absences", _raw(Absence.select()), "event_id"),
        "keys": _grouped("keys", _raw(SigningKey.select()), "organisation_id"),
        "pakta_signature": _digests("pakta_signature", _raw(PaktaSignature.select())),
        "station": _digests("station", _raw(Station.select()), key="fingerprint"),
        "attendees": _attendee_lists(),
        "pakta_paper_page": _digests(
            "pakta_paper_page", _raw(PaktaPaperPage.select(*PAPER_COLUMNS))
        ),
    }
