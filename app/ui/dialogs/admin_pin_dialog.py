"""Asking for a PIN (the admin PIN of a locked gate station), or creating it on first use.

The PIN is checked by ``PinService`` (scrypt, five wrong tries lock it for a while); the
dialog only says what happened. ``pin_field`` and ``pin_message`` are shared with the
supervisor's cancel dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.admin_pin import MAX_LENGTH, PinCheck, PinVerdict
from app.services.event_service import Invalid
from app.services.pin_service import PinService
from app.ui.i18n import clock_time

translate = QCoreApplication.translate  # the name Qt's lupdate looks for


def pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_LENGTH)
    return field


def pin_message(check: PinCheck) -> str:
    if check.verdict is PinVerdict.WRONG:
        message = translate("PinMessages", "PIN salah. Sisa {n} kali percobaan.")
        return message.format(n=check.tries_left)
    if check.verdict is PinVerdict.LOCKED and check.record and check.record.locked_until:
        return translate(
            "PinMessages", "PIN terkunci sampai pukul {time} karena terlalu banyak salah."
        ).format(time=clock_time(check.record.locked_until.time()))
    return translate("PinMessages", "PIN belum dibuat.")


class AdminPinDialog(QDialog):
    """Accepted only after the right PIN (or after creating one, when none exists)."""

    def __init__(self, pins: PinService, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pins = pins
        self.setWindowTitle(self.tr("PIN admin"))
        self.setMinimumWidth(440)
        what = QLabel(purpose)
        what.setWordWrap(True)
        what.setObjectName("dialogLead")
        self.pin = pin_field()
        self.new_pin = pin_field()
        self.repeat_pin = pin_field()
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        form = QFormLayout()
        self.creating = not pins.is_set()
        if self.creating:
            note = QLabel(self.tr("PIN admin belum dibuat. Buat sekarang (disimpan teracak):"))
            note.setWordWrap(True)
            form.addRow(note)
            form.addRow(self.tr("PIN baru (4–12 angka)"), self.new_pin)
            form.addRow(self.tr("Ulangi PIN baru"), self.repeat_pin)
        else:
            form.addRow(self.tr("PIN admin"), self.pin)
        self.confirm_button = QPushButton(self.tr("Lanjutkan"))
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        cancel_button = QPushButton(self.tr("Batal"))
        cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def confirm(self) -> None:
        if self.creating:
            if self.new_pin.text() != self.repeat_pin.text():
                self.message.setText(self.tr("Kedua PIN baru tidak sama."))
                return
            created = self.pins.set_pin(self.new_pin.text())
            if isinstance(created, Invalid):
                self.message.setText(created.errors[0].message)
                return
            self.accept()
            return
        check = self.pins.check(self.pin.text())
        if check.accepted:
            self.accept()
            return
        self.message.setText(pin_message(check))
        self.pin.clear()
