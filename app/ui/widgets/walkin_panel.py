"""Walk-in guests who are not on the roster: name, id, unit and why they are admitted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.checkin import Guest
from app.core.errors import FieldError
from app.ui.field_errors import show_field_errors


class WalkInPanel(QWidget):
    record_requested = Signal(object)  # Guest
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gateForm")
        title = QLabel(self.tr("Tamu / peserta tanpa undangan"))
        title.setObjectName("formTitle")
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("NIP, NIK atau nomor identitas lain"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("Instansi atau unit kerja"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                self.tr("Undangan tamu"),
                self.tr("Pegawai baru, belum di daftar"),
                self.tr("Perwakilan instansi vertikal"),
            ]
        )
        self.error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (
            ("nama", self.tr("Nama"), self.name),
            ("nomor", self.tr("Nomor identitas"), self.id_number),
            ("unit", self.tr("Instansi / unit"), self.unit),
            ("alasan", self.tr("Alasan"), self.reason),
        ):
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)  # a long refusal wraps instead of widening the window
            error.hide()
            self.error_labels[key] = error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(label, column)
        self.record_button = QPushButton(self.tr("Catat tamu hadir"))
        self.record_button.setObjectName("primaryButton")
        self.record_button.clicked.connect(self._record)
        self.back_button = QPushButton(self.tr("Kembali"))
        self.back_button.clicked.connect(self.closed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def open(self) -> None:
        for field in (self.name, self.id_number, self.unit):
            field.clear()
        self.reason.setCurrentIndex(0)
        self.show_errors([])
        self.name.setFocus()

    def show_errors(self, errors: list[FieldError]) -> None:
        show_field_errors(self.error_labels, errors)

    def _record(self) -> None:
        self.record_requested.emit(
            Guest(
                name=self.name.text(),
                id_number=self.id_number.text(),
                unit=self.unit.text(),
                reason=self.reason.currentText(),
            )
        )
