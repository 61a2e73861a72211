"""Reading the roster."""

from __future__ import annotations

from app.core.people import Person
from app.store.store import Store


class PeopleService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def expected(self, event_id: int) -> list[Person]:
        return self.store.people.expected_people(event_id)

    def with_photo(self, person_ids: list[int]) -> set[int]:
        """Which of these people have a photo (for the Peserta table's photo column)."""
        return self.store.people.ids_with_photo(person_ids)

    def by_id_number(self, organisation_id: int, id_number: str) -> Person | None:
        """The organisation's employee with this NIP / NIK / internal id, if on the roster."""
        return self.store.people.person_by_id_number(organisation_id, id_number)
