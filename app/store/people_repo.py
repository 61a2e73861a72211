"""People, units and who is expected at an event."""

from __future__ import annotations

from datetime import datetime

from peewee import JOIN, Select, fn

from app.core.nip import EmploymentStatus, IdKind, normalise_id
from app.core.people import Person
from app.core.progress import KeepGoing, always, carry_on
from app.store.models import EventAttendee, PersonPhoto, Unit
from app.store.models import Person as PersonRow

BATCH = 500

PERSON_COLUMNS = (
    PersonRow.id,
    PersonRow.id_number,
    PersonRow.id_kind,
    PersonRow.name,
    PersonRow.front_title,
    PersonRow.back_title,
    PersonRow.status,
    PersonRow.gender,
    PersonRow.grade,
    PersonRow.position,
    Unit.name.alias("unit_name"),
    PersonRow.active,
    PersonRow.is_guest,
    PersonRow.badge_serial,
)


# Plain dict lookups: calling the enum per row is a tenth of a second on 10,000 people.
ID_KINDS = {kind.value: kind for kind in IdKind}
STATUSES = {status.value: status for status in EmploymentStatus}


def to_person(row: tuple) -> Person:
    return Person(
        id=row[0],
        id_number=row[1],
        id_kind=ID_KINDS[row[2]],
        name=row[3],
        front_title=row[4],
        back_title=row[5],
        status=STATUSES[row[6]],
        gender=row[7],
        grade=row[8],
        position=row[9],
        unit=row[10] or "",
        active=bool(row[11]),
        is_guest=bool(row[12]),
        badge_serial=row[13],
    )


def _columns(person: Person, units: dict[str, int]) -> dict[str, object]:
    return {
        "id_number": person.id_number,
        "id_kind": person.id_kind.value,
        "name": person.name,
        "front_title": person.front_title,
        "back_title": person.back_title,
        "status": person.status.value,
        "gender": person.gender,
        "grade": person.grade,
        "position": person.position,
        "unit": units.get(person.unit),
    }


class PeopleRepo:
    def _people(self, query: Select) -> list[Person]:
        """Run a roster query straight on the driver: peewee's per-field conversion would
        cost a fifth of a second on 10,000 people, and these columns need none."""
        sql, params = query.sql()
        return [to_person(row) for row in query.model._meta.database.execute_sql(sql, params)]

    def unit_names_of_event(self, event_id: int) -> list[str]:
        """The distinct units of the people expected at an event ("" for none)."""
        query = (
            EventAttendee.select(fn.COALESCE(Unit.name, "")).distinct()
            .join(PersonRow, on=(EventAttendee.person == PersonRow.id))
            .join(Unit, on=(PersonRow.unit == Unit.id), join_type=JOIN.LEFT_OUTER)
            .where(EventAttendee.event == event_id)
        )  # fmt: skip
        return [name for (name,) in query.tuples()]

    def people_of_organisation(self, organisation_id: int) -> list[Person]:
        query = (
            PersonRow.select(*PERSON_COLUMNS)
            .join(Unit, on=(PersonRow.unit == Unit.id), join_type=JOIN.LEFT_OUTER)
            .where(PersonRow.organisation == organisation_id)
            .order_by(Unit.name, PersonRow.name)
        )
        return self._people(query)

    def expected_people(self, event_id: int) -> list[Person]:
        query = (
            PersonRow.select(*PERSON_COLUMNS)
            .join(EventAttendee, on=(EventAttendee.person == PersonRow.id))
            .join(Unit, on=(PersonRow.unit == Unit.id), join_type=JOIN.LEFT_OUTER)
            .where(EventAttendee.event == event_id)
            .order_by(Unit.name, PersonRow.name)
        )
        return self._people(query)

    def count_people(self, organisation_id: int) -> int:
        return PersonRow.select().where(PersonRow.organisation == organisation_id).count()

    def ensure_units(self, organisation_id: int, names: set[str]) -> dict[str, int]:
        """Ids of the named units, creating those that do not exist yet."""
        existing = {
            name: uid
            for uid, name in Unit.select(Unit.id, Unit.name)
            .where(Unit.organisation == organisation_id)
            .tuples()
        }
        for name in sorted(names - existing.keys()):
            existing[name] = Unit.create(organisation=organisation_id, name=name).id
        return existing

    def insert_people(
        self,
        organisation_id: int,
        people: list[Person],
        at: datetime,
        keep_going: KeepGoing = always,
    ) -> list[int]:
        """Insert new people (ids ignored) in batches; returns their ids in order.

        ``keep_going`` hears each batch (people inserted, people in all); on False this raises
        ``Cancelled`` inside the caller's transaction, which then stores nothing."""
        units = self.ensure_units(organisation_id, {p.unit for p in people if p.unit})
        rows = [
            {
                **_columns(person, units),
                "organisation": organisation_id,
                "active": person.active,
                "is_guest": person.is_guest,
                "badge_serial": person.badge_serial,
                "created_at": at,
                "updated_at": at,
            }
            for person in people
        ]
        for start in range(0, len(rows), BATCH):
            carry_on(keep_going, start, len(rows))
            PersonRow.insert_many(rows[start : start + BATCH]).execute()
        ids = self.ids_by_id_number(organisation_id)
        return [ids[person.id_number] for person in people]

    def update_person(self, organisation_id: int, person: Person, at: datetime) -> None:
        """Write the roster fields of a stored person (not active, guest or badge serial)."""
        units = self.ensure_units(organisation_id, {person.unit} if person.unit else set())
        PersonRow.update(**_columns(person, units), updated_at=at).where(
            PersonRow.id == person.id
        ).execute()

    def set_active(self, person_id: int, active: bool, at: datetime) -> None:
        PersonRow.update(active=active, updated_at=at).where(PersonRow.id == person_id).execute()

    def get_person(self, person_id: int) -> Person | None:
        query = (
            PersonRow.select(*PERSON_COLUMNS)
            .join(Unit, on=(PersonRow.unit == Unit.id), join_type=JOIN.LEFT_OUTER)
            .where(PersonRow.id == person_id)
        )
        row = query.tuples().first()
        return to_person(row) if row else None

    def people_by_id_number(self, organisation_id: int) -> dict[str, Person]:
        return {p.id_number: p for p in self.people_of_organisation(organisation_id)}

    def ids_by_id_number(self, organisation_id: int) -> dict[str, int]:
        return dict(
            PersonRow.select(PersonRow.id_number, PersonRow.id)
            .where(PersonRow.organisation == organisation_id)
            .tuples()
        )

    def set_photo(self, person_id: int, image: bytes) -> None:
        PersonPhoto.insert(person=person_id, image=image).on_conflict(
            conflict_target=[PersonPhoto.person], update={PersonPhoto.image: image}
        ).execute()

    def photo(self, person_id: int) -> bytes | None:
        row = PersonPhoto.get_or_none(PersonPhoto.person == person_id)
        return bytes(row.image) if row else None

    def ids_with_photo(self, person_ids: list[int]) -> set[int]:
        """Which of these people have a photo: one scan of the (small) photo index, not N
        lookups."""
        with_photo = {pid for (pid,) in PersonPhoto.select(PersonPhoto.person_id).tuples()}
        return with_photo.intersection(person_ids)

    def add_attendees(self, event_id: int, person_ids: list[int]) -> int:
        """Put people on an event's list; those already on it are left as they are."""
        present = set(
            EventAttendee.select(EventAttendee.person_id)
            .where(EventAttendee.event == event_id)
            .tuples()
        )
        rows = [
            {"event": event_id, "person": pid, "notice": ""}
            for pid in person_ids
            if (pid,) not in present
        ]
        for start in range(0, len(rows), BATCH):
            EventAttendee.insert_many(rows[start : start + BATCH]).execute()
        return len(rows)

    def id_numbers(self, organisation_id: int) -> set[str]:
        return {
            n
            for (n,) in PersonRow.select(PersonRow.id_number)
            .where(PersonRow.organisation == organisation_id)
            .tuples()
        }

    def _people_query(self):  # noqa: ANN202 - a peewee query, which no layer above sees
        return PersonRow.select(*PERSON_COLUMNS).join(
            Unit, on=(PersonRow.unit == Unit.id), join_type=JOIN.LEFT_OUTER
        )

    def person_by_id_number(self, organisation_id: int, id_number: str) -> Person | None:
        """The person with this number however it was typed (full-width digits, spaces)."""
        id_number = normalise_id(id_number)
        row = (
            self._people_query()
            .where((PersonRow.organisation == organisation_id) & (PersonRow.id_number == id_number))
            .tuples()
            .first()
        )
        return to_person(row) if row else None

    def person_by_id(self, person_id: int) -> Person | None:
        row = self._people_query().where(PersonRow.id == person_id).tuples().first()
        return to_person(row) if row else None

    def search_expected(self, event_id: int, text: str, limit: int = 50) -> list[Person]:
        """People on the event's list by name (every typed word) or by id (as ``normalise_id``)."""
        query = (
            self._people_query()
            .join(EventAttendee, on=(EventAttendee.person == PersonRow.id))
            .where(EventAttendee.event == event_id)
        )
        digits = normalise_id(text)
        if digits.isascii() and digits.isdigit():
            query = query.where(PersonRow.id_number.contains(digits))
        else:
            for word in text.split():
                query = query.where(
                    PersonRow.name.contains(word)
                    | PersonRow.front_title.contains(word)
                    | PersonRow.back_title.contains(word)
                    | PersonRow.id_number.contains(word)
                )
        return [to_person(row) for row in query.order_by(PersonRow.name).limit(limit).tuples()]
