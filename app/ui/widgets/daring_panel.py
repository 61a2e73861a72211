"""Daring: read a Zoom / Google Meet participant report, match the rest by hand, record."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.daring import DaringMatch, DaringMatches
from app.core.people import Person
from app.services.container import Services
from app.services.daring_service import DaringRecorded
from app.services.event_service import Invalid
from app.ui.i18n import clock_time, number
from app.ui.refusals import error_line
from app.ui.workers.task_runner import Pool, TaskRunner


class DaringPanel(QWidget):
    attendance_changed = Signal()

    def __init__(
        self, services: Services, parent: QWidget | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(services.store, self, pool)
        self.event_id: int | None = None
        self.matches: DaringMatches | None = None
        self.people: list[Person] = []
        self.import_button = QPushButton(self.tr("Buka laporan peserta (CSV Zoom / Meet)…"))
        self.import_button.clicked.connect(lambda: self.open_report())
        self.record_button = QPushButton(self.tr("Catat hadir daring"))
        self.record_button.setObjectName("primaryButton")
        self.record_button.clicked.connect(self.record)
        self.summary = QLabel(
            self.tr(
                "Peserta dicocokkan dengan NIP 18 angka pada nama tampilan, atau dengan nama "
                "(gelar diabaikan). Yang belum cocok dapat dipilih pegawainya di bawah."
            )
        )
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama di rapat video"), self.tr("Bergabung"), self.tr("Pegawai")]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 330)
        self.table.setColumnWidth(1, 90)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._refresh_buttons()

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.matches = None
        self.table.setRowCount(0)
        self.message.clear()
        self._refresh_buttons()

    def open_report(self, path: Path | None = None) -> None:
        if self.event_id is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Laporan peserta rapat video"), "",
                self.tr("Laporan peserta (*.csv *.xlsx)"),
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        event_id, daring, people = self.event_id, self.services.daring, self.services.people

        def read() -> tuple[DaringMatches | Invalid, list[Person]]:
            found = daring.read(event_id, path)
            return found, [] if isinstance(found, Invalid) else people.expected(event_id)

        self._busy(self.tr("Membaca {name}…").format(name=path.name))
        self.runner.run("read", read, lambda answer: self._read(path, *answer), self._failed)

    def _read(self, path: Path, found: DaringMatches | Invalid, people: list[Person]) -> None:
        if isinstance(found, Invalid):
            self.matches = None
            self.table.setRowCount(0)
            self.message.setText(
                "\n".join(
                    [self.tr("Berkas tidak dapat dipakai:"), *(error_line(e) for e in found.errors)]
                )
            )
            self._refresh_buttons()
            return
        self.matches = found
        self.people = people
        self._fill_unmatched(found)
        self.summary.setText(
            self.tr("{file}: {matched} peserta cocok otomatis, {left} belum cocok.").format(
                file=path.name,
                matched=number(len(found.matched)),
                left=number(len(found.unmatched)),
            )
        )
        self.message.clear()
        self._refresh_buttons()

    def choose(self, row: int, person_id: int) -> None:
        combo = self.table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(person_id))

    def chosen_matches(self) -> list[DaringMatch]:
        if self.matches is None:
            return []
        people = {person.id: person for person in self.people}
        chosen = list(self.matches.matched)
        for row, participant in enumerate(self.matches.unmatched):
            combo = self.table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            person_id = combo.currentData()
            if person_id in people:
                chosen.append(DaringMatch(participant, people[person_id], "manual"))
        return chosen

    def record(self) -> None:
        if self.event_id is None or self.matches is None:
            return
        event_id, chosen, daring = self.event_id, self.chosen_matches(), self.services.daring
        source = self.matches.source
        self._busy(self.tr("Menyimpan…"))
        self.runner.run(
            "record",
            lambda: daring.record(event_id, chosen, source),
            self._recorded,
            self._failed,
        )

    def _recorded(self, result: DaringRecorded | Invalid) -> None:
        if isinstance(result, Invalid):
            self.message.setText("\n".join(error_line(e) for e in result.errors))
            self._refresh_buttons()
            return
        self.message.setText(
            self.tr(
                "{recorded} orang dicatat hadir daring; {already} sudah tercatat hadir."
            ).format(recorded=number(result.recorded), already=number(result.already_present))
        )
        self.matches = None
        self.table.setRowCount(0)
        self._refresh_buttons()
        self.attendance_changed.emit()

    def _busy(self, doing: str) -> None:
        """While a report is read or recorded, neither can start again."""
        self.message.setText(doing)
        self.import_button.setEnabled(False)
        self.record_button.setEnabled(False)

    def _failed(self, message: str) -> None:
        self.message.setText(self.tr("Gagal: {message}").format(message=message))
        self._refresh_buttons()

    def _fill_unmatched(self, found: DaringMatches) -> None:
        self.table.setRowCount(len(found.unmatched))
        choices = QStandardItemModel(self)  # one list of people shared by every row's combo
        empty = QStandardItem(self.tr("— belum dipilih —"))
        choices.appendRow(empty)
        for person in self.people:
            item = QStandardItem(f"{person.display_name} · {person.display_id}")
            item.setData(person.id, Qt.ItemDataRole.UserRole)
            choices.appendRow(item)
        for row, participant in enumerate(found.unmatched):
            self.table.setItem(row, 0, QTableWidgetItem(participant.display_name))
            self.table.setItem(row, 1, QTableWidgetItem(clock_time(participant.joined_at.time())))
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setModel(choices)
            completer = combo.completer()
            assert completer is not None  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.table.setCellWidget(row, 2, combo)

    def _refresh_buttons(self) -> None:
        self.import_button.setEnabled(self.event_id is not None)
        self.record_button.setEnabled(self.matches is not None)
