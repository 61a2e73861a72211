"""The people who were absent, with the reason HR recorded, filtered while typing."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.report_data import AttendanceLine

Index = QModelIndex | QPersistentModelIndex


class AbsentTableModel(QAbstractTableModel):
    HEADERS = ("Nama", "NIP / ID", "Unit Kerja", "Alasan")

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[AttendanceLine] = []
        self._haystacks: list[str] = []
        self._visible: list[int] = []

    def set_lines(self, lines: list[AttendanceLine], text: str = "") -> None:
        self.beginResetModel()
        self._lines = lines
        self._haystacks = [
            f"{line.person.display_name} {line.person.id_number} {line.person.unit}".casefold()
            for line in lines
        ]
        self._visible = self._matching(text)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._visible = self._matching(text)
        self.endResetModel()

    def _matching(self, text: str) -> list[int]:
        words = text.casefold().split()
        return [i for i, hay in enumerate(self._haystacks) if all(w in hay for w in words)]

    def line_at(self, row: int) -> AttendanceLine:
        return self._lines[self._visible[row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        line = self.line_at(index.row())
        reason = line.absence.label if line.absence else "—"
        person = line.person
        return (person.display_name, person.display_id, person.unit, reason)[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None
