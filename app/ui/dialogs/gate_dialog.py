"""Closing an event's gate (the admin PIN while a station is locked) and opening it again
(always the admin PIN and a reason). Both are audited by ``GateService``; closing also
makes an anchor of the audit trail, whose code the dialog's caller shows.

What the dialog asks depends on the database (is the gate closed, is a station locked, is
the admin PIN set): its caller reads that off the UI thread (``read_gate_state``) before
opening it. The close or reopen itself, with its scrypt PIN check, runs in the task runner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.core.admin_pin import PinCheck
from app.core.events import Event
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.gate_service import GateClosed, GateReopened
from app.ui.dialogs.admin_pin_dialog import (
    PinFields,
    admin_pin_fields,
    lay_out_pin_dialog,
    pin_message,
)
from app.ui.field_errors import as_sentence, clear_waiting, show_waiting
from app.ui.i18n import clock_time
from app.ui.refusals import refusal_text
from app.ui.workers.task_runner import Pool, TaskRunner


@dataclass(frozen=True)
class GateState:
    closed_at: datetime | None
    pin_asked: bool  # closing needs the PIN only while a station is locked
    pin_set: bool


def read_gate_state(services: Services, event_id: int) -> GateState:
    """What the dialog needs to know first; for the task runner, never the UI thread."""
    closed_at = services.gate.closed_at(event_id)
    pin_asked = closed_at is not None or bool(services.station_lock.locked_stations())
    return GateState(closed_at, pin_asked, pin_asked and services.admin_pins.is_set())


class GateDialog(QDialog):
    def __init__(
        self, services: Services, event: Event, state: GateState,
        parent: QWidget | None = None, pool: Pool | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(services.store, self, pool)
        self.event_id = int(event.id or 0)
        closed_at = state.closed_at
        self.closing = closed_at is None
        self.outcome: GateClosed | GateReopened | None = None
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("dangerButton" if self.closing else "primaryButton")
        self.confirm_button.clicked.connect(self.confirm)
        self.fields: PinFields | None = None
        if self.closing:
            self.setWindowTitle(self.tr("Tutup gerbang"))
            lead = QLabel(self.tr(
                "Tutup gerbang <b>{title}</b>? Setelah ditutup, kartu yang dipindai di setiap "
                "stasiun ditolak dan tidak ada kehadiran yang dicatat lagi. Penutupan dicatat di "
                "jejak audit bersama stasiun yang rekamannya sudah tergabung, lalu jangkar jejak "
                "audit dibuat."
            ).format(title=event.title))  # fmt: skip
            self.confirm_button.setText(self.tr("Tutup gerbang"))
        else:
            assert closed_at is not None
            self.setWindowTitle(self.tr("Buka kembali gerbang"))
            lead = QLabel(self.tr(
                "Gerbang <b>{title}</b> ditutup pukul {time}. Membukanya kembali memerlukan "
                "PIN admin dan alasan; pembukaan dicatat di jejak audit."
            ).format(title=event.title, time=clock_time(closed_at.time())))  # fmt: skip
            self.reason.setPlaceholderText(self.tr("mis. rombongan kecamatan terlambat"))
            form.addRow(self.tr("Alasan"), self.reason)
            self.confirm_button.setText(self.tr("Buka kembali"))
        if state.pin_asked:
            self.fields = admin_pin_fields(
                services.admin_pins, form, self.runner, self.confirm_button, self.message,
                creating=not state.pin_set,
            )  # fmt: skip
        lead.setWordWrap(True)
        lead.setObjectName("dialogLead")
        cancel_button = QPushButton(self.tr("Batal"))
        cancel_button.clicked.connect(self.reject)
        lay_out_pin_dialog(self, lead, form, self.message, (cancel_button, self.confirm_button))

    def confirm(self) -> None:
        if self.fields is None:
            self._apply("")
        else:
            self.fields.with_pin(self._apply)

    def _apply(self, pin: str) -> None:
        """Close or reopen off the UI thread; the button waits for the answer."""
        services, event_id, reason = self.services, self.event_id, self.reason.text()
        closing = self.closing

        def apply() -> GateClosed | GateReopened | Invalid | PinCheck:
            if not closing:
                return services.gate.reopen(event_id, pin, reason)
            waiting = services.link.status().waiting
            return services.gate.close(event_id, services.station, pin, waiting)

        self.confirm_button.setEnabled(False)
        show_waiting(
            self.message,
            self.tr("Menutup gerbang…") if self.closing else self.tr("Membuka gerbang…"),
        )
        self.runner.run("apply", apply, self._applied, self._failed)

    def _failed(self, message: str) -> None:
        self.confirm_button.setEnabled(True)
        clear_waiting(self.message)
        self.message.setText(message)

    def _applied(self, outcome: GateClosed | GateReopened | Invalid | PinCheck) -> None:
        self.confirm_button.setEnabled(True)
        clear_waiting(self.message)
        if isinstance(outcome, Invalid):
            self.message.setText(as_sentence(refusal_text(outcome.errors[0].message)))
        elif isinstance(outcome, PinCheck):
            self.message.setText(pin_message(outcome))
            if self.fields is not None:
                self.fields.pin.clear()
        else:
            self.outcome = outcome
            self.accept()
