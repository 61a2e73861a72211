"""Peserta: the people expected at the current event."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event
from app.core.indonesian import number
from app.services.container import Services
from app.ui.models.people_table_model import PeopleTableModel
from app.ui.widgets.empty_state import EmptyState


class PesertaView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = PeopleTableModel()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NIP, jabatan atau unit kerja…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((320, 190, 80, 300)):
            self.table.setColumnWidth(column, width)
        self.empty = EmptyState(
            self.tr("Belum ada peserta"),
            self.tr(
                "Daftar pegawai yang diharapkan hadir akan tampil di sini. Impor daftar pegawai "
                "dari berkas Excel (SIASN/SIMPEG) lewat perintah: netra roster import BERKAS "
                "--event NOMOR."
            ),
        )
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(top)
        table_layout.addWidget(self.table)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(table_page)
        self.pages.addWidget(self.empty)

    def set_event(self, event: Event | None) -> None:
        people = self.services.people.expected(event.id) if event and event.id else []
        self.model.set_people(people)
        self.search.clear()
        self.pages.setCurrentIndex(0 if people else 1)
        self._update_count()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} dari {total} orang").format(
                shown=number(self.model.rowCount()), total=number(self.model.total())
            )
        )
