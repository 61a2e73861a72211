"""Table columns sized to what they hold, so a NIP or a status is never cut.

Columns of a known shape (NIP, status, time, station) are exactly as wide as their
widest value or title; the free-text columns (name, position, unit) share the rest of
the width, so no table scrolls sideways. A free-text cell that does not fit is elided,
and its full text is in its tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView

NIP_SAMPLE = "00000000 000000 0 000"  # a formatted NIP; digits are equally wide
CELL_PADDING = 20  # the cell's margins and focus frame
HEADER_PADDING = 26  # the section's padding in netra.qss, and its separator
MINIMUM_FREE_WIDTH = 80


def fit_columns(
    view: QTableView | QTreeView,
    fixed: Mapping[int, Sequence[str]],
    to_contents: Iterable[int] = (),
) -> None:
    """``fixed``: column -> sample values of its widest shape; ``to_contents``: columns
    sized to the rows they hold (short lists only); every other column stretches."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    view.ensurePolished()
    header.ensurePolished()
    cell = QFontMetrics(view.font())
    bold = QFont(header.font())
    bold.setBold(True)
    heading = QFontMetrics(bold)
    view.setWordWrap(False)  # one line per cell, elided where too narrow
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(MINIMUM_FREE_WIDTH)
    model = view.model()
    sized = set(to_contents)
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if column in fixed:
            widths = [cell.horizontalAdvance(sample) + CELL_PADDING for sample in fixed[column]]
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(
                column, max([heading.horizontalAdvance(title) + HEADER_PADDING, *widths])
            )
        elif column in sized:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
