"""The people who were absent, with the reason HR recorded, filtered while typing."""

from __future__ import annotations

from app.core.report_data import AttendanceLine
from app.ui.labels import mark_label
from app.ui.models.filtered_table_model import FilteredTableModel
from app.ui.widgets.column_fit import NIP_SAMPLE


class AbsentTableModel(FilteredTableModel[AttendanceLine]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nama"), self.tr("NIP / ID"), self.tr("Unit Kerja"), self.tr("Alasan"))

    def fixed_columns(self) -> dict[int, tuple[str, ...]]:
        return {1: (NIP_SAMPLE,)}

    def haystack(self, item: AttendanceLine) -> str:
        return f"{item.person.display_name} {item.person.id_number} {item.person.unit}"

    def cells(self, item: AttendanceLine) -> tuple[str, ...]:
        reason = ", ".join(mark_label(mark) for mark in item.marks)
        if item.absence and item.absence.note:
            reason = f"{reason}: {item.absence.note}"
        return (item.person.display_name, item.person.display_id, item.person.unit, reason)
