"""Closing an event's gate (the admin PIN while a station is locked) and opening it again
(always the admin PIN and a reason). Both are audited by ``GateService``; closing also
makes an anchor of the audit trail, whose code the dialog's caller shows."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.core.admin_pin import PinCheck
from app.core.events import Event
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.gate_service import GateClosed, GateReopened
from app.ui.dialogs.admin_pin_dialog import PinFields, lay_out_pin_dialog, pin_message
from app.ui.field_errors import as_sentence
from app.ui.i18n import clock_time
from app.ui.refusals import refusal_text


class GateDialog(QDialog):
    def __init__(self, services: Services, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.event_id = int(event.id or 0)
        closed_at = services.gate.closed_at(self.event_id)
        self.closing = closed_at is None
        self.outcome: GateClosed | GateReopened | None = None
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.fields: PinFields | None = None
        if self.closing:
            self.setWindowTitle(self.tr("Tutup gerbang"))
            lead = QLabel(self.tr(
                "Tutup gerbang <b>{title}</b>? Setelah ditutup, kartu yang dipindai di setiap "
                "stasiun ditolak dan tidak ada kehadiran yang dicatat lagi. Penutupan dicatat di "
                "jejak audit bersama stasiun yang rekamannya sudah tergabung, lalu jangkar jejak "
                "audit dibuat."
            ).format(title=event.title))  # fmt: skip
            if services.station_lock.locked_stations():
                self.fields = self._pin_fields(form)
            confirm_text = self.tr("Tutup gerbang")
        else:
            assert closed_at is not None
            self.setWindowTitle(self.tr("Buka kembali gerbang"))
            lead = QLabel(self.tr(
                "Gerbang <b>{title}</b> ditutup pukul {time}. Membukanya kembali memerlukan "
                "PIN admin dan alasan; pembukaan dicatat di jejak audit."
            ).format(title=event.title, time=clock_time(closed_at.time())))  # fmt: skip
            self.reason.setPlaceholderText(self.tr("mis. rombongan kecamatan terlambat"))
            form.addRow(self.tr("Alasan"), self.reason)
            self.fields = self._pin_fields(form)
            confirm_text = self.tr("Buka kembali")
        lead.setWordWrap(True)
        lead.setObjectName("dialogLead")
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.confirm_button = QPushButton(confirm_text)
        self.confirm_button.setObjectName("dangerButton" if self.closing else "primaryButton")
        self.confirm_button.clicked.connect(self.confirm)
        cancel_button = QPushButton(self.tr("Batal"))
        cancel_button.clicked.connect(self.reject)
        lay_out_pin_dialog(self, lead, form, self.message, (cancel_button, self.confirm_button))

    def _pin_fields(self, form: QFormLayout) -> PinFields:
        return PinFields(
            self.services.admin_pins, form,
            self.tr("PIN admin belum dibuat. Buat sekarang (disimpan teracak):"),
            self.tr("PIN admin"),
        )  # fmt: skip

    def confirm(self) -> None:
        pin = ""
        if self.fields is not None:
            ready = self.fields.ready_pin(self.message)
            if ready is None:
                return
            pin = ready
        outcome: GateClosed | GateReopened | Invalid | PinCheck
        if self.closing:
            waiting = self.services.link.status().waiting
            outcome = self.services.gate.close(self.event_id, self.services.station, pin, waiting)
        else:
            outcome = self.services.gate.reopen(self.event_id, pin, self.reason.text())
        if isinstance(outcome, Invalid):
            self.message.setText(as_sentence(refusal_text(outcome.errors[0].message)))
        elif isinstance(outcome, PinCheck):
            self.message.setText(pin_message(outcome))
            if self.fields is not None:
                self.fields.pin.clear()
        else:
            self.outcome = outcome
            self.accept()
