"""The audience and leader windows, and keeping them on their screen as screens come and go.

A projector cable pulled mid-ceremony removes a ``QScreen``: the window hides and
waits instead of landing full screen over the operator's console, and returns when
a screen of that name (or any other external screen) is plugged in again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.ikrar_stage import IkrarStage
from app.ui.widgets.slide_canvas import Picture, SlideCanvas

PREVIEW_SIZE = QSize(960, 540)


def screen_named(name: str) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if s.name() == name), None)


def screen_label(screen: QScreen) -> str:
    size = screen.geometry().size()
    primary = " (laptop)" if screen is QGuiApplication.primaryScreen() else ""
    return f"{screen.name()}{primary} — {size.width()}×{size.height()}"


class StageWindow(QWidget):
    """A top-level window showing one picture of the stage; it takes the clicker's keys too."""

    closed = Signal()

    def __init__(self, stage: IkrarStage, picture: Picture, title: str, owner: QWidget) -> None:
        # Owned by the console: it closes with the main window and never keeps Netra running.
        super().__init__(owner, Qt.WindowType.Window)
        self.stage = stage
        self.setWindowTitle(title)
        self.canvas = SlideCanvas(stage, picture)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.resize(PREVIEW_SIZE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.stage.handle_key(event.key()):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


class ScreenPlacement(QObject):
    """Where a stage window should be, and putting it back there after screens change."""

    status_changed = Signal(str)

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.wanted: str | None = None  # a screen name; None means a movable preview window
        self.shown = False
        self.waiting = False
        application = QGuiApplication.instance()
        assert isinstance(application, QGuiApplication)
        application.screenAdded.connect(self.screen_added)
        application.screenRemoved.connect(self.screen_removed)

    def show_on(self, screen_name: str | None) -> None:
        self.wanted = screen_name
        self.shown = True
        self._place()

    def hide(self) -> None:
        self.shown = False
        self.waiting = False
        self.window.hide()
        self.status_changed.emit(self.tr("Tidak ditayangkan"))

    def _place(self) -> None:
        if self.wanted is None:
            self.waiting = False
            self._show_in_window()
            return
        screen = screen_named(self.wanted)
        if screen is None:
            self._wait()
        else:
            self._show_full_screen(screen)

    def _show_in_window(self) -> None:
        self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.window.showNormal()
        self.window.raise_()
        self.status_changed.emit(self.tr("Tampil di jendela pratinjau"))

    def _show_full_screen(self, screen: QScreen) -> None:
        self.waiting = False
        self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.window.setScreen(screen)
        self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()
        self.status_changed.emit(self.tr("Tampil layar penuh di {name}").format(name=screen.name()))

    def _wait(self) -> None:
        self.waiting = True
        self.window.hide()
        self.status_changed.emit(
            self.tr("Layar {name} terlepas; tampilan kembali otomatis saat layar tersambung lagi")
            .format(name=self.wanted)
        )  # fmt: skip

    def screen_removed(self, screen: QScreen) -> None:
        """Hide before Qt moves the window onto the laptop screen, and wait."""
        if self.shown and self.wanted is not None and screen.name() == self.wanted:
            self._wait()

    def screen_added(self, screen: QScreen) -> None:
        """Return to the screen that came back, or to any external screen plugged in."""
        if not (self.shown and self.waiting):
            return
        if screen.name() == self.wanted or screen is not QGuiApplication.primaryScreen():
            self.wanted = screen.name()
            self._show_full_screen(screen)
