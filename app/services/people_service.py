"""Reading the roster."""

from __future__ import annotations

from app.core.people import Person
from app.store import people_repo


class PeopleService:
    def expected(self, event_id: int) -> list[Person]:
        return people_repo.expected_people(event_id)
