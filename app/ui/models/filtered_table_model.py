"""A read-only table of items with a fast "every typed word" filter, for 10,000 rows."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Item = TypeVar("Item")


class FilteredTableModel(QAbstractTableModel, Generic[Item]):
    """Subclasses name their ``HEADERS`` and say what is searched and shown per item."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._items: list[Item] = []
        self._haystacks: list[str] = []
        self._visible: list[int] = []

    def haystack(self, item: Item) -> str:
        raise NotImplementedError

    def cells(self, item: Item) -> tuple[str, ...]:
        raise NotImplementedError

    def set_items(self, items: list[Item], text: str = "") -> None:
        self.beginResetModel()
        self._items = items
        self._haystacks = [self.haystack(item).casefold() for item in items]
        self._visible = self._matching(text)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Keep the items whose text contains every typed word."""
        self.beginResetModel()
        self._visible = self._matching(text)
        self.endResetModel()

    def _matching(self, text: str) -> list[int]:
        words = text.casefold().split()
        return [i for i, hay in enumerate(self._haystacks) if all(w in hay for w in words)]

    def total(self) -> int:
        return len(self._items)

    def item_at(self, row: int) -> Item:
        return self._items[self._visible[row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self.cells(self.item_at(index.row()))[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None
