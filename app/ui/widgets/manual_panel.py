"""Forgot the badge: find the person by name or NIP and record them by hand, with a reason.

The panel asks (``search_requested``) and shows what comes back (``show_people``): the
search runs off the UI thread, on the server or the gate's cache.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.people import Person

SEARCH_DELAY_MS = 150


class ManualPanel(QWidget):
    search_requested = Signal(str)
    record_requested = Signal(int, str)  # person id, reason
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gateForm")
        title = QLabel(self.tr("Lupa kartu: cari nama atau NIP"))
        title.setObjectName("formTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Ketik nama atau NIP…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("manualResults")
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [self.tr("Kartu tertinggal"), self.tr("Kartu hilang"), self.tr("Kartu rusak")]
        )
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.record_button = QPushButton(self.tr("Catat hadir"))
        self.record_button.setObjectName("primaryButton")
        self.record_button.clicked.connect(self._record)
        self.back_button = QPushButton(self.tr("Kembali"))
        self.back_button.clicked.connect(self.closed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.results.itemDoubleClicked.connect(lambda _item: self._record())
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(self.tr("Alasan")))
        reason_row.addWidget(self.reason, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(reason_row)
        layout.addLayout(buttons)

    def open(self) -> None:
        self.search.clear()
        self.results.clear()
        self.message.clear()
        self.reason.setCurrentIndex(0)
        self.search.setFocus()

    def run_search(self) -> None:
        self._search_timer.stop()
        self.results.clear()
        text = self.search.text().strip()
        if text:
            self.search_requested.emit(text)

    def show_people(self, text: str, people: list[Person]) -> None:
        """The people found for ``text``; an answer to an older search is dropped."""
        if text != self.search.text().strip():
            return
        self.results.clear()
        for person in people:
            item = QListWidgetItem(f"{person.display_name}\n{person.display_id} · {person.unit}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
        if people:
            self.results.setCurrentRow(0)
            self.message.clear()
        else:
            self.message.setText(self.tr("Tidak ditemukan di daftar peserta acara ini."))

    def _record(self) -> None:
        item = self.results.currentItem()
        if item is None:
            self.message.setText(self.tr("Pilih orangnya dulu dari hasil pencarian."))
            return
        reason = self.reason.currentText().strip()
        if not reason:
            self.message.setText(self.tr("Alasan wajib diisi."))
            return
        self.record_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)), reason)
