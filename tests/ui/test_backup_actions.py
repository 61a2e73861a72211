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


def test_restoring_a_file_that_is_no_backup_is_refused_in_english(
    qtbot, demo, monkeypatch, tmp_path
):
    from app.bootstrap import open_settings
    from app.core.locale_format import Language
    from app.ui.i18n import install_language
    from app.ui.main_window import MainWindow
    from app.ui.workers.task_runner import InlinePool

    planted = tmp_path / "cadangan.sqlite3"
    planted.write_text("NIP;Nama\n", encoding="utf-8")  # renamed to look like a backup
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(planted), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    assert install_language(Language.ENGLISH)
    try:
        window = MainWindow(demo, open_settings(), InlinePool())
        qtbot.addWidget(window)
        assert window.backups.restore() is False
    finally:
        install_language(Language.INDONESIAN)
    assert warned == ["cadangan.sqlite3 is not a Netra backup file (not an SQLite database)"]
