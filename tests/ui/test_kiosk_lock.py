"""A gate station locked to the gate view, driven through its menu, list and dialogs."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.bootstrap import open_settings
from app.settings import GATE_LOCK, LANGUAGE
from app.store.models import AdminPin, AuditLog
from app.ui.dialogs.admin_pin_dialog import AdminPinDialog
from app.ui.main_window import MainWindow
from app.ui.workers.task_runner import InlinePool


class PinAnswers:
    """Answers the next admin PIN dialog: each PIN typed and confirmed, then cancel if open."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.messages: list[str] = []
        self.purpose = ""

    def expect(self, *pins: str, create: str | None = None) -> None:
        QTimer.singleShot(0, lambda: self._answer(pins, create))

    def _answer(self, pins: tuple[str, ...], create: str | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AdminPinDialog), dialog
        self.purpose = dialog.findChild(type(dialog.message), "dialogLead").text()
        if create is not None:
            assert dialog.fields.creating
            self.qtbot.keyClicks(dialog.new_pin, create)
            self.qtbot.keyClicks(dialog.repeat_pin, create)
            self.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        for pin in pins:
            self.qtbot.keyClicks(dialog.pin, pin)
            self.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
            self.messages.append(dialog.message.text())
        if dialog.isVisible():
            dialog.reject()


@pytest.fixture
def answers(qtbot):
    return PinAnswers(qtbot)


def click_place(qtbot, window, key):
    row = [p.key for p in window.places].index(key)
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown(window):
    return window.places[window.stack.currentIndex()].key


def lock(window, answers, create="246810"):
    answers.expect(create=create)
    window.lock_action.trigger()
    assert window.kiosk.locked


def test_locking_creates_the_admin_pin_hashed_and_shows_only_the_gate(qtbot, window, answers):
    click_place(qtbot, window, "peserta")
    assert shown(window) == "peserta"
    lock(window, answers)
    assert shown(window) == "gerbang" and window.lock_action.isChecked()
    assert window.station_label.text().endswith("terkunci")
    assert window.place("gerbang").view.station.isReadOnly()
    stored = AdminPin.get(AdminPin.name == "admin")
    assert b"246810" not in bytes(stored.digest) and "246810" not in repr(stored.__data__)
    locks = [json.loads(r.details) for r in AuditLog.select().where(
        AuditLog.action == "station.lock")]  # fmt: skip
    assert [entry["id"] for entry in locks] == [window.services.station]


def test_leaving_the_gate_needs_the_admin_pin_and_a_wrong_one_keeps_the_gate(
    qtbot, window, answers
):
    lock(window, answers)
    answers.expect("1111")
    click_place(qtbot, window, "laporan")
    assert answers.messages == ["PIN salah. Sisa 4 kali percobaan."]
    assert shown(window) == "gerbang" and window.kiosk.locked
    answers.expect("246810")
    click_place(qtbot, window, "laporan")
    assert shown(window) == "laporan" and not window.kiosk.locked
    assert not window.place("gerbang").view.station.isReadOnly()


def test_five_wrong_pins_lock_the_pin_for_a_while(qtbot, window, answers):
    lock(window, answers)
    answers.expect("1111", "2222", "3333", "4444", "5555", "246810")
    click_place(qtbot, window, "peserta")
    assert answers.messages[3] == "PIN salah. Sisa 1 kali percobaan."
    assert "terkunci sampai pukul" in answers.messages[4]
    assert "terkunci sampai pukul" in answers.messages[5]  # even the right PIN, for now
    assert shown(window) == "gerbang" and window.kiosk.locked


def test_lock_survives_a_restart(qtbot, window, answers, demo):
    lock(window, answers)
    window.close()
    again = MainWindow(demo, open_settings(), InlinePool())
    qtbot.addWidget(again)
    again.show()
    assert again.kiosk.locked and shown(again) == "gerbang" and again.lock_action.isChecked()


def file_menu_action(window, text):
    menu = window.menuBar().actions()[0].menu()
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None:
            found = [a for a in action.menu().actions() if a.text() == text]
            if found:
                return found[0]
    raise AssertionError(text)


def test_backup_event_switch_and_language_ask_the_pin_while_locked(window, answers):
    lock(window, answers)
    backups = AuditLog.select().where(AuditLog.action == "backup.create").count()
    answers.expect()  # the dialog is cancelled
    file_menu_action(window, "&Cadangkan basis data…").trigger()
    assert "Membuat cadangan memerlukan PIN admin" in answers.purpose
    assert AuditLog.select().where(AuditLog.action == "backup.create").count() == backups
    english = file_menu_action(window, "English")
    answers.expect()
    english.trigger()
    assert "Mengganti bahasa" in answers.purpose
    assert window.settings.get(LANGUAGE) == "" and not english.isChecked()
    current = window.current_event
    window.services.events.save(replace(current, id=None, title="Apel Sore"))
    window.reload_events()
    other = next(i for i in range(window.event_switcher.count())
                 if window.event_switcher.itemData(i) != current.id)  # fmt: skip
    answers.expect()
    window.event_switcher.activated.emit(other)
    assert "Mengganti acara" in answers.purpose
    assert window.current_event.id == current.id
    assert window.event_switcher.currentData() == current.id


def test_closing_a_locked_station_needs_the_pin(window, answers):
    lock(window, answers)
    answers.expect("0000")
    assert window.quit_after_reminder() is False
    assert window.isVisible()


def test_editing_the_settings_file_does_not_lift_the_lock(qtbot, window, answers, demo):
    lock(window, answers)
    window.close()
    edited = open_settings()
    edited.backend.setValue(GATE_LOCK.key, False)
    edited.backend.setValue("station/name", "Gerbang Lain")
    edited.backend.sync()
    demo.station = "Gerbang Lain"
    again = MainWindow(demo, open_settings())
    qtbot.addWidget(again)
    again.show()
    assert again.kiosk.locked and shown(again) == "gerbang"


def test_a_lock_kept_by_an_older_version_in_the_settings_is_taken_over(qtbot, demo):
    older = open_settings()
    older.set(GATE_LOCK, True)
    demo.admin_pins.set_pin("246810")
    window = MainWindow(demo, open_settings())
    qtbot.addWidget(window)
    window.show()
    assert window.kiosk.locked and demo.station_lock.is_locked(demo.station)
    assert shown(window) == "gerbang"


def test_an_old_four_digit_pin_opens_only_to_be_changed(qtbot, window, answers, demo):
    from app.core.admin_pin import PinRecord

    lock(window, answers)
    legacy = PinRecord(salt=b"s" * 16, digest=b"")
    digest = hashlib.scrypt(b"2468", salt=legacy.salt, n=2**14, r=8, p=1, dklen=32)
    demo.store.pins.save("admin", replace(legacy, digest=digest, n=2**14), demo.clock.now())
    AuditLog.delete().where(AuditLog.action == "pin.set").execute()  # as an older database

    def answer_then_change():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.pin, "2468")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        answers.messages.append(dialog.message.text())
        qtbot.keyClicks(dialog.new_pin, "135790")
        qtbot.keyClicks(dialog.repeat_pin, "135790")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer_then_change)
    click_place(qtbot, window, "laporan")
    assert answers.messages == ["PIN ini terlalu pendek. Buat PIN baru (minimal 6 angka)."]
    assert shown(window) == "laporan" and not window.kiosk.locked
    assert demo.admin_pins.check("2468").verdict.value == "wrong"
    assert demo.admin_pins.check("135790").accepted
