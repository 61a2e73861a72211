"""The main window: the current event on top, the places on the left, the counts below."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core.events import Event
from app.paths import resource
from app.services.container import Services
from app.services.station_link import GateSnapshot, LinkStatus
from app.settings import CURRENT_EVENT, LANGUAGE, Settings
from app.ui.backup_actions import BackupActions
from app.ui.clock_skew import status_note
from app.ui.i18n import clock_time, day_and_date, number
from app.ui.kiosk_lock import KioskLock
from app.ui.places import Place, build_places
from app.ui.refusals import refusal_text
from app.ui.views.acara_view import AcaraView
from app.ui.widgets.event_switcher import EventSwitcher
from app.ui.workers.task_runner import Pool, TaskRunner

COUNT_REFRESH_MS = 1_000  # every station's count within 2 s (benchmarks/live_counts.py)


class MainWindow(QMainWindow):
    event_changed = Signal(object)  # Event | None

    def __init__(self, services: Services, settings: Settings, pool: Pool | None = None) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.current_event: Event | None = None
        self.events: list[Event] = []
        self.setWindowTitle(APP_NAME)
        self.resize(1366, 768)

        self.logo = QLabel()
        self.logo.setFixedSize(64, 64)
        self.title_label = QLabel()
        self.title_label.setObjectName("eventTitle")
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("eventSubtitle")
        self.event_switcher = EventSwitcher()
        self.event_switcher.activated.connect(self._switcher_activated)
        self.header = header = QFrame()
        header.setObjectName("header")
        header_layout = QHBoxLayout(header)
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header_layout.addWidget(self.logo)
        header_layout.addLayout(titles, 1)
        header_layout.addWidget(self.event_switcher, 0, Qt.AlignmentFlag.AlignTop)

        self.places: list[Place] = build_places(services, settings, pool)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setFixedWidth(210)
        self.stack = QStackedWidget()
        for place in self.places:
            item = QListWidgetItem(QIcon(str(resource("icons", f"{place.icon}.svg"))), place.title)
            item.setData(Qt.ItemDataRole.UserRole, place.key)
            self.navigation.addItem(item)
            self.stack.addWidget(place.widget)
        self.navigation.currentRowChanged.connect(self._place_chosen)
        acara = self.place("acara").widget
        assert isinstance(acara, AcaraView)
        acara.event_activated.connect(self.switch_event)
        acara.event_saved.connect(self._event_saved)
        for place in self.places:  # the gate's result mode, the pakta's signing mode
            full_screen_changed = getattr(place.widget, "full_screen_changed", None)
            if full_screen_changed is not None:
                full_screen_changed.connect(self._show_full_screen)
        self._before_full_screen = (False, self.geometry())

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addLayout(body, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel(services.store.description)
        self.station_label = QLabel(services.station)
        self.count_label = QLabel()
        self.count_label.setObjectName("statusCount")
        self.link_label = QLabel()
        self.link_label.setObjectName("linkStatus")
        self.link_label.setVisible(False)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clockSkew")
        self.clock_label.setVisible(False)
        status = self.statusBar()
        status.addWidget(self.database_label)
        status.addWidget(self.station_label)
        status.addPermanentWidget(self.clock_label)
        status.addPermanentWidget(self.link_label)
        status.addPermanentWidget(self.count_label)
        self.runner = TaskRunner(services.store, self, pool)
        self._polling = False
        self.count_timer = QTimer(self)
        self.count_timer.setInterval(COUNT_REFRESH_MS)
        self.count_timer.timeout.connect(self.poll)
        self.count_timer.start()

        self.backups = BackupActions(services, self)
        settings.listeners.append(services.safety.record_setting)
        self.kiosk = KioskLock(services, settings, self, pool)
        self.kiosk.lock_changed.connect(self._show_lock)
        self._reminded = False
        self._build_menu()

        if self.kiosk.locked:
            self._show_lock(True)
        self._opening = True  # the first event read also chooses the first place
        self.switch_event(settings.get(CURRENT_EVENT) or None, or_first=True)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Berkas"))
        self.lock_action = QAction(self.tr("&Kunci ke Gerbang"), self)
        self.lock_action.setCheckable(True)
        self.lock_action.triggered.connect(self._lock_chosen)
        backup = QAction(self.tr("&Cadangkan basis data…"), self)
        backup.triggered.connect(
            lambda: self.kiosk.allow(self.tr("Membuat cadangan")) and self.backups.backup()
        )
        restore = QAction(self.tr("&Pulihkan dari cadangan…"), self)
        restore.triggered.connect(self._restore)
        self.quit_action = QAction(self.tr("&Keluar"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit_after_reminder)
        database = QAction(self.tr("Basis &data…"), self)
        database.triggered.connect(self.choose_database)
        merge = QAction(self.tr("&Gabungkan rekaman stasiun…"), self)
        merge.triggered.connect(self.merge_station_files)
        stations = QAction(self.tr("&Stasiun…"), self)
        stations.triggered.connect(self.show_stations)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(backup)
        menu.addAction(restore)
        menu.addAction(merge)
        menu.addSeparator()
        menu.addAction(database)
        menu.addAction(stations)
        self._add_language_menu(menu.addMenu(self.tr("&Bahasa")))
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _add_language_menu(self, menu: QMenu) -> None:
        """The language applies at the next start: every text is translated once, when built."""
        group = QActionGroup(self)
        chosen = self.settings.get(LANGUAGE)
        # Language names are written in their own language, so anyone can find theirs.
        for code, name in (("", self.tr("Ikuti sistem")), ("id", "Bahasa Indonesia"),
                           ("en", "English")):  # fmt: skip
            action = QAction(name, group)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            menu.addAction(action)
        group.triggered.connect(self._language_chosen)

    def _language_chosen(self, action: QAction) -> None:
        if not self.kiosk.allow(self.tr("Mengganti bahasa")):
            for other in action.actionGroup().actions():
                other.setChecked(other.data() == self.settings.get(LANGUAGE))
            return
        self.settings.set(LANGUAGE, str(action.data()))
        self.statusBar().showMessage(self.tr("Bahasa baru dipakai saat Netra dibuka lagi."), 10_000)

    def choose_database(self) -> None:
        from app.ui.dialogs.database_dialog import DatabaseDialog

        if not self.kiosk.allow(self.tr("Mengganti basis data")):
            return
        self.database_dialog = DatabaseDialog(self.settings, self)
        self.database_dialog.accepted.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Basis data baru dipakai saat Netra dibuka lagi."), 10_000
            )
        )
        self.database_dialog.open()

    def merge_station_files(self) -> None:
        from app.ui.dialogs.station_merge_dialog import StationMergeDialog

        if self.current_event is None or self.current_event.id is None:
            self.statusBar().showMessage(self.tr("Pilih acara lebih dulu."), 10_000)
            return
        if not self.kiosk.allow(self.tr("Menggabungkan rekaman stasiun")):
            return
        self.merge_dialog = StationMergeDialog(
            self.services, self.current_event.id, self.runner, self
        )
        self.merge_dialog.open()

    def show_stations(self) -> None:
        """This station's fingerprint, and HR's approval of stations (admin PIN)."""
        from app.ui.dialogs.station_dialog import StationDialog

        self.station_dialog = StationDialog(self.services, self, self.runner.pool)
        self.station_dialog.open()

    def quit_after_reminder(self) -> bool:
        """Leave the app the way a user does at the end of the day: offer a backup first."""
        if not self._may_leave():
            return False
        self._reminded = True
        return self.close()

    def _may_leave(self) -> bool:
        """A locked station closes only with the admin PIN; then the backup reminder."""
        return self.kiosk.allow(self.tr("Menutup Netra")) and self.backups.may_close()

    def _restore(self) -> None:
        if self.kiosk.allow(self.tr("Memulihkan cadangan")) and self.backups.restore():
            self.switch_event(self.current_event.id if self.current_event else None)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only a user's close (window button, Alt+F4) asks; a programmatic close does not.
        if event.spontaneous() and not self._reminded and not self._may_leave():
            event.ignore()
            return
        # Views with threads (the gate's camera and check-in workers) stop them here.
        self.count_timer.stop()
        self.runner.wait()
        for place in self.places:
            place.view.shutdown()
        event.accept()

    def _lock_chosen(self, checked: bool) -> None:
        if checked:
            self.kiosk.lock()
        else:
            self.kiosk.unlock()
        self.lock_action.setChecked(self.kiosk.locked)

    def _show_lock(self, locked: bool) -> None:
        """A locked station shows the gate; its own settings wait for the unlock."""
        self.lock_action.setChecked(locked)
        if locked:
            self.show_place("gerbang")
        for place in self.places:
            place.view.set_locked(locked)
        self.station_label.setText(
            self.tr("{station} · terkunci").format(station=self.services.station)
            if locked else self.services.station
        )  # fmt: skip

    def _place_chosen(self, row: int) -> None:
        """Leaving the gate of a locked station unlocks it, with the admin PIN."""
        gate_row = [p.key for p in self.places].index("gerbang")
        if row != gate_row and self.kiosk.locked and not self.kiosk.unlock():
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(gate_row)
            self.navigation.blockSignals(False)
            return
        if row != self.stack.currentIndex():
            self.places[self.stack.currentIndex()].view.leave()
        self.stack.setCurrentIndex(row)

    def _show_full_screen(self, full: bool) -> None:
        """The gate's result mode: the whole screen, without the window's own frame."""
        for part in (self.header, self.navigation, self.menuBar(), self.statusBar()):
            part.setVisible(not full)
        if full:
            self._before_full_screen = (self.isMaximized(), self.geometry())
            self.showFullScreen()
            return
        maximized, geometry = self._before_full_screen
        if maximized:
            self.showMaximized()
        else:
            self.showNormal()
            self.setGeometry(geometry)  # without a window manager nothing else restores it

    def place(self, key: str) -> Place:
        return next(place for place in self.places if place.key == key)

    def show_place(self, key: str) -> None:
        self.navigation.setCurrentRow([p.key for p in self.places].index(key))

    def switch_event(self, event_id: int | None, or_first: bool = False) -> None:
        """Read the event, the list of events and its counts off the UI thread, then show
        them in every place; ``or_first``: the first event when that one is gone."""
        events, link = self.services.events, self.services.link

        def read() -> tuple[Event | None, list[Event], GateSnapshot | None]:
            listed = events.list_events()
            event = events.get(event_id) if event_id else None
            if event is None and or_first and listed:
                event = listed[0]
            counts = link.snapshot(event.id, recent=0) if event and event.id else None
            return event, listed, counts

        self.runner.run("switch", read, lambda answer: self._event_read(*answer))

    def _event_read(
        self, event: Event | None, events: list[Event], counts: GateSnapshot | None
    ) -> None:
        self.current_event = event
        if event and event.id:
            self.settings.set(CURRENT_EVENT, event.id)
        self.events = events
        self._fill_switcher()
        self._show_header()
        for place in self.places:
            place.view.set_event(event)
        if counts is None:
            self.count_label.setText(self.tr("Belum ada acara"))
        else:
            self._show_snapshot(counts)
        if self._opening:
            self._opening = False
            if not self.kiosk.locked:
                self.navigation.setCurrentRow(0 if event is None else 1)
        self.event_changed.emit(event)

    def poll(self) -> None:
        """Keep the gate's cache fresh or send its outbox, then read the counts: off-thread."""
        if self._polling:
            return
        self._polling = True
        event_id = self.current_event.id if self.current_event else None
        link = self.services.link

        def work() -> GateSnapshot | LinkStatus:
            status = link.sync(event_id)
            return link.snapshot(event_id, recent=0) if event_id else status

        self.runner.run("poll", work, self._polled, self._poll_failed)

    def _polled(self, answer: GateSnapshot | LinkStatus) -> None:
        self._polling = False
        if isinstance(answer, GateSnapshot):
            if self.current_event and self.current_event.id == answer.event_id:
                self._show_snapshot(answer)
        else:
            self.show_link(answer)

    def _poll_failed(self, message: object) -> None:
        self._polling = False
        self.statusBar().showMessage(str(message), COUNT_REFRESH_MS * 3)

    def _show_snapshot(self, snapshot: GateSnapshot) -> None:
        counts = snapshot.counts
        self.count_label.setText(
            self.tr("Hadir {present} / {expected}").format(
                present=number(counts.present), expected=number(counts.expected)
            )
        )
        self.show_link(snapshot.status)

    def show_link(self, status: LinkStatus) -> None:
        """On a shared server: connected, or offline with how many records wait to be sent.
        A database file gone or damaged is shown in red on every station."""
        self.link_label.setVisible(status.shared or bool(status.trouble))
        self.link_label.setProperty("offline", not status.online or bool(status.trouble))
        self.link_label.setText(
            self.tr("BASIS DATA HILANG/RUSAK — pemindaian dihentikan")
            if status.trouble
            else self.tr("Server terhubung")
            if status.online
            else self.tr("OFFLINE, {n} menunggu").format(n=number(status.waiting))
        )
        self.link_label.setToolTip(refusal_text(status.trouble))
        self.link_label.style().unpolish(self.link_label)
        self.link_label.style().polish(self.link_label)
        self.link_label.setMinimumWidth(self.link_label.sizeHint().width())
        self.clock_label.setText(status_note(status.clock))
        self.clock_label.setVisible(bool(self.clock_label.text()))

    def _event_saved(self, event_id: int) -> None:
        """The current event is read again (it changed); another one only joins the list."""
        if self.current_event is None or self.current_event.id == event_id:
            self.switch_event(event_id)
        else:
            self.reload_events()

    def reload_events(self) -> None:
        """Read the list of events again (off the UI thread) for the switcher."""
        self.runner.run("events", self.services.events.list_events, self._events_read)

    def _events_read(self, events: list[Event]) -> None:
        self.events = events
        self._fill_switcher()

    def _fill_switcher(self) -> None:
        self.event_switcher.blockSignals(True)
        self.event_switcher.clear()
        for event in self.events:
            self.event_switcher.addItem(f"{event.title} ({day_and_date(event.day)})", event.id)
        if self.current_event:
            self.event_switcher.setCurrentIndex(self.event_switcher.findData(self.current_event.id))
        self.event_switcher.blockSignals(False)

    def _switcher_activated(self, index: int) -> None:
        event_id = self.event_switcher.itemData(index)
        if event_id == (self.current_event.id if self.current_event else None):
            return
        if self.kiosk.allow(self.tr("Mengganti acara")):
            self.switch_event(event_id)
        else:
            self._fill_switcher()

    def _show_header(self) -> None:
        event = self.current_event
        if event is None:
            self.title_label.setText(self.tr("Belum ada acara"))
            self.subtitle_label.setText(self.tr("Buat acara baru di Acara."))
            self.logo.clear()
            return
        self.title_label.setText(event.title)
        self.subtitle_label.setText(
            f"{day_and_date(event.day)} · {clock_time(event.start_time)} · {event.venue}"
        )
        pixmap = QPixmap()
        if event.logo:
            pixmap.loadFromData(event.logo)
        self.logo.setPixmap(
            pixmap.scaled(
                64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            ) if not pixmap.isNull() else QPixmap()
        )  # fmt: skip
