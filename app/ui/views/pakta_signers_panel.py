"""HR marks who signs the pakta, with the role shown, and puts them in order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event
from app.core.pakta import Signer, SignerRole
from app.services.container import Services
from app.services.event_service import Invalid
from app.ui.labels import role_label
from app.ui.models.people_table_model import PeopleTableModel
from app.ui.refusals import refusal_text
from app.ui.widgets.column_fit import fit_columns
from app.ui.widgets.filtered_table import row_table, search_field
from app.ui.workers.task_runner import Pool, TaskRunner


class PaktaSignersPanel(QWidget):
    signers_changed = Signal()

    def __init__(
        self, services: Services, parent: QWidget | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(services.store, self, pool)
        self.current_event: Event | None = None
        self._candidates_loaded = False
        self.signers: list[Signer] = []

        self.people = PeopleTableModel()
        self.search = search_field(self.people, self.tr("Cari nama, NIP, jabatan atau unit kerja…"))
        self.people_table = row_table(self.people)
        for column in (2, 4, 5):  # status, unit, photo: the position tells the role
            self.people_table.hideColumn(column)
        self.role_choice = QComboBox()
        self.role_choice.addItem(self.tr("Peran menurut jabatan"), None)
        for role in SignerRole:
            self.role_choice.addItem(role_label(role), role.value)
        self.add_button = QPushButton(self.tr("Tandai sebagai penanda tangan"))
        self.add_button.setObjectName("primaryButton")
        self.add_button.clicked.connect(self.add_selected)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("Jabatan"), self.tr("Peran"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(self.table, {}, to_contents=(2, 3))
        # Many positions begin alike ("Kepala Badan …"): keep both ends in view.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.up_button = QPushButton(self.tr("Naik"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Turun"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.rank_button = QPushButton(self.tr("Urutkan menurut jabatan"))
        self.rank_button.clicked.connect(self._sort_by_rank)
        self.role_edit = QComboBox()
        for role in SignerRole:
            self.role_edit.addItem(role_label(role), role.value)
        self.role_button = QPushButton(self.tr("Ubah peran"))
        self.role_button.clicked.connect(self._change_role)
        self.remove_button = QPushButton(self.tr("Hapus dari daftar"))
        self.remove_button.clicked.connect(self._remove)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)

        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        layout.addLayout(left, 5)
        left.addWidget(self._heading(self.tr("Pilih dari daftar pegawai")))
        left.addWidget(self.search)
        left.addWidget(self.people_table, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.role_choice, 1)
        add_row.addWidget(self.add_button)
        left.addLayout(add_row)
        tools = QGridLayout()
        tools.addWidget(self.up_button, 0, 0)
        tools.addWidget(self.down_button, 0, 1)
        tools.addWidget(self.rank_button, 0, 2)
        tools.addWidget(self.role_edit, 1, 0, 1, 2)
        tools.addWidget(self.role_button, 1, 2)
        tools.addWidget(self.remove_button, 0, 3)
        right = QVBoxLayout()
        layout.addLayout(right, 6)
        right.addWidget(self._heading(self.tr("Urutan penandatanganan")))
        right.addWidget(self.table, 1)
        right.addLayout(tools)
        right.addWidget(self.message)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionTitle")
        return label

    def set_event(self, event: Event | None) -> None:
        self.current_event = event
        self._candidates_loaded = False
        if self.isVisible():
            self._load_candidates()
        self.search.clear()
        self.message.clear()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """The whole roster is read when HR opens this tab, not at every start of the app."""
        super().showEvent(event)
        if not self._candidates_loaded:
            self._load_candidates()

    def _load_candidates(self) -> None:
        event, pakta = self.current_event, self.services.pakta
        self._candidates_loaded = True
        self.runner.run(
            "candidates", lambda: pakta.candidates(event) if event else [], self.people.set_people
        )

    def reload(self, select_person: int | None = None) -> None:
        event_id = self.current_event.id if self.current_event else None
        pakta = self.services.pakta
        self.runner.run(
            "signers", lambda: pakta.signers(event_id) if event_id is not None else [],
            lambda signers: self._signers_read(signers, select_person),
        )  # fmt: skip

    def _signers_read(self, signers: list[Signer], select_person: int | None) -> None:
        self.signers = signers
        self.table.setRowCount(len(self.signers))
        for row, signer in enumerate(self.signers):
            status = self.tr("✓ Sudah") if signer.signed else self.tr("Belum")
            cells = (signer.name, signer.position, role_label(signer.role), status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            self.table.setVerticalHeaderItem(row, QTableWidgetItem(str(row + 1)))
            if signer.person_id == select_person:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(2)
        self.table.resizeColumnToContents(3)

    def selected_signer(self) -> Signer | None:
        rows = self.table.selectionModel().selectedRows()
        return self.signers[rows[0].row()] if rows else None

    def add_selected(self) -> None:
        rows = self.people_table.selectionModel().selectedRows()
        if self.current_event is None or self.current_event.id is None or not rows:
            self.message.setText(self.tr("Pilih dulu pegawai dari daftar di kiri."))
            return
        person = self.people.person_at(rows[0].row())
        role_value = self.role_choice.currentData()
        role = SignerRole(role_value) if role_value else None
        event_id, pakta, done = self.current_event.id, self.services.pakta, person.display_name
        self._change(
            lambda: pakta.add_signer(event_id, person.id, role), person.id,
            self.tr("{name} ditandai sebagai penanda tangan.").format(name=done),
        )  # fmt: skip

    def _change(
        self, work: Callable[[], object], select_person: int | None = None, done: str = ""
    ) -> None:
        """Store a change of the list off the UI thread; its buttons wait until it is in."""
        for button in self._buttons():
            button.setEnabled(False)
        self.message.setText(self.tr("Menyimpan…"))
        self.runner.run(
            "change", work, lambda result: self._changed(result, select_person, done),
            self._change_failed,
        )  # fmt: skip

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_button, self.up_button, self.down_button, self.rank_button,
                self.role_button, self.remove_button)  # fmt: skip

    def _change_failed(self, message: str) -> None:
        for button in self._buttons():
            button.setEnabled(True)
        self.message.setText(message)

    def _changed(self, result: object, select_person: int | None, done: str) -> None:
        for button in self._buttons():
            button.setEnabled(True)
        if self._report(result):
            self.message.setText(done)
            self.reload(select_person=select_person)

    def _change_selected(self, work: Callable[[int, int], object], keep: bool = True) -> None:
        """``work(event_id, person_id)`` on the selected signer, off the UI thread."""
        signer = self.selected_signer()
        if signer and self.current_event and self.current_event.id:
            event_id, person_id = self.current_event.id, signer.person_id
            self._change(lambda: work(event_id, person_id), person_id if keep else None)

    def _move(self, offset: int) -> None:
        pakta = self.services.pakta
        self._change_selected(lambda event_id, person_id: pakta.move(event_id, person_id, offset))

    def _sort_by_rank(self) -> None:
        if self.current_event and self.current_event.id:
            event_id, pakta = self.current_event.id, self.services.pakta
            self._change(lambda: pakta.sort_by_rank(event_id))

    def _change_role(self) -> None:
        pakta, role = self.services.pakta, SignerRole(self.role_edit.currentData())
        self._change_selected(lambda event_id, person_id: pakta.set_role(event_id, person_id, role))

    def _remove(self) -> None:
        self._change_selected(self.services.pakta.remove_signer, keep=False)

    def _report(self, result: object) -> bool:
        """Show a refusal, or announce the change; True when it was stored."""
        if isinstance(result, Invalid):
            self.message.setText("; ".join(refusal_text(e.message) for e in result.errors))
            return False
        self.message.clear()
        self.signers_changed.emit()
        return True
