"""Small things a user meets at once: titles, arrows, the header's event box."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTimeEdit, QWidget

from app import APP_NAME
from app.bootstrap import style_sheet


def test_no_window_title_repeats_the_app_name_qt_appends_anyway(window):
    ikrar = window.place("ikrar").view
    titles = [w.windowTitle() for w in (window, ikrar.audience_window, ikrar.leader_window)]
    assert all(not title.startswith(f"{APP_NAME} —") for title in titles), titles


def test_time_fields_show_their_up_and_down_arrows(qtbot):
    holder = QWidget()
    holder.setStyleSheet(style_sheet())
    field = QTimeEdit(QTime(7, 30), holder)
    field.resize(140, 34)
    qtbot.addWidget(holder)
    holder.show()
    QApplication.processEvents()
    image = field.grab().toImage()
    arrow = QColor("#31404d")

    def dark_pixels(top: int, bottom: int) -> int:
        return sum(
            1
            for x in range(image.width() - 22, image.width())
            for y in range(top, bottom)
            if QColor(image.pixel(x, y)).lightness() <= arrow.lightness() + 20
        )

    middle = image.height() // 2
    assert dark_pixels(0, middle) > 5  # the up arrow
    assert dark_pixels(middle, image.height()) > 5  # the down arrow


def test_the_header_event_box_does_not_repeat_the_title(window):
    switcher = window.event_switcher
    assert window.title_label.text() == window.current_event.title
    assert switcher.sizeHint().width() < 250
    assert switcher.caption() == "Ganti acara…"
    assert switcher.count() >= 1 and window.current_event.title in switcher.itemText(0)
