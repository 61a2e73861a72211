"""USB scanners that type: taking their keystrokes as one scan wherever the focus is.

A scanner in keyboard mode types a code as a burst of keys a few milliseconds apart,
usually followed by Enter or Tab (some send nothing). People type 80 ms or more apart.
So every printable key aimed at the watched window is held back briefly: a run of at
least ``MIN_SCAN_LENGTH`` keys each within ``MAX_GAP_MS`` of the last is a scan, ended by
Enter/Tab or by a pause; anything shorter was typed by a person and is handed on,
unchanged and in order, to the widget it was aimed at (a delay of ``MAX_GAP_MS``).
Because keys are caught at the application, a focus change mid-scan loses nothing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

MAX_GAP_MS = 45
MIN_SCAN_LENGTH = 8
MAX_SCAN_LENGTH = 1024
ENDING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass
class HeldKey:
    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at_ms: float


class KeyboardWedge(QObject):
    scanned = Signal(str, float)  # the code, perf_counter() when its first key arrived

    def __init__(self, window_of: QWidget) -> None:
        super().__init__(window_of)
        self.watched = window_of
        self.held: list[HeldKey] = []
        self._first_key_started = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._pause)
        self._installed = False

    def start(self) -> None:
        if not self._installed:
            application = QApplication.instance()
            assert application is not None
            application.installEventFilter(self)
            self._installed = True

    def stop(self) -> None:
        if self._installed:
            application = QApplication.instance()
            assert application is not None
            application.removeEventFilter(self)
            self._installed = False
        self._hand_back()

    def eventFilter(self, target: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(target, QWidget) or target.window() is not self.watched.window():
            return False
        assert isinstance(event, QKeyEvent)
        # The window system stamps keys when they are typed, so a busy moment of the UI
        # thread does not split a scan; synthetic events carry 0 and get the clock instead.
        now_ms = float(event.timestamp()) or time.monotonic() * 1000
        if event.key() in ENDING_KEYS and not event.modifiers() & COMMAND_MODIFIERS:
            if self._is_scan(now_ms):
                self._finish()
                return True
            self._hand_back()
            return False
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & COMMAND_MODIFIERS:
            self._hand_back()
            return False
        if self.held and now_ms - self.held[-1].at_ms > MAX_GAP_MS:
            self._pause()
        if not self.held:
            self._first_key_started = time.perf_counter()
        self.held.append(HeldKey(target, event.key(), event.modifiers(), text, now_ms))
        if len(self.held) > MAX_SCAN_LENGTH:
            self._hand_back()
        self._timer.start(MAX_GAP_MS)
        return True

    def _is_scan(self, now_ms: float) -> bool:
        return len(self.held) >= MIN_SCAN_LENGTH and now_ms - self.held[-1].at_ms <= MAX_GAP_MS * 2

    def _pause(self) -> None:
        """No key for a while: a long fast run was a scan without suffix, else typing."""
        self._timer.stop()
        if len(self.held) >= MIN_SCAN_LENGTH:
            self._finish()
        else:
            self._hand_back()

    def _finish(self) -> None:
        self._timer.stop()
        code = "".join(key.text for key in self.held)
        self.held.clear()
        self.scanned.emit(code, self._first_key_started)

    def _hand_back(self) -> None:
        """Deliver held keys, typed by a person, to the widgets they were aimed at."""
        self._timer.stop()
        held, self.held = self.held, []
        self._replaying = True
        try:
            for key in held:
                event = QKeyEvent(QEvent.Type.KeyPress, key.key, key.modifiers, key.text)
                QCoreApplication.sendEvent(key.target, event)
        finally:
            self._replaying = False
