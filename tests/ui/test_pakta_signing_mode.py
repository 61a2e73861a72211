"""Signing mode: the official reads the whole pakta without scrolling and signs below it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.core.pakta import SignerRole
from app.ui.views.pakta_view import PaktaView
from app.ui.workers.task_runner import InlinePool
from tests.ui.test_pakta_view import draw_with_mouse


@pytest.fixture
def pakta(qtbot, demo, dressed):
    event = demo.events.list_events()[0]
    person = demo.pakta.candidates(event)[0]
    demo.pakta.add_signer(event.id, person.id, SignerRole.KEPALA_DAERAH)
    view = PaktaView(demo, pool=InlinePool())
    qtbot.addWidget(view)
    view.resize(1366, 768)  # the laptop's whole screen, as the main window gives it
    view.show()
    view.set_event(event)
    view.tabs.setCurrentWidget(view.signing_panel)
    return view


def test_the_whole_default_pakta_is_readable_without_scrolling_at_1366x768(pakta):
    panel = pakta.signing_panel
    panel.mode_button.click()
    QApplication.processEvents()
    assert panel.signing_mode
    document = panel.document
    assert document.verticalScrollBar().maximum() == 0  # nothing below the fold
    assert "Demikian pakta integritas" in document.toPlainText()
    assert document.font().pointSizeF() > 0
    # The signature box takes what is left, and more than the 220 px of the normal view.
    assert panel.pad.height() >= 220
    assert panel.pad.geometry().top() >= document.geometry().bottom()
    assert panel.pad.height() + document.height() > 0.8 * pakta.height()
    # HR's controls step aside; the operator's stay in the bottom row.
    assert not pakta.top_box.isVisible() and not pakta.tabs.tabBar().isVisible()
    assert not panel.top_box.isVisible()
    for button in (panel.sign_button, panel.mirror_button, panel.mode_button):
        assert button.isVisible()
        assert button.geometry().top() >= panel.pad.geometry().bottom()


def test_signing_in_signing_mode_stores_the_signature(qtbot, pakta, demo):
    panel = pakta.signing_panel
    panel.set_signing_mode(True)
    QApplication.processEvents()
    panel.confirm = lambda title, text: True
    draw_with_mouse(panel.pad, [(60 + 8 * i, 80 + (i % 7) * 9) for i in range(60)])
    panel.sign_button.click()
    assert panel.signers[0].signed


def test_signing_mode_fills_the_screen_and_leaves_it(qtbot, window):
    pakta = window.place("pakta").view
    window.show_place("pakta")
    pakta.signing_panel.set_signing_mode(True)
    assert window.isFullScreen() and not window.header.isVisible()
    assert not window.navigation.isVisible()
    pakta.signing_panel.mode_button.click()
    assert not window.isFullScreen() and window.header.isVisible()
    assert pakta.tabs.tabBar().isVisible()
