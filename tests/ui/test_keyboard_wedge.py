"""The keyboard wedge on a plain window with real key events: a scanner's fast burst is
one scan wherever the focus is; what a person types reaches the field it was aimed at."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.ui.keyboard_wedge import MAX_SCAN_LENGTH, KeyboardWedge

CODE = "NT1ABCDEFGH1234"


class Window:
    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.widget = QWidget()
        self.field = QLineEdit()
        self.other = QLineEdit()
        layout = QVBoxLayout(self.widget)
        layout.addWidget(self.field)
        layout.addWidget(self.other)
        qtbot.addWidget(self.widget)
        self.widget.show()
        qtbot.waitExposed(self.widget)
        self.wedge = KeyboardWedge(self.widget)
        self.scans = []
        self.wedge.scanned.connect(lambda code, started: self.scans.append(code))
        self.entered = []
        self.field.returnPressed.connect(lambda: self.entered.append(self.field.text()))
        self.wedge.start()


@pytest.fixture
def window(qtbot):
    opened = Window(qtbot)
    yield opened
    opened.wedge.stop()


def test_a_fast_burst_ended_by_enter_is_one_scan_and_never_reaches_the_field(window):
    window.field.setFocus()
    window.qtbot.keyClicks(window.field, CODE)
    window.qtbot.keyClick(window.field, Qt.Key.Key_Return)
    assert window.scans == [CODE]
    assert window.field.text() == "" and window.entered == []


def test_a_burst_without_suffix_ends_at_the_pause(window):
    window.qtbot.keyClicks(window.field, CODE)
    assert window.scans == []
    window.qtbot.waitUntil(lambda: window.scans == [CODE], timeout=1000)
    assert window.field.text() == ""


def test_a_short_fast_run_is_handed_back_in_order_with_its_enter(window):
    window.qtbot.keyClicks(window.field, "1234")
    window.qtbot.keyClick(window.field, Qt.Key.Key_Return)
    assert window.scans == [] and window.field.text() == "1234"
    assert window.entered == ["1234"]


def test_a_person_typing_slowly_reaches_the_field_and_is_no_scan(window):
    window.qtbot.keyClicks(window.field, "Budi Santoso", delay=70)
    window.qtbot.wait(100)
    assert window.field.text() == "Budi Santoso" and window.scans == []


def test_the_focus_moving_mid_scan_loses_no_key(window):
    window.qtbot.keyClicks(window.field, CODE[:6])
    window.qtbot.keyClicks(window.other, CODE[6:])
    window.qtbot.keyClick(window.other, Qt.Key.Key_Tab)
    assert window.scans == [CODE]
    assert window.field.text() == window.other.text() == ""


def test_shortcuts_pass_through_untouched(window):
    window.field.setText("hapus semua")
    window.qtbot.keyClick(window.field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    window.qtbot.keyClick(window.field, Qt.Key.Key_Delete)
    assert window.field.text() == "" and window.scans == []


def test_keys_for_another_window_are_not_taken(qtbot, window):
    elsewhere = QLineEdit()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    qtbot.keyClicks(elsewhere, CODE)
    qtbot.keyClick(elsewhere, Qt.Key.Key_Return)
    assert elsewhere.text() == CODE and window.scans == []


def test_stopping_hands_held_keys_back_and_takes_no_more(window):
    window.qtbot.keyClicks(window.field, "12")
    window.wedge.stop()
    assert window.field.text() == "12"
    window.qtbot.keyClicks(window.field, CODE)
    window.qtbot.keyClick(window.field, Qt.Key.Key_Return)
    assert window.scans == [] and window.entered == ["12" + CODE]


def test_a_run_longer_than_any_badge_is_handed_back_not_scanned(window):
    window.field.setMaxLength(MAX_SCAN_LENGTH + 10)
    window.qtbot.keyClicks(window.field, "x" * (MAX_SCAN_LENGTH + 1))
    assert window.field.text() == "x" * (MAX_SCAN_LENGTH + 1)
    assert window.scans == []
