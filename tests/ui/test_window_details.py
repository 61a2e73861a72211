"""Small things a user meets at once: titles, arrows, the header's event box."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QTimeEdit, QWidget

from app import APP_NAME
from app.bootstrap import style_sheet

ROOT = Path(__file__).resolve().parents[2]


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


def test_the_bundled_font_is_the_ui_font_before_any_window_is_built(tmp_path):
    # A fresh process, as a user starts Netra: nothing else has loaded the fonts yet.
    probe = (
        "from PySide6.QtGui import QFontDatabase\n"
        "from app.bootstrap import create_application\n"
        "app = create_application([])\n"
        "print(app.font().family(), 'Noto Sans' in QFontDatabase.families())\n"
    )
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=environment,
        cwd=ROOT, timeout=60, check=True,
    )  # fmt: skip
    assert shown.stdout.strip() == "Noto Sans True"


def test_the_smoke_run_opens_the_window_saves_the_screen_and_exits_0(db_path, tmp_path):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    netra = [sys.executable, "-m", "app", "--db", str(db_path)]
    subprocess.run([*netra, "demo", "--people", "20"], env=environment, cwd=ROOT, check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    screenshot = tmp_path / "jendela.png"
    run = subprocess.run([*netra, "--smoke-screenshot", str(screenshot)], env=environment,
                         cwd=ROOT, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert QImage(str(screenshot)).width() > 0
