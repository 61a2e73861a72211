"""Gerbang: the gate. Camera, USB scanner, pasted codes, forgotten badges and walk-ins all
end in the one check-in path; the result fills a panel readable from two metres.

Threads: the camera worker captures and decodes; the check-in worker makes every write
(scans, manual entries, walk-ins, admits, cancellations) and the task runner every read,
so neither a commit nor a lost server stalls the preview or the scanner's keystrokes.
This view only asks and shows.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.checkin import CheckinResult, Method, RecentCheckin
from app.core.events import Event
from app.core.moments import FIRST_MOMENT
from app.paths import data_dir
from app.scanning.repeat_filter import SCANNER_HOLD_SECONDS, RepeatFilter
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.station_link import GateSnapshot, LinkStatus
from app.settings import GATE_SOUNDS, STATION_NAME, Settings
from app.ui.clock_skew import gate_band
from app.ui.dialogs.cancel_dialog import CancelDialog
from app.ui.keyboard_wedge import KeyboardWedge
from app.ui.refusals import refusal_text
from app.ui.sound import Cue, GateSounds
from app.ui.widgets.camera_panel import CameraAccess, CameraPanel
from app.ui.widgets.gate_counters import GateCounters, RecentList
from app.ui.widgets.manual_panel import ManualPanel
from app.ui.widgets.moment_bar import MomentBar
from app.ui.widgets.result_panel import PanelState, ResultPanel
from app.ui.widgets.walkin_panel import WalkInPanel
from app.ui.workers.checkin_worker import (
    Admit,
    Cancel,
    CheckinThread,
    CheckinWorker,
    GateAnswer,
    GateRequest,
    ManualEntry,
    Scan,
    WalkIn,
)
from app.ui.workers.task_runner import Pool, TaskRunner

HOLD_MS = {PanelState.GREEN: 4_000, PanelState.AMBER: 6_000, PanelState.RED: 6_000,
           PanelState.ASK: 12_000}  # fmt: skip
CUES = {PanelState.GREEN: Cue.RECORDED, PanelState.AMBER: Cue.DUPLICATE,
        PanelState.RED: Cue.REFUSED, PanelState.ASK: Cue.ASK}  # fmt: skip
REFRESH_MS = 1_000  # counts follow every station within 2 s (see benchmarks/live_counts.py)
RECENT_COUNT = 20
LEFT_WIDTH = 400  # camera, code field and entry buttons
LEFT_WIDTH_FULL_SCREEN = 260
GATE_STYLE = """
QFrame#counterTile { background: #f1f4f6; border-radius: 8px; }
QLabel#counterValue { font-size: 24pt; font-weight: 700; color: #0b5d3b; }
QLabel#counterCaption { font-size: 10pt; color: #44525f; }
QLabel#cameraPreview { background: #1c2733; color: #ffffff; font-size: 12pt; padding: 12px; }
QLabel#formTitle { font-size: 16pt; font-weight: 600; }
QLabel#gateMessage { color: #44525f; }
QLineEdit#stationName { font-size: 13pt; font-weight: 600; }
QPushButton#gateAction { font-size: 12pt; padding: 10px 12px; }
QPushButton#dangerButton { background: #c62828; color: #ffffff; border-color: #c62828; }
QLabel#offlineBanner { background: #b71c1c; color: #ffffff; font-size: 15pt; font-weight: 700;
                       padding: 8px 14px; border-radius: 6px; }
QLabel#clockBanner { background: #f59e0b; color: #1c2733; font-size: 13pt; font-weight: 700;
                     padding: 6px 14px; border-radius: 6px; }
"""


class GerbangView(QWidget):
    result_shown = Signal(object, float)  # CheckinResult, perf_counter() when its input began
    requested = Signal(object, float)  # GateRequest, perf_counter() when its input began
    full_screen_changed = Signal(bool)

    def __init__(
        self, services: Services, settings: Settings, cameras: CameraAccess | None = None,
        sounds: GateSounds | None = None, parent: QWidget | None = None,
        pool: Pool | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.pool = pool
        self.settings = settings
        self.current_event: Event | None = None
        self.sounds = sounds or GateSounds(data_dir() / "sounds")
        self.sounds.enabled = settings.get(GATE_SOUNDS)
        self.scanner_repeats = RepeatFilter(SCANNER_HOLD_SECONDS)
        self.cancel_dialog: CancelDialog | None = None
        self._refreshing = False
        self.runner = TaskRunner(services.store, self, pool)
        self.setStyleSheet(GATE_STYLE)

        self.checkin_worker = CheckinWorker(services.link, services.store)
        self.checkin_thread = CheckinThread(self.checkin_worker)
        application = QCoreApplication.instance()
        assert application is not None
        application.aboutToQuit.connect(self.shutdown)
        self.checkin_worker.answered.connect(self._answered)
        self.requested.connect(self.checkin_worker.submit)
        self.wedge = KeyboardWedge(self)
        self.wedge.scanned.connect(self.scanner_input)

        self.station = QLineEdit(settings.get(STATION_NAME))
        self.station.setObjectName("stationName")
        self.station.setMaxLength(60)
        self.station.setFixedWidth(200)
        self.station.editingFinished.connect(self._station_changed)
        self.sound_toggle = QCheckBox(self.tr("Suara"))
        self.sound_toggle.setChecked(self.sounds.enabled)
        self.sound_toggle.toggled.connect(self._sound_toggled)
        self.counters = GateCounters()
        self.camera = CameraPanel(settings, cameras or CameraAccess())
        self.camera.worker_started.connect(
            lambda worker: worker.code_scanned.connect(self.checkin_worker.scan_camera)
        )
        self.paste = QLineEdit()
        self.paste.setPlaceholderText(self.tr("Tempel atau ketik kode kartu, lalu Enter"))
        self.paste.returnPressed.connect(self._paste_entered)
        self.manual_button = QPushButton(self.tr("Lupa kartu…"))
        self.walkin_button = QPushButton(self.tr("Tamu tanpa undangan…"))
        for button in (self.manual_button, self.walkin_button):
            button.setObjectName("gateAction")
        self.panel = ResultPanel()
        self.panel.admit_requested.connect(self._admit)
        self.manual = ManualPanel()
        self.manual.search_requested.connect(self._search)
        self.manual.record_requested.connect(lambda who, why: self._ask(ManualEntry(who, why)))
        self.manual.closed.connect(self.show_panel)
        self.walkin = WalkInPanel()
        self.walkin.record_requested.connect(lambda guest: self._ask(WalkIn(guest)))
        self.walkin.closed.connect(self.show_panel)
        self.manual_button.clicked.connect(self.open_manual)
        self.walkin_button.clicked.connect(self.open_walkin)
        self.stack = QStackedWidget()
        for page in (self.panel, self.manual, self.walkin):
            self.stack.addWidget(page)
        self.recent = RecentList()
        self.cancel_button = QPushButton(self.tr("Batalkan kehadiran…"))
        self.cancel_button.clicked.connect(self.open_cancel)
        self.message = QLabel()
        self.message.setObjectName("gateMessage")
        self.offline_banner = QLabel()
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.hide()
        self.clock_banner = QLabel()
        self.clock_banner.setObjectName("clockBanner")
        self.clock_banner.setWordWrap(True)
        self.clock_banner.hide()
        # The moment by the time the gate stamps (the server's, as this station last measured
        # it), so the moment shown is the one a scan is recorded in.
        station_clock = services.checkins.station_clock
        self.moment_bar = MomentBar(lambda: station_clock.offline().at)
        self.moment_bar.choice_changed.connect(self._moment_chosen)
        self.full_screen = False
        self.full_screen_button = QPushButton(self.tr("Layar penuh"))
        self.full_screen_button.setObjectName("gateAction")
        self.full_screen_button.setCheckable(True)
        self.full_screen_button.toggled.connect(self.set_full_screen)
        self._build_layout()

        self.ready_timer = QTimer(self)
        self.ready_timer.setSingleShot(True)
        self.ready_timer.timeout.connect(lambda: self.panel.show_ready(self._ready_hint()))
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.soon_timer = QTimer(self)
        self.soon_timer.setSingleShot(True)
        self.soon_timer.setInterval(250)
        self.soon_timer.timeout.connect(self.refresh)

    def _build_layout(self) -> None:
        self.top_bar = QWidget()
        top = QHBoxLayout(self.top_bar)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Stasiun")))
        top.addWidget(self.station)
        top.addWidget(self.sound_toggle)
        top.addStretch(1)
        top.addWidget(self.counters)
        left = QVBoxLayout()
        left.addWidget(self.camera, 1)
        left.addWidget(self.paste)
        self.entry_buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.entry_buttons.addWidget(self.manual_button)
        self.entry_buttons.addWidget(self.walkin_button)
        left.addLayout(self.entry_buttons)
        left.addWidget(self.full_screen_button)
        left.addStretch(0)  # below the small camera of the full-screen mode
        self.recent_box = QWidget()
        recent_column = QVBoxLayout(self.recent_box)
        recent_column.setContentsMargins(0, 0, 0, 0)
        recent_bar = QHBoxLayout()
        recent_bar.addWidget(QLabel(self.tr("{n} kehadiran terakhir").format(n=RECENT_COUNT)))
        recent_bar.addWidget(self.message, 1)
        recent_bar.addWidget(self.cancel_button)
        recent_column.addLayout(recent_bar)
        recent_column.addWidget(self.recent, 1)
        right = QVBoxLayout()
        right.addWidget(self.stack, 3)
        right.addWidget(self.recent_box, 1)
        body = QHBoxLayout()
        self.left_box = QWidget()
        self.left_box.setFixedWidth(LEFT_WIDTH)
        self.left_box.setLayout(left)
        body.addWidget(self.left_box)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.clock_banner)
        layout.addWidget(self.moment_bar)
        layout.addLayout(body, 1)

    def set_full_screen(self, full: bool) -> None:
        """The result fills the screen, to be read from two metres; the camera keeps a
        corner and the entry buttons stay under it. The main window hides its frame."""
        if full == self.full_screen:
            return
        self.full_screen = full
        self.full_screen_button.setChecked(full)
        self.full_screen_button.setText(self.tr("Layar biasa") if full else self.tr("Layar penuh"))
        self.top_bar.setVisible(not full)
        self.recent_box.setVisible(not full)
        self.camera.set_compact(full)
        direction = QBoxLayout.Direction
        self.entry_buttons.setDirection(direction.TopToBottom if full else direction.LeftToRight)
        self.left_box.setFixedWidth(LEFT_WIDTH_FULL_SCREEN if full else LEFT_WIDTH)
        self.panel.set_full_screen(full)
        self.full_screen_changed.emit(full)

    # -- the current event and station ---------------------------------------------------

    def set_locked(self, locked: bool) -> None:
        """A locked station shows only the result; its name and sound wait for the unlock."""
        self.set_full_screen(locked)
        self.station.setReadOnly(locked)
        self.sound_toggle.setEnabled(not locked)

    def leave(self) -> None:
        self.set_full_screen(False)

    def set_event(self, event: Event | None) -> None:
        self.current_event = event
        self.moment_bar.set_event(event)
        self._retarget()
        for widget in (self.paste, self.manual_button, self.walkin_button, self.cancel_button):
            widget.setEnabled(event is not None)
        self.show_panel()
        self.refresh()

    def station_name(self) -> str:
        return self.station.text().strip() or self.settings.get(STATION_NAME)

    def _station_changed(self) -> None:
        name = self.station_name()
        self.station.setText(name)
        self.settings.set(STATION_NAME, name)
        self.services.station = name
        self._retarget()

    def _retarget(self) -> None:
        """The check-in worker records for this event, station and moment choice."""
        event_id = self.current_event.id if self.current_event else None
        self.checkin_worker.set_target(event_id, self.station_name(), self.moment_bar.chosen)

    def _moment_chosen(self, _number: int | None) -> None:
        self._retarget()
        self.refresh()

    def _sound_toggled(self, enabled: bool) -> None:
        self.sounds.enabled = enabled
        self.settings.set(GATE_SOUNDS, enabled)

    def _ready_hint(self) -> str:
        if self.current_event is None:
            return self.tr("Belum ada acara aktif. Pilih atau buat acara di Acara.")
        return ""

    # -- inputs --------------------------------------------------------------------------

    def scanner_input(self, code: str, started: float) -> None:
        """A code from the USB scanner or the paste field: to the check-in worker."""
        if self.current_event is not None and self.scanner_repeats.admit(code, time.monotonic()):
            self.requested.emit(Scan(code, Method.SCANNER), started)

    def _paste_entered(self) -> None:
        text = self.paste.text().strip()
        self.paste.clear()
        if text:
            self.scanner_input(text, time.perf_counter())

    def _search(self, text: str) -> None:
        if self.current_event is None or self.current_event.id is None:
            return
        event_id, link = self.current_event.id, self.services.link
        self.runner.run(
            "search", lambda: link.search(event_id, text),
            lambda people: self.manual.show_people(text, people),
        )  # fmt: skip

    def _admit(self, result: CheckinResult) -> None:
        if result.person is not None:
            self._ask(Admit(result.person.id, result.method))

    def _ask(self, request: GateRequest) -> None:
        if self.current_event is not None:
            self.requested.emit(request, time.perf_counter())

    def _answered(self, answer: GateAnswer) -> None:
        """The check-in worker's answer to any request, on the UI thread."""
        outcome, request = answer.outcome, answer.request
        if isinstance(outcome, CheckinResult):
            self.show_result(outcome, answer.started)
        elif isinstance(request, Cancel):
            if self.cancel_dialog is not None:
                self.cancel_dialog.show_outcome(outcome)
        elif isinstance(outcome, Invalid):
            if isinstance(request, ManualEntry):
                self.manual.message.setText(refusal_text(outcome.errors[0].message))
            elif isinstance(request, WalkIn):
                self.walkin.show_errors(outcome.errors)
            else:
                self.message.setText(refusal_text(outcome.errors[0].message))

    # -- what the gate shows -------------------------------------------------------------

    def show_result(self, result: CheckinResult, started: float) -> None:
        self.panel.show_result(result)
        self.stack.setCurrentWidget(self.panel)
        self.sounds.play(CUES[self.panel.state])
        self.ready_timer.start(HOLD_MS[self.panel.state])
        self.soon_timer.start()
        self.result_shown.emit(result, started)

    def show_panel(self) -> None:
        self.ready_timer.stop()
        self.panel.show_ready(self._ready_hint())
        self.stack.setCurrentWidget(self.panel)

    def open_manual(self) -> None:
        self.manual.open()
        self.stack.setCurrentWidget(self.manual)

    def open_walkin(self) -> None:
        self.walkin.open()
        self.stack.setCurrentWidget(self.walkin)

    def open_cancel(self) -> None:
        entry = self.recent.selected()
        if not self.services.link.online:
            self.message.setText(self.tr("Pembatalan perlu server; tunggu sampai terhubung lagi."))
            return
        if self.current_event is None or entry is None:
            self.message.setText(self.tr("Pilih dulu baris yang akan dibatalkan."))
            return
        # Whether the supervisor PIN exists is read off the UI thread, then the dialog opens.
        self.runner.run(
            "cancel-pin",
            self.services.pins.is_set,
            lambda pin_set: self._open_cancel(entry, pin_set),
        )

    def _open_cancel(self, entry: RecentCheckin, pin_set: bool) -> None:
        self.cancel_dialog = CancelDialog(self.services, entry, pin_set, self, self.pool)
        self.cancel_dialog.confirmed.connect(
            lambda reason, pin: self._ask(Cancel(entry.person_id, reason, pin, entry.moment))
        )
        self.cancel_dialog.accepted.connect(lambda: self._cancelled(entry.name))
        self.cancel_dialog.open()

    def _cancelled(self, name: str) -> None:
        self.message.setText(self.tr("Kehadiran {name} dibatalkan.").format(name=name))
        self.refresh()

    def refresh(self) -> None:
        """Reload counters and the last check-ins; the queries run off the UI thread."""
        if self.current_event is None or self.current_event.id is None:
            self.counters.show_counts(None)
            self.recent.show_entries([])
            return
        self.moment_bar.tick()
        if self._refreshing:
            return
        self._refreshing = True
        event_id = self.current_event.id
        link = self.services.link
        shown = self.moment_bar.shown
        moment = shown.number if shown is not None else FIRST_MOMENT
        self.runner.run(
            "refresh", lambda: link.snapshot(event_id, RECENT_COUNT, moment), self._refreshed,
            self._refresh_failed,
        )  # fmt: skip

    def _refreshed(self, snapshot: GateSnapshot) -> None:
        self._refreshing = False
        if self.current_event is not None and self.current_event.id == snapshot.event_id:
            self.counters.show_counts(snapshot.counts)
            self.recent.show_entries(snapshot.recent)
        self.show_link(snapshot.status)

    def _refresh_failed(self, _message: object) -> None:
        self._refreshing = False

    def show_link(self, status: LinkStatus) -> None:
        """Offline is said plainly, across the gate: scans go on and wait to be sent. A lost
        database is said the same way: scans stop and go to the journal. A clock more than
        30 seconds off the server's is said in amber, before the first scan."""
        band = gate_band(status.clock)
        self.clock_banner.setText(band)
        self.clock_banner.setVisible(bool(band))
        self.offline_banner.setVisible(not status.online or bool(status.trouble))
        if status.trouble:
            self.offline_banner.setText(
                self.tr("TIDAK TERCATAT — {why}").format(why=refusal_text(status.trouble))
            )
            return
        self.offline_banner.setText(
            self.tr(
                "OFFLINE, {n} menunggu — server tidak terhubung. Pemindaian tetap dicatat di "
                "laptop ini dan dikirim otomatis saat server kembali."
            ).format(n=status.waiting)
        )

    # -- life cycle ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.wedge.start()
            self.camera.activate()
            self.refresh_timer.start()
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self.pause()

    def pause(self) -> None:
        """Leave the gate: free the camera for other programs and stop taking keys."""
        self.wedge.stop()
        self.camera.deactivate()
        self.refresh_timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.pause()
        self.checkin_thread.stop()
        self.runner.wait()
