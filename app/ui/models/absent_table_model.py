"""The people who were absent, with the reason HR recorded, filtered while typing."""

from __future__ import annotations

from app.core.report_data import AttendanceLine
from app.ui.models.filtered_table_model import FilteredTableModel


class AbsentTableModel(FilteredTableModel[AttendanceLine]):
    HEADERS = ("Nama", "NIP / ID", "Unit Kerja", "Alasan")

    def haystack(self, item: AttendanceLine) -> str:
        return f"{item.person.display_name} {item.person.id_number} {item.person.unit}"

    def cells(self, item: AttendanceLine) -> tuple[str, ...]:
        reason = item.absence.label if item.absence else "—"
        return (item.person.display_name, item.person.display_id, item.person.unit, reason)
