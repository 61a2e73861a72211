"""The signature pad: a pen tablet with pressure, a touchscreen or a mouse writes ink strokes.

Every point is kept as data (x, y, pressure, milliseconds); the ink on screen is drawn
from those points exactly as the signed PDF will draw them. A pen or a finger that Qt
also reports as a mouse is taken once: accepted tablet and touch events stop Qt from
synthesising mouse events, and synthesised ones are ignored anyway.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QInputEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.ink import DEFAULT_PRESSURE, InkPoint, Stroke, point
from app.ui.widgets.ink_canvas import ink_paths, paint_ink

MIN_POINT_DISTANCE = 2.0  # pad pixels; closer samples add nothing but noise


class SignaturePad(QWidget):
    ink_changed = Signal()  # after every point, stroke, undo or clear

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(220)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._done: list[Stroke] = []
        self._done_paths: list[list[QPainterPath]] = []
        self._current: list[InkPoint] | None = None
        self._first_timestamp: int | None = None
        self._clock = QElapsedTimer()
        self.hint = self.tr("Tanda tangan di sini")

    # -- what was written ------------------------------------------------------------------

    def strokes(self) -> list[Stroke]:
        current = [tuple(self._current)] if self._current else []
        return [*self._done, *current]

    def has_ink(self) -> bool:
        return bool(self._done or self._current)

    def clear(self) -> None:
        self._done, self._done_paths, self._current = [], [], None
        self._first_timestamp = None
        self._changed()

    def undo_last_stroke(self) -> None:
        if self._done:
            self._done.pop()
            self._done_paths.pop()
            self._changed()

    # -- input -----------------------------------------------------------------------------

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        pressure = event.pressure()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), pressure, event)
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position(), pressure, event)
        elif kind == QEvent.Type.TabletRelease:
            self._finish()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):
            points = event.points()
            if event.type() == QEvent.Type.TouchEnd or not points:
                self._finish()
            else:
                touch = points[0]
                pressure = touch.pressure() if touch.pressure() > 0 else DEFAULT_PRESSURE
                if event.type() == QEvent.Type.TouchBegin or self._current is None:
                    self._begin(touch.position(), pressure, event)
                else:
                    self._extend(touch.position(), pressure, event)
            event.accept()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._from_mouse(event):
            self._begin(event.position(), DEFAULT_PRESSURE, event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current is not None and self._from_mouse(event):
            self._extend(event.position(), DEFAULT_PRESSURE, event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._from_mouse(event):
            self._finish()

    @staticmethod
    def _from_mouse(event: QMouseEvent) -> bool:
        return event.source() == Qt.MouseEventSource.MouseEventNotSynthesized

    def _time(self, event: QInputEvent) -> float:
        """Milliseconds since the signature's first point, from the event's own timestamp."""
        stamp = int(event.timestamp())
        if stamp:
            if self._first_timestamp is None:
                self._first_timestamp = stamp
            return float(stamp - self._first_timestamp)
        if not self._clock.isValid() or not self.has_ink():
            self._clock.start()
        return float(self._clock.elapsed())

    def _begin(self, at: QPointF, pressure: float, event: QInputEvent) -> None:
        self._finish()
        self._current = [point(at.x(), at.y(), pressure, self._time(event))]
        self._changed()

    def _extend(self, at: QPointF, pressure: float, event: QInputEvent) -> None:
        assert self._current is not None
        last = self._current[-1]
        if math.dist((last.x, last.y), (at.x(), at.y())) < MIN_POINT_DISTANCE:
            return
        self._current.append(point(at.x(), at.y(), pressure, self._time(event)))
        self._changed()

    def _finish(self) -> None:
        if self._current:
            stroke = tuple(self._current)
            self._done.append(stroke)
            self._done_paths.append(ink_paths(stroke))
            self._current = None
            self._changed()

    def _changed(self) -> None:
        self.update()
        self.ink_changed.emit()

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        baseline = self.height() - 48
        painter.setPen(QPen(QColor("#9aa5b1"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(40, baseline, self.width() - 40, baseline)
        painter.setPen(QColor("#9aa5b1"))
        painter.drawText(40, baseline + 22, "×  " + self.hint)
        painter.setPen(QPen(QColor("#b8c2cb"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        paths = [path for stroke_paths in self._done_paths for path in stroke_paths]
        if self._current:
            paths += ink_paths(tuple(self._current))
        paint_ink(painter, paths)
        painter.end()
