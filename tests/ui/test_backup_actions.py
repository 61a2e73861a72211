"""The end-of-day reminder and the backup menu, clicked through as a user would."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox


def _answer_reminder(button_text):
    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        assert "belum dicadangkan" in box.text()
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)


def test_closing_with_unsaved_changes_offers_a_backup_and_makes_it(window, monkeypatch, tmp_path):
    target = tmp_path / "akhir-hari.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _answer_reminder("Cadangkan")
    window.quit_action.trigger()
    assert not window.isVisible()
    assert target.exists()
    assert window.services.safety.changes_since_last_backup() == 0


def test_cancel_in_the_reminder_keeps_the_window_open(window):
    _answer_reminder("Batal")
    assert window.quit_after_reminder() is False
    assert window.isVisible()


def test_no_reminder_right_after_a_backup(window, tmp_path):
    window.services.safety.backup(tmp_path / "pagi.sqlite3")
    assert window.quit_after_reminder()  # a reminder would block here: no modal answered
