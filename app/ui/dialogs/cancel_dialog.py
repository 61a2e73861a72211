"""Cancelling a wrong check-in: only with the supervisor PIN and a reason (audited).

When no PIN exists yet the dialog first asks the supervisor to create one. The dialog
asks (``confirmed``); the gate sends the request to its check-in worker and hands the
answer back through ``show_outcome``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.admin_pin import PinCheck
from app.core.checkin import RecentCheckin
from app.services.checkin_service import Cancelled
from app.services.container import Services
from app.services.event_service import Invalid
from app.ui.dialogs.admin_pin_dialog import PinFields, lay_out_pin_dialog, pin_message
from app.ui.field_errors import as_sentence
from app.ui.i18n import clock_time
from app.ui.refusals import refusal_text
from app.ui.workers.task_runner import Pool, TaskRunner


class CancelDialog(QDialog):
    confirmed = Signal(str, str)  # reason, PIN

    def __init__(
        self, services: Services, entry: RecentCheckin, pin_set: bool,
        parent: QWidget | None = None, pool: Pool | None = None,
    ) -> None:  # fmt: skip
        """``pin_set``: whether the supervisor PIN exists, read by the gate off the UI thread."""
        super().__init__(parent)
        self.entry = entry
        self.runner = TaskRunner(services.store, self, pool)
        self.setWindowTitle(self.tr("Batalkan kehadiran"))
        self.setMinimumWidth(520)
        who = QLabel(
            self.tr("<b>{name}</b><br>{id} · {unit}<br>tercatat pukul {time} di {station}").format(
                name=entry.name, id=entry.display_id, unit=entry.unit,
                time=clock_time(entry.at.time()), station=entry.station,
            )
        )  # fmt: skip
        who.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. salah pindai kartu orang lain"))
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Batalkan kehadiran"))
        self.confirm_button.setObjectName("dangerButton")
        self.confirm_button.clicked.connect(self.confirm)
        form = QFormLayout()
        form.addRow(self.tr("Alasan pembatalan"), self.reason)
        texts = (
            self.tr("PIN supervisor belum dibuat. Supervisor membuatnya sekarang:"),
            self.tr("PIN supervisor"),
        )
        self.fields = PinFields(
            services.pins, form, texts, self.runner, self.confirm_button, self.message,
            creating=not pin_set,
        )  # fmt: skip
        self.pin, self.new_pin, self.repeat_pin = (
            self.fields.pin, self.fields.new_pin, self.fields.repeat_pin
        )  # fmt: skip
        close_button = QPushButton(self.tr("Tutup"))
        close_button.clicked.connect(self.reject)
        lay_out_pin_dialog(self, who, form, self.message, (close_button, self.confirm_button))

    def confirm(self) -> None:
        """Send the PIN; a new one is stored first, off the UI thread."""
        self.fields.with_pin(self._send)

    def _send(self, pin: str) -> None:
        self.confirm_button.setEnabled(False)
        self.confirmed.emit(self.reason.text(), pin)

    def show_outcome(self, outcome: Cancelled | Invalid | PinCheck) -> None:
        self.confirm_button.setEnabled(True)
        if isinstance(outcome, Cancelled):
            self.accept()
        elif isinstance(outcome, Invalid):
            self.message.setText(as_sentence(refusal_text(outcome.errors[0].message)))
        else:
            self.message.setText(pin_message(outcome))
            self.pin.clear()
