"""Which moment the gate is recording (kedatangan, pulang, ...), in large type, and the
choice of it: by the clock (the moment whose window holds now) or by hand, kept until the
operator goes back to automatic. Hidden for an event with one moment."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QWidget

from app.core.events import Event, moments_of
from app.core.moments import Moment, by_number, moment_at
from app.ui.i18n import clock_time

MOMENT_STYLE = """
QFrame#momentBar { background: #0d47a1; border-radius: 8px; }
QLabel#momentName { color: #ffffff; font-size: 24pt; font-weight: 700; }
QLabel#momentHow { color: #e3f2fd; font-size: 11pt; }
QLabel#momentCaption { color: #e3f2fd; font-size: 11pt; }
QComboBox#momentChoice { font-size: 12pt; padding: 4px 8px; min-width: 220px; }
"""
AUTOMATIC = None


class MomentBar(QFrame):
    choice_changed = Signal(object)  # the chosen moment's number, or None for automatic

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now  # the services' clock: tests and the gate agree on the time
        self.setObjectName("momentBar")
        self.setStyleSheet(MOMENT_STYLE)
        self._moments: list[Moment] = []
        self._event: Event | None = None
        self.shown: Moment | None = None
        caption = QLabel(self.tr("Mencatat sesi"))
        caption.setObjectName("momentCaption")
        self.name = QLabel()
        self.name.setObjectName("momentName")
        self.how = QLabel()
        self.how.setObjectName("momentHow")
        self.choice = QComboBox()
        self.choice.setObjectName("momentChoice")
        self.choice.activated.connect(self._chosen)
        self.how.setWordWrap(True)
        layout = QHBoxLayout(self)  # one row: the gate keeps its height for the results
        layout.setContentsMargins(16, 2, 12, 2)
        layout.setSpacing(14)
        layout.addWidget(caption)
        layout.addWidget(self.name)
        layout.addWidget(self.how, 1)
        layout.addWidget(self.choice)
        self.hide()

    @property
    def chosen(self) -> int | None:
        """The moment number chosen by hand; None while the clock decides."""
        return self.choice.currentData()

    def set_event(self, event: Event | None) -> None:
        """Another event starts on automatic; the same one read again (it was edited)
        keeps a hand choice whose moment still exists. One moment needs no bar."""
        same = event is not None and self._event is not None and event.id == self._event.id
        kept = self.chosen if same else AUTOMATIC
        self._event = event
        self._moments = moments_of(event) if event is not None else []
        self.choice.clear()
        self.choice.addItem(self.tr("Otomatis (menurut jam)"), AUTOMATIC)
        for moment in self._moments:
            window = f"{clock_time(moment.opens_at)}–{clock_time(moment.closes_at)}"
            self.choice.addItem(f"{moment.name} ({window})", moment.number)
        self.choice.setCurrentIndex(max(self.choice.findData(kept), 0))
        self.setVisible(len(self._moments) > 1)
        self.tick()

    def tick(self) -> None:
        """Follow the clock (called every second); a hand choice stays as it is."""
        if self._event is None or not self._moments:
            self.shown = None
            return
        chosen = self.chosen
        moment = by_number(self._moments, chosen) if chosen is not None else None
        automatic = moment is None
        if moment is None:
            moment = moment_at(self._moments, self._now(), self._event.day)
        self.shown = moment
        self.name.setText(moment.name.upper())
        late = clock_time(moment.late_after)
        if automatic:
            how = self.tr("otomatis menurut jam · terlambat setelah {late}")
        else:
            how = self.tr("dipilih manual · terlambat setelah {late}")
        self.how.setText(how.format(late=late))

    def _chosen(self, _index: int) -> None:
        self.tick()
        self.choice_changed.emit(self.chosen)
