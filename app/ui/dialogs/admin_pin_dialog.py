"""Asking for a PIN (the admin PIN of a locked gate station), or creating it on first use.

The PIN is checked by ``PinService`` (scrypt, five wrong tries lock it for a while); the
dialog only says what happened. ``PinFields`` and ``pin_message`` are shared with the
supervisor's cancel dialog.
"""

from __future__ import annotations

from collections.abc import Callable

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

from app.core.admin_pin import MAX_LENGTH, MIN_LENGTH, PinCheck, PinVerdict
from app.services.event_service import Invalid, Saved
from app.services.pin_service import PinService
from app.ui.field_errors import as_sentence
from app.ui.i18n import clock_time
from app.ui.refusals import refusal_text

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
    if check.verdict is PinVerdict.MUST_CHANGE:
        return translate(
            "PinMessages", "PIN ini terlalu pendek. Buat PIN baru (minimal {n} angka)."
        ).format(n=MIN_LENGTH)
    if check.verdict in (PinVerdict.REMOVED, PinVerdict.TAMPERED):
        return translate(
            "PinMessages",
            "Catatan PIN di basis data hilang atau diubah. PIN baru hanya dapat dibuat dengan "
            "kode pemulihan dari BKD (netra pin recover).",
        )
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

    def __init__(
        self, pins: PinService, form: QFormLayout, note: str, label: str,
        creating: bool | None = None,
    ) -> None:  # fmt: skip
        """``creating``: no PIN is set yet, when the caller has read it off the UI thread."""
        self.pins = pins
        self.form = form
        self.pin = pin_field()
        self.new_pin = pin_field()
        self.repeat_pin = pin_field()
        self.current = ""  # the too-short PIN being changed
        self.creating = not pins.is_set() if creating is None else creating
        if self.creating:
            explanation = QLabel(note)
            explanation.setWordWrap(True)
            form.addRow(explanation)
            self._add_new_pin_rows()
        else:
            form.addRow(label, self.pin)

    def _add_new_pin_rows(self) -> None:
        self.form.addRow(translate("PinFields", "PIN baru (6–12 angka)"), self.new_pin)
        self.form.addRow(translate("PinFields", "Ulangi PIN baru"), self.repeat_pin)

    def start_change(self, current: str) -> None:
        """The PIN given was right but too short: ask for a new one in its place."""
        self.current = current
        self.creating = True
        self.pin.setEnabled(False)
        self._add_new_pin_rows()
        self.new_pin.setFocus()

    def ready_pin(self, message: QLabel) -> str | None:
        """The PIN to check: the one typed, or the one just created; None (with the reason
        in ``message``) when the new PIN cannot be created."""
        if not self.creating:
            return self.pin.text()
        if self.new_pins_differ(message):
            return None
        return self.take_created(self.pins.set_pin(self.new_pin.text(), self.current), message)

    def new_pins_differ(self, message: QLabel) -> bool:
        if self.new_pin.text() == self.repeat_pin.text():
            return False
        message.setText(translate("PinFields", "Kedua PIN baru tidak sama."))
        return True

    def take_created(self, created: Saved | Invalid | PinCheck, message: QLabel) -> str | None:
        """The new PIN once ``set_pin`` stored it; None, with the reason in ``message``."""
        if isinstance(created, Invalid):
            message.setText(as_sentence(refusal_text(created.errors[0].message)))
            return None
        if isinstance(created, PinCheck):
            message.setText(pin_message(created))
            return None
        self.creating = False
        self.pin.setText(self.new_pin.text())
        return self.pin.text()


class AdminPinDialog(QDialog):
    """Accepted only after the right PIN (or after creating one, when none exists)."""

    def __init__(
        self, pins: PinService, purpose: str, parent: QWidget | None = None,
        check: Callable[[str], PinCheck] | None = None,
    ) -> None:  # fmt: skip
        """``check``: what a PIN opens (unlocking the station), by default only the check."""
        super().__init__(parent)
        self.pins = pins
        self.check = check or pins.check
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
            pin = self.fields.ready_pin(self.message)
            if pin is None:
                return
        else:
            pin = self.pin.text()
        check = self.check(pin)
        if check.accepted:
            self.accept()
            return
        self.message.setText(pin_message(check))
        if check.verdict is PinVerdict.MUST_CHANGE:
            self.fields.start_change(pin)
            return
        self.pin.clear()
