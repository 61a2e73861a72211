"""Stasiun: this station's key fingerprint, and enrolling stations with the admin PIN.

A station shows the fingerprint of its own key; HR reads it on that screen and compares
it with the one listed here before approving. On a shared server a new station asks to
be enrolled (``Minta didaftarkan``) and HR approves it from any station with the admin
PIN. Requests and approvals are audit entries (``EnrolmentService``). The list, the
request and the approval (a scrypt PIN check) are read and written off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.admin_pin import PinCheck
from app.core.station_identity import Enrolment, StationEntry
from app.services.container import Services
from app.services.enrolment_service import Approved
from app.services.event_service import Invalid
from app.ui.dialogs.admin_pin_dialog import admin_pin_fields, pin_message
from app.ui.field_errors import as_sentence, clear_waiting, show_waiting
from app.ui.refusals import refusal_text
from app.ui.workers.task_runner import Pool, TaskRunner


class StationDialog(QDialog):
    def __init__(
        self, services: Services, parent: QWidget | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(services.store, self, pool)
        self.stations: list[StationEntry] = []  # as last read
        self.setWindowTitle(self.tr("Stasiun"))
        self.setMinimumWidth(640)
        self.fingerprint = QLabel(services.enrolment.key.fingerprint)
        self.fingerprint.setObjectName("stationFingerprint")
        # Large and fixed-width: HR reads it aloud or compares it with the list by eye.
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 18pt;")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_status = QLabel()
        self.own_status.setWordWrap(True)
        self.request_button = QPushButton(self.tr("Minta didaftarkan"))
        self.request_button.clicked.connect(self.request)
        own = QFormLayout()
        own.addRow(self.tr("Nama stasiun"), QLabel(services.station))
        own.addRow(self.tr("Sidik jari kunci"), self.fingerprint)
        own.addRow(self.tr("Status"), self.own_status)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("stationTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stasiun"), self.tr("Sidik jari"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        hint = QLabel(self.tr(
            "Sebelum menyetujui, cocokkan sidik jari di daftar dengan yang tampil di layar "
            "stasiun itu (menu Berkas > Stasiun). Persetujuan memerlukan PIN admin dan "
            "dicatat di jejak audit."
        ))  # fmt: skip
        hint.setWordWrap(True)
        pin_form = QFormLayout()
        self.approve_button = QPushButton(self.tr("Setujui stasiun terpilih"))
        self.approve_button.setObjectName("primaryButton")
        self.approve_button.clicked.connect(self.approve)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.fields = admin_pin_fields(
            services.admin_pins, pin_form, self.runner, self.approve_button, self.message,
            allowed=self._pending_chosen,
        )  # fmt: skip
        close_button = QPushButton(self.tr("Tutup"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close_button)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Stasiun ini"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addLayout(own)
        layout.addWidget(self.request_button, 0, Qt.AlignmentFlag.AlignLeft)
        known = QLabel(self.tr("Stasiun yang dikenal basis data ini"))
        known.setObjectName("sectionTitle")
        layout.addWidget(known)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(pin_form)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the stations off the UI thread; the list follows when they come."""
        self.runner.run("stations", self.services.enrolment.stations, self._show, self._failed)

    def _failed(self, message: str) -> None:
        self.request_button.setEnabled(True)
        self.fields.failed(message)

    def _show(self, stations: list[StationEntry]) -> None:
        self.stations = stations
        mine = self.services.enrolment.key.fingerprint
        own = next((s for s in stations if s.fingerprint == mine), None)
        if own is None:
            self.own_status.setText(self.tr("Belum dikenal basis data ini."))
        elif own.status is Enrolment.ENROLLED:
            self.own_status.setText(self.tr("Terdaftar: rekamannya diterima."))
        else:
            self.own_status.setText(self.tr("Menunggu persetujuan HR."))
        self.request_button.setVisible(own is None)
        self.table.setRowCount(len(stations))
        for row, station in enumerate(stations):
            cells = [station.name, station.fingerprint, self._status_text(station)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, station.fingerprint)
                self.table.setItem(row, column, item)
        pending = [r for r, s in enumerate(stations) if s.status is Enrolment.REQUESTED]
        if pending:
            self.table.selectRow(pending[0])
        self._selection_changed()

    def _status_text(self, station: StationEntry) -> str:
        if station.status is Enrolment.ENROLLED:
            return self.tr("terdaftar")
        return self.tr("menunggu persetujuan")

    def _selected(self) -> StationEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return None
        fingerprint = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.stations if s.fingerprint == fingerprint), None)

    def _pending_chosen(self) -> bool:
        chosen = self._selected()
        return chosen is not None and chosen.status is Enrolment.REQUESTED

    def _selection_changed(self) -> None:
        self.fields.enable()

    def request(self) -> None:
        enrolment, station = self.services.enrolment, self.services.station

        def request() -> list[StationEntry]:
            enrolment.request(station)
            return enrolment.stations()

        self.request_button.setEnabled(False)
        show_waiting(self.message, self.tr("Mengirim permintaan…"))
        self.runner.run("request", request, self._requested, self._failed)

    def _requested(self, stations: list[StationEntry]) -> None:
        self.request_button.setEnabled(True)
        clear_waiting(self.message)
        self._show(stations)
        self.message.setText(self.tr("Permintaan tercatat. HR menyetujuinya dengan PIN admin."))

    def approve(self) -> None:
        if self._selected() is not None:
            self.fields.with_pin(self._approve)

    def _approve(self, pin: str) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        enrolment, fingerprint = self.services.enrolment, chosen.fingerprint

        def approve() -> tuple[Approved | Invalid | PinCheck, list[StationEntry]]:
            outcome = enrolment.approve(fingerprint, pin)
            return outcome, enrolment.stations() if isinstance(outcome, Approved) else []

        self.fields.busy(self.tr("Memeriksa PIN…"))
        self.runner.run("approve", approve, lambda answer: self._approved(*answer), self._failed)

    def _approved(
        self, outcome: Approved | Invalid | PinCheck, stations: list[StationEntry]
    ) -> None:
        self.fields.idle()
        if isinstance(outcome, PinCheck):
            self.message.setText(pin_message(outcome))
            self.fields.pin.clear()
            return
        if isinstance(outcome, Invalid):
            self.message.setText(as_sentence(refusal_text(outcome.errors[0].message)))
            return
        self.fields.pin.clear()
        self._show(stations)
        self.message.setText(
            self.tr("Stasiun {name} ({fingerprint}) terdaftar.").format(
                name=outcome.station.name, fingerprint=outcome.station.fingerprint
            )
        )
