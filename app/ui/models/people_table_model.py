"""The roster as a Qt table model, with a fast text, unit and status filter for 10,000 people."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from app.core.nip import EmploymentStatus
from app.core.people import Person
from app.ui.labels import status_label
from app.ui.models.filtered_table_model import FilteredTableModel
from app.ui.widgets.column_fit import NIP_SAMPLE

INACTIVE = "nonaktif"
INACTIVE_COLOUR = QColor("#8a96a1")


@dataclass(frozen=True)
class PeopleFilter:
    text: str = ""
    unit: str | None = None  # None: every unit
    status: str | None = None  # an EmploymentStatus value, INACTIVE, or None for all


class PeopleTableModel(FilteredTableModel[Person]):
    def __init__(self) -> None:
        super().__init__()
        self._with_photo: set[int] = set()
        self._filter = PeopleFilter()
        self._inactive = self.tr("{status} (nonaktif)")
        self._has_photo = self.tr("ada")
        self._statuses = {status: status_label(status) for status in EmploymentStatus}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Nama"), self.tr("NIP / ID"), self.tr("Status"), self.tr("Jabatan"),
            self.tr("Unit Kerja"), self.tr("Foto"),
        )  # fmt: skip

    def fixed_columns(self) -> dict[int, tuple[str, ...]]:
        statuses = tuple(self._statuses.values())
        inactive = tuple(self._inactive.format(status=status) for status in statuses)
        return {1: (NIP_SAMPLE,), 2: statuses + inactive, 5: (self._has_photo,)}

    def haystack(self, item: Person) -> str:
        return f"{item.display_name} {item.id_number} {item.unit} {item.position}"

    def cells(self, item: Person) -> tuple[str, ...]:
        status = self._statuses[item.status]
        if not item.active:
            status = self._inactive.format(status=status)
        photo = self._has_photo if item.id in self._with_photo else ""
        return (item.display_name, item.display_id, status, item.position, item.unit, photo)

    def keep(self, item: Person) -> bool:
        wanted = self._filter
        if wanted.unit is not None and item.unit != wanted.unit:
            return False
        if wanted.status == INACTIVE:
            return not item.active
        return wanted.status is None or item.status.value == wanted.status

    def foreground(self, item: Person) -> object:
        return None if item.active else INACTIVE_COLOUR

    def set_people(self, people: list[Person], with_photo: set[int] | None = None) -> None:
        self._with_photo = with_photo or set()
        self.set_items(people)

    def set_filter(self, text: str) -> None:
        self.apply(PeopleFilter(text, self._filter.unit, self._filter.status))

    def apply(self, wanted: PeopleFilter) -> None:
        rescope = (wanted.unit, wanted.status) != (self._filter.unit, self._filter.status)
        self._filter = wanted
        self.refilter(wanted.text, rescope)

    def units(self) -> list[str]:
        return sorted({p.unit for p in self._items if p.unit}, key=str.casefold)

    def person_at(self, row: int) -> Person:
        return self.item_at(row)

    def person_with(self, person_id: int) -> Person | None:
        """The person as last read, shown or filtered out."""
        return next((p for p in self._items if p.id == person_id), None)

    def row_of(self, person_id: int) -> int | None:
        for row, index in enumerate(self._visible):
            if self._items[index].id == person_id:
                return row
        return None
