"""Cancelling a wrong check-in: only with the supervisor PIN and a reason (audited).

When no PIN exists yet the dialog first asks the supervisor to create one.
"""

from __future__ import annotations

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

from app.core.checkin import RecentCheckin
from app.services.checkin_service import Cancelled
from app.services.container import Services
from app.services.event_service import Invalid
from app.ui.dialogs.admin_pin_dialog import pin_field, pin_message
from app.ui.i18n import clock_time


class CancelDialog(QDialog):
    def __init__(
        self, services: Services, event_id: int, entry: RecentCheckin,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.event_id = event_id
        self.entry = entry
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
        self.pin = pin_field()
        self.new_pin = pin_field()
        self.repeat_pin = pin_field()
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Alasan pembatalan"), self.reason)
        self.creating = not services.pins.is_set()
        if self.creating:
            note = QLabel(self.tr("PIN supervisor belum dibuat. Supervisor membuatnya sekarang:"))
            note.setWordWrap(True)
            form.addRow(note)
            form.addRow(self.tr("PIN baru (4–12 angka)"), self.new_pin)
            form.addRow(self.tr("Ulangi PIN baru"), self.repeat_pin)
        else:
            form.addRow(self.tr("PIN supervisor"), self.pin)
        self.confirm_button = QPushButton(self.tr("Batalkan kehadiran"))
        self.confirm_button.setObjectName("dangerButton")
        self.confirm_button.clicked.connect(self.confirm)
        close_button = QPushButton(self.tr("Tutup"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def confirm(self) -> None:
        pin = self.pin.text()
        if self.creating:
            if self.new_pin.text() != self.repeat_pin.text():
                self.message.setText(self.tr("Kedua PIN baru tidak sama."))
                return
            created = self.services.pins.set_pin(self.new_pin.text())
            if isinstance(created, Invalid):
                self.message.setText(created.errors[0].message)
                return
            self.creating = False
            self.pin.setText(self.new_pin.text())
            pin = self.pin.text()
        outcome = self.services.checkins.cancel(
            self.event_id, self.entry.person_id, self.reason.text(), pin
        )
        if isinstance(outcome, Cancelled):
            self.accept()
        elif isinstance(outcome, Invalid):
            self.message.setText(outcome.errors[0].message)
        else:
            self.message.setText(pin_message(outcome))
            self.pin.clear()
