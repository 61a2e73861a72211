"""The moments of an event in its form: one row each (name, opens, closes, late after).

The first row is the event's arrival and cannot be removed (an event has at least one
moment); its late time is the one the rest of Netra calls the event's. A row keeps the
number of the moment it shows, so renaming a moment keeps its check-ins.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.locale_format import WRITING
from app.core.moments import MAX_MOMENTS, MAX_NAME, Moment
from app.ui.i18n import ui_language

TIME_WIDTH = 96


def time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat(f"HH{WRITING[ui_language()].time_separator}mm")
    return edit


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class MomentRow:
    def __init__(self, number: int, remove_text: str) -> None:
        self.number = number
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.opens_at = time_edit()
        self.closes_at = time_edit()
        self.late_after = time_edit()
        for edit in (self.opens_at, self.closes_at, self.late_after):
            edit.setMaximumWidth(TIME_WIDTH)  # the name takes what is left
        self.remove = QPushButton(remove_text)

    def widgets(self) -> list[QWidget]:
        return [self.name, self.opens_at, self.closes_at, self.late_after, self.remove]

    def show(self, moment: Moment) -> None:
        self.name.setText(moment.name)
        for edit, value in (
            (self.opens_at, moment.opens_at),
            (self.closes_at, moment.closes_at),
            (self.late_after, moment.late_after),
        ):
            edit.setTime(_qtime(value))

    def value(self) -> Moment:
        return Moment(
            self.name.text(), _time(self.opens_at.time()), _time(self.closes_at.time()),
            _time(self.late_after.time()), self.number,
        )  # fmt: skip


class MomentsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MomentRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        headings = (
            self.tr("Nama sesi"), self.tr("Buka"), self.tr("Tutup"), self.tr("Terlambat setelah"),
        )  # fmt: skip
        for column, text in enumerate(headings):
            self.grid.addWidget(QLabel(text), 0, column)
        self.grid.setColumnStretch(0, 1)
        self.first = MomentRow(0, self.tr("Hapus"))
        self.first.remove.hide()  # the arrival stays; rename it instead
        self._place(self.first)
        self.add_button = QPushButton(self.tr("Tambah sesi (mis. Pulang)"))
        self.add_button.clicked.connect(self.add_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button)

    def load(self, moments: list[Moment]) -> None:
        for row in self.rows[1:]:
            self._drop(row)
        self.first.number = moments[0].number
        self.first.show(moments[0])
        for moment in moments[1:]:
            self.add_row().show(moment)
        self.add_button.setEnabled(len(self.rows) < MAX_MOMENTS)

    def value(self) -> list[Moment]:
        return [row.value() for row in self.rows]

    def add_row(self) -> MomentRow:
        row = MomentRow(0, self.tr("Hapus"))
        last = self.rows[-1].value()
        row.show(Moment("", last.closes_at, last.closes_at, last.closes_at))
        row.remove.clicked.connect(lambda: self._drop(row))
        self._place(row)
        self.add_button.setEnabled(len(self.rows) < MAX_MOMENTS)
        row.name.setFocus()
        return row

    def _place(self, row: MomentRow) -> None:
        line = len(self.rows) + 1
        self.rows.append(row)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, line, column)

    def _drop(self, row: MomentRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        # Rows below move up, so the grid has no gap.
        for line, kept in enumerate(self.rows, start=1):
            for column, widget in enumerate(kept.widgets()):
                self.grid.addWidget(widget, line, column)
        self.add_button.setEnabled(len(self.rows) < MAX_MOMENTS)
