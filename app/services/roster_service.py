"""Bringing the roster in: spreadsheet import, the Peserta form, photos.

Imports are all or nothing: a file with any problem writes nothing; a clean file
creates or updates people (matched by NIP/NIK) and units in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.heap import collector_paused
from app.core.nip import IdKind, normalise_id
from app.core.people import Person, person_changes
from app.core.progress import Cancelled, KeepGoing, always, carry_on
from app.core.refusals import Refusal, Refused
from app.core.roster import (
    CellValue,
    RosterField,
    RosterLayout,
    RosterParse,
    RosterPlan,
    RosterTable,
    detect_layout,
    parse_roster,
    person_from_values,
    plan_import,
)
from app.imports.photos import PHOTO_SUFFIXES, PhotoError, prepare_photo
from app.imports.sheet_file import Sheet, SheetUnreadable, read_sheet
from app.services.auditor import Auditor
from app.services.event_service import Invalid
from app.store.store import Store

FORM_COLUMNS = {roster_field: roster_field.value for roster_field in RosterField}


@dataclass(frozen=True)
class RosterPreview:
    """A read file and the column layout guessed for it, before anything is stored."""

    table: RosterTable
    layout: RosterLayout


@dataclass(frozen=True)
class ImportDone:
    rows: int
    plan: RosterPlan  # what was stored: new, changed, unchanged, left out of the file
    added_to_event: int

    @property
    def created(self) -> int:
        return len(self.plan.new)

    @property
    def updated(self) -> int:
        return len(self.plan.changed)

    @property
    def unchanged(self) -> int:
        return len(self.plan.unchanged)


@dataclass(frozen=True)
class PersonSaved:
    person_id: int


@dataclass(frozen=True)
class PersonDraft:
    """What the Peserta form holds: raw texts per field, as a file row would."""

    organisation_id: int
    values: dict[RosterField, CellValue]
    person_id: int | None = None
    event_id: int | None = None


@dataclass(frozen=True)
class PhotoImport:
    stored: int
    unknown: list[str]
    unreadable: list[str]


def _table(sheet: Sheet) -> RosterTable:
    return RosterTable(sheet.source, sheet.rows)


def _plan(
    store: Store, people: list[Person], organisation_id: int, layout: RosterLayout
) -> RosterPlan:
    # Keyed by the normalised number, so a row stored before normalisation is matched
    # and corrected rather than joined by a second person.
    stored = {
        normalise_id(p.id_number): p for p in store.people.people_of_organisation(organisation_id)
    }
    return plan_import(people, stored, set(layout.mapping.values()))


def _names_columns(table: RosterTable) -> bool:
    """A sheet whose header names at least two roster columns is the roster."""
    return len(detect_layout(table).mapping) >= 2


class RosterService:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)

    @collector_paused()
    def preview(self, path: Path) -> RosterPreview | Invalid:
        try:
            sheet = read_sheet(path, lambda sheet: _names_columns(_table(sheet)))
        except SheetUnreadable as error:
            return Invalid([FieldError(path.name, error.refusal)])
        table = _table(sheet)
        return RosterPreview(table, detect_layout(table))

    def import_file(
        self, path: Path, organisation_id: int, event_id: int | None = None
    ) -> ImportDone | Invalid | Cancelled:
        preview = self.preview(path)
        if isinstance(preview, Invalid):
            return preview
        return self.import_table(preview, organisation_id, event_id)

    def plan(self, preview: RosterPreview, organisation_id: int) -> RosterPlan | Invalid:
        """Who the file adds, changes (and which fields), leaves as is, and leaves out."""
        parsed = parse_roster(preview.table, preview.layout)
        if parsed.errors:
            return Invalid(parsed.errors)
        return _plan(self.store, parsed.people, organisation_id, preview.layout)

    @collector_paused()
    def import_table(
        self,
        preview: RosterPreview,
        organisation_id: int,
        event_id: int | None = None,
        keep_going: KeepGoing = always,
    ) -> ImportDone | Invalid | Cancelled:
        """Store a checked file; ``preview.layout`` may carry columns the user mapped by hand.

        A field whose column the file lacks keeps what is stored (a file of NIP and name
        only changes names). ``keep_going`` hears the people written (changed, then new);
        when it answers False the transaction is rolled back: the roster stays as it was.
        """
        parsed = parse_roster(preview.table, preview.layout)
        if parsed.errors:
            return Invalid(parsed.errors)
        try:
            return self._store_import(preview, parsed, organisation_id, event_id, keep_going)
        except Cancelled as stopped:
            return stopped

    def _store_import(
        self, preview: RosterPreview, parsed: RosterParse, organisation_id: int,
        event_id: int | None, keep_going: KeepGoing,
    ) -> ImportDone:  # fmt: skip
        now = self.clock.now()
        with self.store.write():
            plan = _plan(self.store, parsed.people, organisation_id, preview.layout)
            changed, total = len(plan.changed), len(plan.changed) + len(plan.new)
            for done, change in enumerate(plan.changed):
                carry_on(keep_going, done, total)
                self.store.people.update_person(organisation_id, change.person, now)
                self.audit.record(
                    "person.update", "person", change.person.id, event_id, change.changes, at=now
                )
            self.store.people.insert_people(
                organisation_id, plan.new, now,
                lambda done, _new: keep_going(changed + done, total),
            )  # fmt: skip
            carry_on(keep_going, total, total)
            added = 0
            if event_id is not None:
                ids = self.store.people.ids_by_id_number(organisation_id)
                added = self.store.people.add_attendees(
                    event_id, [ids[p.id_number] for p in parsed.people]
                )
            if plan.new or plan.changed or added:
                self.audit.record(
                    "roster.import",
                    "organisation",
                    organisation_id,
                    event_id,
                    {
                        "file": preview.table.source,
                        "rows": parsed.rows,
                        "created": len(plan.new),
                        "updated": len(plan.changed),
                        "added_to_event": added,
                    },
                    at=now,
                )
        return ImportDone(rows=parsed.rows, plan=plan, added_to_event=added)

    def save_person(self, draft: PersonDraft) -> PersonSaved | Invalid:
        """Add or edit one person with the same rules as a file row."""
        person, errors = person_from_values(draft.values, None, FORM_COLUMNS)
        if person is None:
            return Invalid(errors)
        now = self.clock.now()
        with self.store.write():
            ids = self.store.people.ids_by_id_number(draft.organisation_id)
            holder = ids.get(person.id_number)
            if holder is not None and holder != draft.person_id:
                other = self.store.people.get_person(holder)
                id_field = RosterField.NIK if person.id_kind is IdKind.NIK else RosterField.NIP
                owner = (
                    other.display_name if other else Refused(Refusal.PERSON_NUMBER, person=holder)
                )
                used = Refused(Refusal.NUMBER_USED_BY, owner=owner)
                return Invalid([FieldError(id_field.value, used)])
            if draft.person_id is None:
                (person_id,) = self.store.people.insert_people(draft.organisation_id, [person], now)
                self._put_on_event(draft.event_id, person_id)
                self.audit.record(
                    "person.create",
                    "person",
                    person_id,
                    draft.event_id,
                    {"id_number": person.id_number, "name": person.name},
                    at=now,
                )
                return PersonSaved(person_id)
            person_id = draft.person_id
            old = self.store.people.get_person(person_id)
            if old is None:
                return Invalid([FieldError("nama", Refused(Refusal.PERSON_GONE))])
            # Put on the list before the entry is written: the entry records the list.
            added = self._put_on_event(draft.event_id, person_id)
            changes = person_changes(old, replace(person, id=person_id))
            if changes:
                edited = replace(person, id=person_id)
                self.store.people.update_person(draft.organisation_id, edited, now)
                self.audit.record(
                    "person.update", "person", person_id, draft.event_id, changes, at=now
                )
            elif added:
                self.audit.record(
                    "event.admit", "person", person_id, draft.event_id, {"by": "form"}, at=now
                )
        return PersonSaved(person_id)

    def _put_on_event(self, event_id: int | None, person_id: int) -> bool:
        return event_id is not None and self.store.people.add_attendees(event_id, [person_id]) > 0

    def set_active(self, person_id: int, active: bool) -> None:
        """Deactivate (badge no longer accepted) or reactivate a person."""
        now = self.clock.now()
        with self.store.write():
            person = self.store.people.get_person(person_id)
            if person is None or person.active == active:
                return
            self.store.people.set_active(person_id, active, now)
            action = "person.activate" if active else "person.deactivate"
            self.audit.record(action, "person", person_id, at=now)

    def set_photo(self, person_id: int, data: bytes) -> PersonSaved | Invalid:
        try:
            image = prepare_photo(data)
        except PhotoError as error:
            return Invalid([FieldError("foto", error.refusal)])
        now = self.clock.now()
        with self.store.write():
            self.store.people.set_photo(person_id, image)
            self.audit.record("person.photo", "person", person_id, at=now)
        return PersonSaved(person_id)

    def import_photos(self, organisation_id: int, folder: Path) -> PhotoImport:
        """Store every ``NIP.jpg`` of a folder on the person with that NIP (or NIK)."""
        ids = self.store.people.ids_by_id_number(organisation_id)
        ready: list[tuple[int, bytes]] = []
        unknown: list[str] = []
        unreadable: list[str] = []
        files = sorted(p for p in folder.iterdir() if p.suffix.casefold() in PHOTO_SUFFIXES)
        for path in files:
            id_number = "".join(ch for ch in normalise_id(path.stem) if ch.isalnum())
            person_id = ids.get(id_number)
            if person_id is None:
                unknown.append(path.name)
                continue
            try:
                ready.append((person_id, prepare_photo(path.read_bytes())))
            except (PhotoError, OSError):
                unreadable.append(path.name)
        if ready:
            now = self.clock.now()
            with self.store.write():
                for person_id, image in ready:
                    self.store.people.set_photo(person_id, image)
                self.audit.record(
                    "roster.photos",
                    "organisation",
                    organisation_id,
                    None,
                    {"folder": folder.name, "stored": len(ready)},
                    at=now,
                )
        return PhotoImport(len(ready), unknown, unreadable)

    def photo(self, person_id: int) -> bytes | None:
        return self.store.people.photo(person_id)

    def get(self, person_id: int) -> Person | None:
        return self.store.people.get_person(person_id)
