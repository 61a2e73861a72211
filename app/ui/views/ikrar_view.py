"""Ikrar: the operator's console for the pledge on the projector, read point by point.

The console shows the current and the next slide exactly as the audience sees them,
a clock, and the controls; the audience and leader windows draw from the same stage.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event
from app.core.stage import ReadingMode, Screen, Slide, SlideKind, StageState
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.ikrar_service import ScriptSaved
from app.ui.dialogs.script_editor import ScriptEditor
from app.ui.dialogs.theme_dialog import ThemeDialog
from app.ui.i18n import clock_time
from app.ui.ikrar_stage import IkrarStage
from app.ui.stage_windows import ScreenPlacement, StageWindow, screen_label, screen_named
from app.ui.views.place_view import PlaceDefaults
from app.ui.widgets.slide_canvas import Picture, SlideCanvas
from app.ui.workers.task_runner import Pool

DEFAULT_SCREEN = (1920, 1080)


def _button(text: str, action: Callable[[], None], checkable: bool = False) -> QPushButton:
    """Buttons never take keyboard focus: the arrows and the clicker belong to the slides."""
    button = QPushButton(text)
    button.setCheckable(checkable)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(action)
    return button


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return combo


class IkrarView(PlaceDefaults, QWidget):
    def __init__(
        self, services: Services, parent: QWidget | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.pool = pool  # the dialogs' saves and the copy of a script run in it
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stage = IkrarStage(services, self, pool)
        self.runner = self.stage.runner
        self.audience_window = StageWindow(
            self.stage, Picture.AUDIENCE, self.tr("Layar peserta"), self
        )
        self.audience_window.setCursor(Qt.CursorShape.BlankCursor)
        self.leader_window = StageWindow(
            self.stage, Picture.LEADER, self.tr("Layar pemimpin"), self
        )
        self.audience_placement = ScreenPlacement(self.audience_window, self)
        self.leader_placement = ScreenPlacement(self.leader_window, self)

        self.script_choice = _combo()
        self.script_choice.activated.connect(self._script_chosen)
        self.mode_choice = _combo()
        self.mode_choice.addItem(self.tr("Satu butir per slide"), ReadingMode.ONE_BY_ONE)
        self.mode_choice.addItem(self.tr("Seluruh ikrar, butir disorot"), ReadingMode.WHOLE)
        self.mode_choice.activated.connect(
            lambda i: self.stage.set_mode(ReadingMode(self.mode_choice.itemData(i)))
        )
        self.duplicate_button = _button(self.tr("Duplikat"), self.duplicate_script)
        self.edit_button = _button(self.tr("Ubah naskah"), self.edit_script)
        self.theme_button = _button(self.tr("Tema"), self.edit_theme)
        self.audience_screen = _combo()
        self.leader_screen = _combo()
        self.audience_button = _button(self.tr("Tayangkan"), self._toggle_audience, True)
        self.leader_button = _button(self.tr("Layar pemimpin"), self._toggle_leader, True)
        self.audience_screen.activated.connect(lambda _: self._replace(self.audience_button))
        self.leader_screen.activated.connect(lambda _: self._replace(self.leader_button))
        self.audience_status = QLabel()
        self.audience_status.setObjectName("formMessage")
        self.audience_placement.status_changed.connect(self.audience_status.setText)
        self.audience_window.closed.connect(lambda: self._window_closed(self.audience_button))
        self.leader_window.closed.connect(lambda: self._window_closed(self.leader_button))

        self.current_canvas = SlideCanvas(self.stage, Picture.AUDIENCE, self.screen_size)
        self.next_canvas = SlideCanvas(self.stage, Picture.UPCOMING, self.screen_size)
        self.clock = QLabel()
        self.clock.setObjectName("ikrarClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover_label = QLabel()
        self.cover_label.setObjectName("ikrarCover")
        self.cover_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slide_list = QListWidget()
        self.slide_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slide_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.slide_list.itemClicked.connect(
            lambda _: self.stage.go_to(self.slide_list.currentRow())
        )
        self.notice_text = QLineEdit()
        self.notice_text.returnPressed.connect(self.setFocus)
        self.notice_text.textEdited.connect(self.stage.set_notice)
        self.notice_button = _button(self.tr("Pengumuman (N)"), self.stage.toggle_notice, True)
        self.black_button = _button(
            self.tr("Hitam (B)"), lambda: self.stage.toggle_screen(Screen.BLACK), True
        )
        self.logo_button = _button(
            self.tr("Logo (L)"), lambda: self.stage.toggle_screen(Screen.LOGO), True
        )
        self._build_layout()
        self.stage.changed.connect(self._show_state)
        self.stage.event_read.connect(self._event_read)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1_000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        application = QGuiApplication.instance()
        assert isinstance(application, QGuiApplication)
        application.screenAdded.connect(lambda _: self.fill_screens())
        application.screenRemoved.connect(lambda _: QTimer.singleShot(0, self.fill_screens))
        self.fill_screens()
        self._tick()

    def _build_layout(self) -> None:
        widget: QWidget
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Naskah")), self.script_choice):
            top.addWidget(widget)
        top.setStretchFactor(self.script_choice, 1)
        for widget in (
            self.duplicate_button,
            self.edit_button,
            self.mode_choice,
            self.theme_button,
        ):
            top.addWidget(widget)
        screens = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Proyektor")), self.audience_screen, self.audience_button,
            self.audience_status, QLabel(self.tr("Pemimpin")), self.leader_screen,
            self.leader_button,
        ):  # fmt: skip
            screens.addWidget(widget)
        screens.setStretchFactor(self.audience_status, 1)
        side = QVBoxLayout()
        side.addWidget(self.clock)
        side.addWidget(self.cover_label)
        side.addWidget(QLabel(self.tr("Berikutnya")))
        side.addWidget(self.next_canvas, 2)
        side.addWidget(self.slide_list, 3)
        previews = QGridLayout()
        previews.addWidget(QLabel(self.tr("Sekarang di layar")), 0, 0)
        previews.addWidget(self.current_canvas, 1, 0)
        previews.addLayout(side, 0, 1, 2, 1)
        previews.setColumnStretch(0, 3)
        previews.setColumnStretch(1, 1)
        previews.setRowStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Pengumuman")))
        for widget in (self.notice_text, self.notice_button, self.black_button, self.logo_button):
            bottom.addWidget(widget)
        keys = QLabel(
            self.tr(
                "→ ↓ PgDn Spasi: maju · ← ↑ PgUp: mundur · B: layar hitam · L: logo saja · "
                "Esc: kembali tampil · N: pengumuman"
            )
        )
        keys.setObjectName("formMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(screens)
        layout.addLayout(previews, 1)
        layout.addLayout(bottom)
        layout.addWidget(keys)

    def set_event(self, event: Event | None) -> None:
        self.stage.set_event(event)  # read off the UI thread; then ``_event_read``

    def _event_read(self) -> None:
        self.fill_scripts()
        if self.stage.state:
            self.notice_text.setText(self.stage.state.notice)

    def fill_scripts(self, select: str | None = None) -> None:
        self.script_choice.clear()
        for script in self.stage.known_scripts:
            suffix = self.tr(" (disunting)") if script.id is not None else self.tr(" (bawaan)")
            self.script_choice.addItem(script.title + suffix, script.ref)
        wanted = select or (self.stage.state.script.ref if self.stage.state else None)
        self.script_choice.setCurrentIndex(max(self.script_choice.findData(wanted), 0))
        self.edit_button.setEnabled(bool(self.stage.state and self.stage.state.script.id))
        self.duplicate_button.setEnabled(self.stage.state is not None)

    def _script_chosen(self, index: int) -> None:
        ref = self.script_choice.itemData(index)
        chosen = next((s for s in self.stage.known_scripts if s.ref == ref), None)
        if chosen:
            self.stage.set_script(chosen)
        self.edit_button.setEnabled(bool(chosen and chosen.id is not None))

    def duplicate_script(self) -> None:
        """Copy the script off the UI thread, then open the copy in the editor."""
        if self.stage.state and self.stage.current_event:
            ikrar, event, script = (
                self.services.ikrar,
                self.stage.current_event,
                self.stage.state.script,
            )
            self.duplicate_button.setEnabled(False)
            self.runner.run(
                "duplicate", lambda: ikrar.duplicate(event, script), self._duplicated,
                lambda _message: self.duplicate_button.setEnabled(True),
            )  # fmt: skip

    def _duplicated(self, result: ScriptSaved | Invalid) -> None:
        self.duplicate_button.setEnabled(True)
        if isinstance(result, ScriptSaved):
            self._reload_script(f"naskah:{result.script_id}", then=self.edit_script)

    def edit_script(self) -> None:
        if self.stage.state and self.stage.state.script.id is not None:
            editor = ScriptEditor(self.services.ikrar, self.stage.state.script, self, self.pool)
            if editor.exec():
                self._reload_script(self.stage.state.script.ref)
        self.setFocus()

    def _reload_script(self, ref: str, then: Callable[[], None] | None = None) -> None:
        """Show script ``ref`` once the scripts are read again (off the UI thread)."""

        def show() -> None:
            chosen = next((s for s in self.stage.known_scripts if s.ref == ref), None)
            if chosen:
                self.stage.set_script(chosen)
            self.fill_scripts(ref)
            if then is not None:
                then()

        self.edit_button.setEnabled(False)
        self.stage.reread(show)

    def edit_theme(self) -> None:
        if self.stage.current_event and self.stage.current_event.id:
            dialog = ThemeDialog(
                self.services.ikrar, self.stage.current_event.id, self.stage.theme, self, self.pool
            )
            if dialog.exec():
                self.stage.reread(lambda: None)  # the theme as saved
        self.setFocus()

    def screen_size(self) -> tuple[int, int]:
        """The audience screen's size, for previews laid out exactly as it will be shown."""
        window = self.audience_window
        if window.isVisible():
            return window.canvas.width(), window.canvas.height()
        name = self.audience_screen.currentData()
        screen = screen_named(name) if name is not None else None
        if screen is not None:
            return screen.geometry().width(), screen.geometry().height()
        return DEFAULT_SCREEN

    def fill_screens(self) -> None:
        """The screen lists follow the screens being plugged in and out."""
        for combo in (self.audience_screen, self.leader_screen):
            kept = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Jendela pratinjau"), None)
            for screen in QGuiApplication.screens():
                combo.addItem(screen_label(screen), screen.name())
            external = [
                s for s in QGuiApplication.screens() if s is not QGuiApplication.primaryScreen()
            ]
            index = combo.findData(kept) if kept else -1
            if index < 0 and combo is self.audience_screen and external:
                index = combo.findData(external[0].name())
            combo.setCurrentIndex(max(index, 0))

    def _placement(self, button: QPushButton) -> tuple[ScreenPlacement, QComboBox]:
        if button is self.audience_button:
            return self.audience_placement, self.audience_screen
        return self.leader_placement, self.leader_screen

    def _toggle_audience(self) -> None:
        self._toggle(self.audience_button)

    def _toggle_leader(self) -> None:
        self._toggle(self.leader_button)

    def _toggle(self, button: QPushButton) -> None:
        placement, combo = self._placement(button)
        if button.isChecked():
            placement.show_on(combo.currentData())
        else:
            placement.hide()
        self.activateWindow()
        self.setFocus()

    def _replace(self, button: QPushButton) -> None:
        if button.isChecked():
            self._toggle(button)

    def _window_closed(self, button: QPushButton) -> None:
        button.setChecked(False)
        self._placement(button)[0].hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.stage.handle_key(event.key()):
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()

    def _tick(self) -> None:
        self.clock.setText(clock_time(self.services.clock.now().time()))

    def _show_state(self) -> None:
        state = self.stage.state
        self.slide_list.clear()
        if state is None:
            self.cover_label.setText(self.tr("Belum ada acara"))
            return
        for slide in state.deck:
            self.slide_list.addItem(self.slide_caption(state, slide))
        self.slide_list.setCurrentRow(state.index)
        covers = {
            Screen.SLIDE: self.tr("Tampil"),
            Screen.BLACK: self.tr("LAYAR HITAM"),
            Screen.LOGO: self.tr("LOGO SAJA"),
        }
        self.cover_label.setText(covers[state.screen])
        self.black_button.setChecked(state.screen is Screen.BLACK)
        self.logo_button.setChecked(state.screen is Screen.LOGO)
        self.notice_button.setChecked(state.notice_shown)

    def slide_caption(self, state: StageState, slide: Slide) -> str:
        """A short name for the console's slide list."""
        if slide.kind is SlideKind.WELCOME:
            return self.tr("Selamat datang (jumlah hadir)")
        if slide.kind is SlideKind.OPENING:
            return self.tr("Pembuka: {title}").format(title=state.script.title)
        if slide.kind is SlideKind.CLOSING:
            return self.tr("Penutup")
        assert slide.point is not None
        return self.tr("Butir {number}: {text}").format(
            number=slide.point + 1, text=state.script.points[slide.point]
        )
