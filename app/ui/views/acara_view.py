"""Acara: create, edit and switch events."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event, EventKind
from app.services.container import Services
from app.services.event_service import Invalid, Saved
from app.services.gate_service import GateClosed
from app.ui.dialogs.gate_dialog import GateDialog, GateState, read_gate_state
from app.ui.i18n import clock_time, day_and_date
from app.ui.views.place_view import PlaceDefaults
from app.ui.widgets.event_form import EventForm, system_time_zone
from app.ui.workers.task_runner import Pool, TaskRunner


class AcaraView(PlaceDefaults, QWidget):
    event_activated = Signal(int)
    event_saved = Signal(int)

    def __init__(
        self, services: Services, parent: QWidget | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(services.store, self, pool)
        self.active_event_id: int | None = None
        self.events: dict[int, Event] = {}  # as last read, by id
        self._shown_id: int | None = None  # the event in the form
        self.event_list = QListWidget()
        self.event_list.setObjectName("eventList")
        # Long official titles wrap onto more lines instead of running off to the side.
        self.event_list.setWordWrap(True)
        self.event_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.event_list.currentItemChanged.connect(self._show_selected)
        self.new_button = QPushButton(self.tr("Acara baru"))
        self.new_button.clicked.connect(self.start_new)
        self.form = EventForm()
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.activate_button = QPushButton(self.tr("Jadikan acara aktif"))
        self.activate_button.clicked.connect(self._activate_selected)
        self.gate_state = QLabel()
        self.gate_state.setObjectName("gateState")
        self.gate_state.setWordWrap(True)
        self.gate_button = QPushButton()
        self.gate_button.setObjectName("gateButton")
        self.gate_button.clicked.connect(self.open_gate_dialog)
        self.gate_dialog: GateDialog | None = None  # the open one, for tests and screenshots

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Daftar acara")))
        left.addWidget(self.event_list, 1)
        left.addWidget(self.new_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.activate_button)
        buttons.addWidget(self.save_button)
        gate_row = QHBoxLayout()
        gate_row.addWidget(self.gate_state, 1)
        gate_row.addWidget(self.gate_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(scroll, 1)
        right.addLayout(gate_row)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)

    def set_event(self, event: Event | None) -> None:
        self.active_event_id = event.id if event else None
        self.reload(select=self.active_event_id)

    def reload(self, select: int | None = None) -> None:
        """Read the events off the UI thread; the list follows when they come."""
        self.runner.run(
            "list", self.services.events.list_events, lambda events: self._listed(events, select)
        )

    def _listed(self, events: list[Event], select: int | None) -> None:
        self.events = {event.id: event for event in events if event.id is not None}
        self.event_list.blockSignals(True)
        self.event_list.clear()
        for event in events:
            marker = "● " if event.id == self.active_event_id else ""
            item = QListWidgetItem(f"{marker}{event.title}\n{day_and_date(event.day)}")
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.event_list.addItem(item)
            if event.id == select:
                self.event_list.setCurrentItem(item)
        self.event_list.blockSignals(False)
        self._show_selected()

    def start_new(self) -> None:
        self.event_list.clearSelection()
        self.event_list.setCurrentRow(-1)
        today = self.services.clock.now().date()
        current = self.events.get(self.active_event_id) if self.active_event_id else None
        self.form.load(
            Event(
                title="",
                kind=EventKind.APEL,
                day=today,
                start_time=time(7, 30),
                late_after=time(7, 45),
                venue="",
                organiser=current.organiser if current else "",
                kop_lines=current.kop_lines if current else [],
                logo=current.logo if current else None,
                time_zone=current.time_zone if current else system_time_zone(),
            )
        )
        self.heading.setText(self.tr("Acara baru"))
        self._shown_id = None
        self.activate_button.setEnabled(False)
        self._show_gate(None)
        self.message.clear()
        self.form.title.setFocus()

    def save(self) -> None:
        """Save off the UI thread; the button waits for the answer."""
        events, event = self.services.events, self.form.value()

        def save() -> tuple[Saved | Invalid, list[Event]]:
            result = events.save(event)
            return result, events.list_events() if isinstance(result, Saved) else []

        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Menyimpan…"))
        self.runner.run("save", save, lambda answer: self._saved(*answer), self._save_failed)

    def _save_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(message)

    def _saved(self, result: Saved | Invalid, events: list[Event]) -> None:
        self.save_button.setEnabled(True)
        if isinstance(result, Invalid):
            self.form.show_errors(result.errors)
            self.message.setText(self.tr("Periksa kembali isian yang ditandai."))
            return
        self._listed(events, result.event_id)  # clears the message: "saved" comes after
        self.message.setText(self.tr("Tersimpan."))
        self.event_saved.emit(result.event_id)

    def _selected_id(self) -> int | None:
        item = self.event_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show_selected(self) -> None:
        event_id = self._selected_id()
        event = self.events.get(event_id) if event_id else None
        if event is None:
            self.start_new()
            return
        self.form.load(event)
        self.heading.setText(self.tr("Ubah acara"))
        self.activate_button.setEnabled(event.id != self.active_event_id)
        self._show_gate(event)
        if event.id != self._shown_id:  # the same one read again keeps "Tersimpan."
            self.message.clear()
        self._shown_id = event.id

    def _activate_selected(self) -> None:
        event_id = self._selected_id()
        if event_id is not None:
            self.event_activated.emit(event_id)

    def _show_gate(self, event: Event | None) -> None:
        self.gate_button.setVisible(event is not None)
        self.gate_state.setVisible(event is not None)
        if event is None or event.id is None:
            return
        event_id, gate = event.id, self.services.gate
        self.gate_button.setEnabled(False)  # until the gate's state is read
        self.runner.run("gate", lambda: gate.closed_at(event_id), self._gate_read)

    def _gate_read(self, closed_at: datetime | None) -> None:
        self.gate_button.setEnabled(True)
        if closed_at is None:
            self.gate_state.setText(self.tr("Gerbang terbuka: kehadiran dicatat."))
            self.gate_button.setText(self.tr("Tutup gerbang"))
        else:
            self.gate_state.setText(
                self.tr("Gerbang ditutup pukul {time}: kartu yang dipindai ditolak.").format(
                    time=clock_time(closed_at.time())
                )
            )
            self.gate_button.setText(self.tr("Buka kembali gerbang"))

    def open_gate_dialog(self) -> None:
        """Read what the dialog asks (off the UI thread), then open it."""
        event_id = self._selected_id()
        event = self.events.get(event_id) if event_id else None
        if event is None or event_id is None:
            return
        services = self.services
        self.gate_button.setEnabled(False)
        self.runner.run(
            "gate-dialog", lambda: read_gate_state(services, event_id),
            lambda state: self._open_gate_dialog(event, state), self._gate_failed,
        )  # fmt: skip

    def _gate_failed(self, message: str) -> None:
        self.gate_button.setEnabled(True)
        self.message.setText(message)

    def _open_gate_dialog(self, event: Event, state: GateState) -> None:
        self.gate_button.setEnabled(True)
        self.gate_dialog = GateDialog(self.services, event, state, self, self.runner.pool)
        accepted = self.gate_dialog.exec()
        outcome = self.gate_dialog.outcome
        self.gate_dialog = None
        if not accepted or outcome is None:
            return
        self._show_gate(event)
        if isinstance(outcome, GateClosed):
            waiting = [s.name for s in outcome.stations if not s.merged]
            text = self.tr("Gerbang ditutup. Kode jangkar jejak audit: {code}.").format(
                code=outcome.anchor.code
            )
            if waiting:
                text += " " + self.tr("Rekaman belum tergabung dari: {names}.").format(
                    names=", ".join(waiting)
                )
            self.message.setText(text)
        else:
            self.message.setText(self.tr("Gerbang dibuka kembali."))
