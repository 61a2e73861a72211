"""The one source of truth for what the audience sees, shared by console and screens.

Every window draws from ``IkrarStage.state``; a step replaces the state and emits
``changed`` once, and each canvas schedules its repaint for the next frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap

from app.core.events import Event
from app.core.pledge import PledgeScript
from app.core.slide_compose import Composition, compose_leader
from app.core.stage import ReadingMode, Screen, StageState
from app.core.theme import Theme
from app.services.container import Services
from app.services.station_link import GateSnapshot
from app.ui.slide_rendering import cached_composition, text_measure
from app.ui.workers.task_runner import Pool, TaskRunner

PRESENT_POLL_MS = 1_000  # the welcome slide follows every station within 2 s
DEFAULT_NOTICE = "Peserta harap merapat ke barisan"

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
NEXT_KEYS |= {Qt.Key.Key_Return, Qt.Key.Key_Enter}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
# Clickers send B or "." for their black-screen button.
BLACK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}


class IkrarStage(QObject):
    changed = Signal()
    event_read = Signal()  # the event's scripts, script and theme are in

    def __init__(
        self, services: Services, parent: QObject | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.known_scripts: list[PledgeScript] = []
        self.current_event: Event | None = None
        self.state: StageState | None = None
        self.theme = Theme()
        self.logo = QPixmap()
        self.background = QPixmap()
        self.present_timer = QTimer(self)
        self.present_timer.setInterval(PRESENT_POLL_MS)
        self.present_timer.timeout.connect(self.refresh_present)
        self.runner = TaskRunner(services.store, self, pool)
        self._reading = False

    def set_event(self, event: Event | None) -> None:
        self.current_event = event
        self.present_timer.stop()
        if event is None or event.id is None:
            self.state = None
            self.known_scripts = []
            self.changed.emit()
            self.event_read.emit()
            return
        # Read off the UI thread: a slow or lost server never freezes the projector.
        ikrar, event_id = self.services.ikrar, event.id

        def read() -> tuple[list[PledgeScript], PledgeScript, str, Theme]:
            scripts = ikrar.scripts(event)
            return (
                scripts,
                ikrar.default_script(event),
                ikrar.organisation_name(event),
                (ikrar.theme(event_id)),
            )

        self.runner.run("event", read, lambda answer: self._event_read(event, *answer))

    def _event_read(
        self, event: Event, scripts: list[PledgeScript], script: PledgeScript,
        organisation: str, theme: Theme,
    ) -> None:  # fmt: skip
        self.known_scripts = scripts
        self.logo = QPixmap()
        if event.logo:
            self.logo.loadFromData(event.logo)
        self.state = StageState(
            script=script,
            event_title=event.title,
            organisation=organisation,
            notice=self.state.notice if self.state else DEFAULT_NOTICE,
        )
        self.set_theme(theme)
        self._reading = False
        self.refresh_present()
        self.present_timer.start()
        self.event_read.emit()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.background = QPixmap()
        if theme.background_image:
            self.background.loadFromData(theme.background_image)
        self.changed.emit()

    def reread(self, then: Callable[[], None]) -> None:
        """The scripts and theme again (off the UI thread), after one was duplicated or edited
        here; ``then`` runs once they are in."""
        event = self.current_event
        if event is None or event.id is None:
            return
        ikrar, event_id = self.services.ikrar, event.id

        def read() -> tuple[list[PledgeScript], Theme]:
            return ikrar.scripts(event), ikrar.theme(event_id)

        self.runner.run(
            "reread", read, lambda answer: self._reread(event, answer, then),
            lambda _message: self.event_read.emit(),  # the console shows what it had
        )  # fmt: skip

    def _reread(
        self, event: Event, answer: tuple[list[PledgeScript], Theme], then: Callable[[], None]
    ) -> None:
        if event is not self.current_event:
            return  # another event was chosen meanwhile
        self.known_scripts, theme = answer
        if theme != self.theme:
            self.set_theme(theme)
        then()

    def _update(self, state: StageState) -> None:
        if state != self.state:
            self.state = state
            self.changed.emit()

    def set_script(self, script: PledgeScript) -> None:
        if self.state:
            self._update(self.state.with_script(script))

    def set_mode(self, mode: ReadingMode) -> None:
        if self.state:
            self._update(replace(self.state, mode=mode))

    def step(self, delta: int) -> None:
        if self.state:
            self._update(self.state.step(delta))

    def go_to(self, index: int) -> None:
        if self.state:
            self._update(self.state.go_to(index))

    def toggle_screen(self, screen: Screen) -> None:
        if self.state:
            self._update(self.state.toggle_screen(screen))

    def show_slide(self) -> None:
        if self.state:
            self._update(replace(self.state, screen=Screen.SLIDE))

    def set_notice(self, text: str) -> None:
        if self.state:
            self._update(replace(self.state, notice=text))

    def toggle_notice(self) -> None:
        if self.state:
            self._update(replace(self.state, notice_shown=not self.state.notice_shown))

    def refresh_present(self) -> None:
        """Cheap COUNT queries each second, off the UI thread: the welcome slide follows the
        gates (from the station's cache while the server is lost)."""
        if self.state is None or self.current_event is None or self.current_event.id is None:
            return
        if self._reading:
            return
        self._reading = True
        event_id = self.current_event.id
        link = self.services.link
        self.runner.run(
            "present", lambda: link.snapshot(event_id, recent=0), self._present_read,
            self._present_failed,
        )  # fmt: skip

    def _present_read(self, snapshot: GateSnapshot) -> None:
        self._reading = False
        event = self.current_event
        if self.state is not None and event is not None and event.id == snapshot.event_id:
            self._update(replace(self.state, present=snapshot.counts.present))

    def _present_failed(self, _message: object) -> None:
        self._reading = False

    def handle_key(self, key: int) -> bool:
        """The console's and the clicker's keys; True when the key meant something here."""
        actions = {
            Qt.Key.Key_L: lambda: self.toggle_screen(Screen.LOGO),
            Qt.Key.Key_Escape: self.show_slide,
            Qt.Key.Key_N: self.toggle_notice,
            Qt.Key.Key_Home: lambda: self.go_to(0),
            Qt.Key.Key_End: lambda: self.go_to(len(self.state.deck) - 1 if self.state else 0),
        }
        actions |= {k: lambda: self.step(1) for k in NEXT_KEYS}
        actions |= {k: lambda: self.step(-1) for k in PREVIOUS_KEYS}
        actions |= {k: lambda: self.toggle_screen(Screen.BLACK) for k in BLACK_KEYS}
        action = actions.get(Qt.Key(key))
        if action is None or self.state is None:
            return False
        action()
        return True

    def audience(self, size: tuple[int, int]) -> Composition | None:
        if self.state is None:
            return None
        return cached_composition(self.state, self.state.current, size, self.theme.font)

    def upcoming(self, size: tuple[int, int]) -> Composition | None:
        """The next slide as it will appear once stepped to (a cover would be lifted)."""
        if self.state is None or self.state.upcoming is None:
            return None
        shown = replace(self.state, screen=Screen.SLIDE)
        return cached_composition(shown, self.state.upcoming, size, self.theme.font)

    def leader(self, size: tuple[int, int]) -> Composition | None:
        if self.state is None:
            return None
        return compose_leader(self.state, size, text_measure(self.theme.font))
