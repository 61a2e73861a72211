"""Reading the roster."""

from __future__ import annotations

from app.core.people import Person
from app.store import people_repo


class PeopleService:
    def expected(self, event_id: int) -> list[Person]:
        return people_repo.expected_people(event_id)

    def with_photo(self, person_ids: list[int]) -> set[int]:
        """Which of these people have a photo (for the Peserta table's photo column)."""
        return people_repo.ids_with_photo(person_ids)

    def by_id_number(self, organisation_id: int, id_number: str) -> Person | None:
        """The organisation's employee with this NIP / NIK / internal id, if on the roster."""
        return people_repo.person_by_id_number(organisation_id, id_number)
