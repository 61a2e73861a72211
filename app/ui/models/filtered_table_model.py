"""A read-only table of items with a fast "every typed word" filter, for 50,000 rows."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from operator import contains
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Item = TypeVar("Item")
DISPLAY = Qt.ItemDataRole.DisplayRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
REMEMBERED_SEARCHES = 32  # the rows of recent searches, for backspace and retyping


def search_key(text: str) -> str:
    """What a search is compared by: its words, case-folded, one space apart."""
    return " ".join(text.casefold().split())


def words_to_check(key: str, base: str) -> list[str]:
    """The words of ``key`` a row found by ``base`` (a prefix of ``key``) may still lack:
    the words both share whole are already in it."""
    words, done = key.split(), base.split()
    start = max(len(done) - 1, 0)
    if done and words[start] == done[-1]:
        start += 1
    return words[start:]


class FilteredTableModel(QAbstractTableModel, Generic[Item]):
    """Subclasses name their ``headers()`` and say what is searched and shown per item.

    Each keystroke costs at most one pass over the rows, in C: every word is looked for
    with ``str.__contains__`` mapped over the case-folded texts, made once per item. A
    search that extends an earlier one (one more letter typed) looks only at the rows
    that one found, and the rows of recent searches are remembered, so backspace costs
    nothing. ``keep`` (unit, status...) is asked once per item when the scope changes.
    """

    def __init__(self) -> None:
        super().__init__()
        self._headers = self.headers()
        self._items: list[Item] = []
        self._haystacks: list[str] = []
        self._found: dict[str, list[int]] = {"": []}  # search key -> rows, in the scope
        self._cells: dict[int, tuple[str, ...]] = {}  # item -> its cells, once shown
        self._visible: list[int] = []
        self._text = ""

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated once when the model is made."""
        raise NotImplementedError

    def haystack(self, item: Item) -> str:
        raise NotImplementedError

    def cells(self, item: Item) -> tuple[str, ...]:
        raise NotImplementedError

    def fixed_columns(self) -> dict[int, tuple[str, ...]]:
        """Columns of a known shape, with samples of their widest values (see column_fit)."""
        return {}

    def keep(self, item: Item) -> bool:
        """A filter beyond the typed words (unit, status...); every item by default."""
        return True

    def foreground(self, item: Item) -> object:
        """The text colour of an item's row; None for the default."""
        return None

    def set_items(self, items: list[Item], text: str | None = None) -> None:
        self.beginResetModel()
        self._items = items
        self._haystacks = [self.haystack(item).casefold() for item in items]
        self._cells = {}
        self._text = self._text if text is None else text
        self._rescope()
        self._visible = self._search(self._text)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Keep the items whose text contains every typed word."""
        self.refilter(text)

    def refilter(self, text: str, rescope: bool = False) -> None:
        """Show the rows matching ``text``; ``rescope`` when what ``keep`` keeps changed."""
        if rescope:
            self._rescope()
        self.beginResetModel()
        self._text = text
        self._visible = self._search(text)
        self.endResetModel()

    def _rescope(self) -> None:
        items = self._items
        self._found = {"": [i for i in range(len(items)) if self.keep(items[i])]}

    def _search(self, text: str) -> list[int]:
        key = search_key(text)
        found = self._found.get(key)
        if found is None:
            base = max((k for k in self._found if key.startswith(k)), key=len)
            found = self._narrow(self._found[base], words_to_check(key, base))
            if len(self._found) > REMEMBERED_SEARCHES:
                self._found = {"": self._found[""]}
            self._found[key] = found
        return found

    def _narrow(self, rows: Sequence[int], words: list[str]) -> list[int]:
        haystacks = self._haystacks
        for word in words:
            texts = map(haystacks.__getitem__, rows)
            rows = list(compress(rows, map(contains, texts, repeat(word))))
        return list(rows)

    def total(self) -> int:
        return len(self._items)

    def item_at(self, row: int) -> Item:
        return self._items[self._visible[row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = DISPLAY) -> object:
        # Asked for every role of every cell in sight at each repaint: the roles not
        # shown are answered first, and a row's cells are made once.
        if role in (DISPLAY, TOOLTIP) and index.isValid():  # tooltip: a cell too narrow
            item = self._visible[index.row()]
            cells = self._cells.get(item)
            if cells is None:
                cells = self._cells[item] = self.cells(self._items[item])
            return cells[index.column()]
        if role == FOREGROUND and index.isValid():
            return self.foreground(self.item_at(index.row()))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
