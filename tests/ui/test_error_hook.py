"""An unexpected error in the GUI: a short Indonesian message, the traceback in the log."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.app_log import start_logging
from app.ui import error_hook


def test_unexpected_error_shows_a_short_message_and_logs_the_traceback(
    qtbot, isolated_data_dir, monkeypatch
):
    log_file = start_logging(isolated_data_dir)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_hook.install(log_file)
    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    try:
        raise ZeroDivisionError("pembagian dengan nol di tempat yang tak terduga")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    [message] = seen
    assert message.startswith("Terjadi kesalahan yang tidak terduga.")
    assert "Traceback" not in message and "ZeroDivisionError" not in message
    assert str(log_file) in message
    for handler in logging.getLogger("netra").handlers[:]:
        logging.getLogger("netra").removeHandler(handler)
        handler.close()
    logged = log_file.read_text("utf-8")
    assert "Traceback (most recent call last)" in logged and "ZeroDivisionError" in logged
