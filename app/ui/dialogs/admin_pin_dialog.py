"""Asking for a PIN (the admin PIN of a locked gate station), or creating it on first use.

The PIN is checked by ``PinService`` (scrypt, five wrong tries lock it for a while); the
dialog only says what happened, and waits for the check off the UI thread. ``PinFields``
and ``pin_message`` are shared with the gate, station and supervisor's cancel dialogs.
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
from app.ui.field_errors import as_sentence, clear_waiting, show_waiting
from app.ui.i18n import clock_time
from app.ui.refusals import refusal_text
from app.ui.workers.task_runner import Pool, TaskRunner

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
    """The PIN rows of a dialog: the PIN, or, while none is set, a new PIN typed twice.

    Whether a PIN is set, and storing a new one (scrypt), are read and written by ``runner``
    off the UI thread; ``confirm`` stays greyed until the rows are known and while a new
    PIN is stored, and ``message`` says why.
    """

    def __init__(
        self, pins: PinService, form: QFormLayout, texts: tuple[str, str],
        runner: TaskRunner, confirm: QPushButton, message: QLabel,
        creating: bool | None = None, allowed: Callable[[], bool] = lambda: True,
    ) -> None:  # fmt: skip
        """``texts``: the note above a PIN to create and the PIN's label. ``creating``: no
        PIN is set yet, when the caller has read it already. ``allowed``: whether the
        dialog's own state lets ``confirm`` be clicked once no job is running."""
        self.pins = pins
        self.form = form
        self.runner = runner
        self.confirm = confirm
        self.message = message
        self.allowed = allowed
        self.pin = pin_field()
        self.new_pin = pin_field()
        self.repeat_pin = pin_field()
        self.current = ""  # the too-short PIN being changed
        self.creating = False
        self.known = False  # whether a PIN is set has been read
        if creating is None:
            confirm.setEnabled(False)
            runner.run(
                "pin-set", pins.is_set, lambda pin_set: self._lay_out(not pin_set, texts),
                self.failed,
            )  # fmt: skip
        else:
            self._lay_out(creating, texts)

    def _lay_out(self, creating: bool, texts: tuple[str, str]) -> None:
        note, label = texts
        self.creating = creating
        self.known = True
        if creating:
            explanation = QLabel(note)
            explanation.setWordWrap(True)
            self.form.addRow(explanation)
            self._add_new_pin_rows()
        else:
            self.form.addRow(label, self.pin)
        self.enable()

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

    def busy(self, text: str) -> None:
        """A job runs for this dialog: the confirm button waits, ``text`` says for what."""
        self.confirm.setEnabled(False)
        show_waiting(self.message, text)

    def enable(self) -> None:
        self.confirm.setEnabled(self.known and self.allowed())

    def idle(self) -> None:
        self.enable()
        clear_waiting(self.message)

    def failed(self, text: str) -> None:
        """A job could not be done: the reason is shown and the button can be tried again."""
        self.idle()
        self.message.setText(text)

    def with_pin(self, then: Callable[[str], None]) -> None:
        """Call ``then`` with the PIN to check: the one typed, or a new one once stored."""
        if not self.creating:
            then(self.pin.text())
            return
        if self.new_pin.text() != self.repeat_pin.text():
            self.message.setText(translate("PinFields", "Kedua PIN baru tidak sama."))
            return
        pins, new_pin, current = self.pins, self.new_pin.text(), self.current
        self.busy(translate("PinFields", "Menyimpan PIN baru…"))
        self.runner.run(
            "pin-create", lambda: pins.set_pin(new_pin, current),
            lambda created: self._created(created, then), self.failed,
        )  # fmt: skip

    def _created(self, created: Saved | Invalid | PinCheck, then: Callable[[str], None]) -> None:
        self.idle()
        if isinstance(created, Invalid):
            self.message.setText(as_sentence(refusal_text(created.errors[0].message)))
        elif isinstance(created, PinCheck):
            self.message.setText(pin_message(created))
        else:
            self.creating = False
            self.pin.setText(self.new_pin.text())
            then(self.pin.text())


class AdminPinDialog(QDialog):
    """Accepted only after the right PIN (or after creating one, when none exists).

    The PIN is checked off the UI thread (scrypt takes about a second): the window keeps
    drawing and the button waits with "Memeriksa PIN…" until the answer comes.
    """

    def __init__(
        self, pins: PinService, purpose: str, parent: QWidget | None = None,
        check: Callable[[str], PinCheck] | None = None, pool: Pool | None = None,
    ) -> None:  # fmt: skip
        """``check``: what a PIN opens (unlocking the station), by default only the check."""
        super().__init__(parent)
        self.check = check or pins.check
        self.runner = TaskRunner(pins.store, self, pool)
        self.setWindowTitle(self.tr("PIN admin"))
        self.setMinimumWidth(440)
        what = QLabel(purpose)
        what.setWordWrap(True)
        what.setObjectName("dialogLead")
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Lanjutkan"))
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        form = QFormLayout()
        self.fields = admin_pin_fields(pins, form, self.runner, self.confirm_button, self.message)
        self.pin, self.new_pin, self.repeat_pin = (
            self.fields.pin, self.fields.new_pin, self.fields.repeat_pin
        )  # fmt: skip
        cancel_button = QPushButton(self.tr("Batal"))
        cancel_button.clicked.connect(self.reject)
        lay_out_pin_dialog(self, what, form, self.message, (cancel_button, self.confirm_button))

    def confirm(self) -> None:
        self.fields.with_pin(self._check)

    def _check(self, pin: str) -> None:
        check = self.check
        self.fields.busy(self.tr("Memeriksa PIN…"))
        self.runner.run(
            "check", lambda: check(pin), lambda answer: self._checked(pin, answer),
            self.fields.failed,
        )  # fmt: skip

    def _checked(self, pin: str, check: PinCheck) -> None:
        self.fields.idle()
        if check.accepted:
            self.accept()
            return
        self.message.setText(pin_message(check))
        if check.verdict is PinVerdict.MUST_CHANGE:
            self.fields.start_change(pin)
            return
        self.pin.clear()


def admin_pin_fields(
    pins: PinService, form: QFormLayout, runner: TaskRunner, confirm: QPushButton,
    message: QLabel, creating: bool | None = None, allowed: Callable[[], bool] = lambda: True,
) -> PinFields:  # fmt: skip
    """The admin PIN's rows, as every dialog that asks for it words them."""
    texts = (
        translate("PinFields", "PIN admin belum dibuat. Buat sekarang (disimpan teracak):"),
        translate("PinFields", "PIN admin"),
    )
    return PinFields(pins, form, texts, runner, confirm, message, creating, allowed)
