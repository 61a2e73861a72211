"""Live gate counters (present / expected, late, walk-ins) and the last check-ins."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.attendance import AttendanceCounts
from app.core.checkin import Method, RecentCheckin
from app.ui.i18n import clock_time, number
from app.ui.widgets.column_fit import NIP_SAMPLE, fit_columns


class GateCounters(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gateCounters")
        self.present = QLabel("–")
        self.late = QLabel("–")
        self.walk_ins = QLabel("–")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, value in (
            (self.tr("Hadir / diharapkan"), self.present),
            (self.tr("Terlambat"), self.late),
            (self.tr("Tamu"), self.walk_ins),
        ):
            tile = QFrame()
            tile.setObjectName("counterTile")
            column = QVBoxLayout(tile)
            column.setContentsMargins(14, 6, 14, 6)
            column.setSpacing(0)
            value.setObjectName("counterValue")
            label = QLabel(caption)
            label.setObjectName("counterCaption")
            column.addWidget(value)
            column.addWidget(label)
            layout.addWidget(tile)

    def show_counts(self, counts: AttendanceCounts | None) -> None:
        if counts is None:
            for label in (self.present, self.late, self.walk_ins):
                label.setText("–")
            return
        self.present.setText(f"{number(counts.present)} / {number(counts.expected)}")
        self.late.setText(number(counts.late))
        self.walk_ins.setText(number(counts.walk_ins))


class RecentList(QTreeWidget):
    """The last check-ins of every station, newest first; a row can be picked to cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentCheckins")
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels(
            [self.tr("Pukul"), self.tr("Nama"), self.tr("NIP / ID"), self.tr("Unit kerja"),
             self.tr("Gerbang"), self.tr("Keterangan")]
        )  # fmt: skip
        fit_columns(self, {0: (clock_time(time(23, 59)),), 2: (NIP_SAMPLE,)}, to_contents=(4,))

    def show_entries(self, entries: list[RecentCheckin]) -> None:
        selected = self.selected()
        self.clear()
        for entry in entries:
            item = QTreeWidgetItem(
                [clock_time(entry.at.time()), entry.name, entry.display_id, entry.unit,
                 entry.station, self.remark(entry)]
            )  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, entry)
            for column in range(item.columnCount()):
                item.setToolTip(column, item.text(column))
            self.addTopLevelItem(item)
            if selected and selected.person_id == entry.person_id:
                self.setCurrentItem(item)

    def remark(self, entry: RecentCheckin) -> str:
        parts = []
        if entry.late:
            parts.append(self.tr("terlambat"))
        if entry.is_guest:
            parts.append(self.tr("tamu"))
        if entry.method == Method.MANUAL.value:
            parts.append(self.tr("manual"))
        if entry.note:
            parts.append(entry.note)
        return " · ".join(parts)

    def selected(self) -> RecentCheckin | None:
        item = self.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None
