"""The gate read from two metres: the full-screen result mode at 1366x768."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QLabel

from app.bootstrap import UI_FONT_FAMILY, open_settings
from app.core.outcomes import Outcome
from app.ui.slide_rendering import load_bundled_fonts
from app.ui.views.gerbang_view import GerbangView
from app.ui.widgets.camera_panel import CameraAccess
from app.ui.widgets.result_panel import PanelState
from tests.ui.test_kiosk_lock import PinAnswers, lock
from tools.screenshots import FULL_SCREEN_SAMPLES, show_sample

# The smallest capital letters allowed at 1366x768, in pixels.
MINIMUM_CAPITALS = {"headline": 72, "name": 48, "id": 32, "unit": 32}


@pytest.fixture
def gate(qtbot, demo):
    load_bundled_fonts()
    before = QApplication.font()
    font = QApplication.font()
    font.setFamily(UI_FONT_FAMILY)  # as bootstrap sets it for the app
    QApplication.setFont(font)
    view = GerbangView(demo, open_settings(), CameraAccess(lambda: [], None, pollable=False))
    qtbot.addWidget(view)
    view.set_event(demo.events.list_events()[0])
    view.resize(1366, 768)
    view.show()
    view.set_full_screen(True)
    yield view
    QApplication.setFont(before)


def capital_height(label: QLabel) -> int:
    label.ensurePolished()
    return QFontMetrics(label.font()).capHeight()


def fits(label: QLabel) -> bool:
    """The label shows its whole text: wide enough, and tall enough for its wrapped lines."""
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    return label.width() >= label.sizeHint().width() and label.height() >= label.sizeHint().height()


@pytest.mark.parametrize("outcome", [outcome for _, outcome in FULL_SCREEN_SAMPLES])
def test_full_screen_result_is_large_enough_to_read_from_two_metres(gate, outcome: Outcome):
    show_sample(gate, outcome)
    QApplication.processEvents()
    panel = gate.panel
    labels = {"headline": panel.headline, "name": panel.name_label,
              "id": panel.id_label, "unit": panel.unit_label}  # fmt: skip
    for role, label in labels.items():
        if label.isVisible():
            assert capital_height(label) >= MINIMUM_CAPITALS[role], (role, label.text())
    shown = [label for label in panel.findChildren(QLabel) if label.isVisible() and label.text()]
    for label in shown:
        assert fits(label), label.text()
        bottom = label.mapTo(panel, label.rect().bottomLeft()).y()
        assert bottom <= panel.height(), label.text()
    assert panel.width() > 1000  # the result takes the screen; the camera keeps a corner
    assert not gate.recent_box.isVisible() and not gate.top_bar.isVisible()
    assert gate.camera.preview.height() <= 180


def test_each_state_has_its_own_symbol_and_word(gate):
    seen = {}
    for _, outcome in FULL_SCREEN_SAMPLES:
        show_sample(gate, outcome)
        image: QImage = gate.panel.icon.pixmap().toImage()
        seen[gate.panel.state] = (gate.panel.headline.text(), image)
    assert set(seen) == {PanelState.GREEN, PanelState.AMBER, PanelState.RED, PanelState.ASK}
    words = [word for word, _ in seen.values()]
    assert len(set(words)) == len(words)
    images = [image for _, image in seen.values()]
    # The shapes differ, not only the colours: compare the images' alpha masks.
    masks = [image.createAlphaMask() for image in images]
    assert all(a != b for i, a in enumerate(masks) for b in masks[i + 1 :])


def test_a_locked_gate_shows_the_full_screen_result_without_the_window_frame(qtbot, window):
    lock(window, PinAnswers(qtbot))
    gate = window.place("gerbang").view
    assert gate.full_screen
    assert not window.header.isVisible() and not window.navigation.isVisible()
    assert window.isFullScreen()
    gate.full_screen_button.click()  # the operator's way back to the normal gate
    assert not gate.full_screen and window.header.isVisible() and not window.isFullScreen()
    assert window.kiosk.locked
