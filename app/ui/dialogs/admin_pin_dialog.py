"""Asking for a PIN (the admin PIN of a locked gate station), or creating it on first use.

The PIN is checked by ``PinService`` (scrypt, five wrong tries lock it for a while); the
dialog only says what happened. ``PinFields`` and ``pin_message`` are shared with the
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
from app.ui.field_errors import as_sentence
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


def lay_out_pin_dialog(
    dialog: QDialog, lead: QWidget, form: QFormLayout, message: QLabel,
    buttons: tuple[QPushButton, QPushButton],
) -> None:  # fmt: skip
    """Lead text, the form, then the message beside the close and confirm buttons."""
    row = QHBoxLayout()
    row.addWidget(message, 1)
    for button in buttons:
        row.addWidget(button)
    layout = QVBoxLayout(dialog)
    layout.addWidget(lead)
    layout.addLayout(form)
    layout.addLayout(row)


class PinFields:
    """The PIN rows of a dialog: the PIN, or, while none is set, a new PIN typed twice."""

    def __init__(self, pins: PinService, form: QFormLayout, note: str, label: str) -> None:
        self.pins = pins
        self.pin = pin_field()
        self.new_pin = pin_field()
        self.repeat_pin = pin_field()
        self.creating = not pins.is_set()
        if self.creating:
            explanation = QLabel(note)
            explanation.setWordWrap(True)
            form.addRow(explanation)
            form.addRow(translate("PinFields", "PIN baru (4–12 angka)"), self.new_pin)
            form.addRow(translate("PinFields", "Ulangi PIN baru"), self.repeat_pin)
        else:
            form.addRow(label, self.pin)

    def ready_pin(self, message: QLabel) -> str | None:
        """The PIN to check: the one typed, or the one just created; None (with the reason
        in ``message``) when the new PIN cannot be created."""
        if not self.creating:
            return self.pin.text()
        if self.new_pin.text() != self.repeat_pin.text():
            message.setText(translate("PinFields", "Kedua PIN baru tidak sama."))
            return None
        created = self.pins.set_pin(self.new_pin.text())
        if isinstance(created, Invalid):
            message.setText(as_sentence(created.errors[0].message))
            return None
        self.creating = False
        self.pin.setText(self.new_pin.text())
        return self.pin.text()


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
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        form = QFormLayout()
        self.fields = PinFields(
            pins, form, self.tr("PIN admin belum dibuat. Buat sekarang (disimpan teracak):"),
            self.tr("PIN admin"),
        )  # fmt: skip
        self.pin, self.new_pin, self.repeat_pin = (
            self.fields.pin, self.fields.new_pin, self.fields.repeat_pin
        )  # fmt: skip
        self.confirm_button = QPushButton(self.tr("Lanjutkan"))
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        cancel_button = QPushButton(self.tr("Batal"))
        cancel_button.clicked.connect(self.reject)
        lay_out_pin_dialog(self, what, form, self.message, (cancel_button, self.confirm_button))

    def confirm(self) -> None:
        if self.fields.creating:
            if self.fields.ready_pin(self.message) is not None:
                self.accept()
            return
        check = self.pins.check(self.pin.text())
        if check.accepted:
            self.accept()
            return
        self.message.setText(pin_message(check))
        self.pin.clear()
