"""The main window over the demo event, shown offscreen, for tests that drive it whole."""

import pytest
from PySide6.QtGui import QFont

from app.bootstrap import UI_FONT_FAMILY, open_settings, style_sheet
from app.core.locale_format import Language
from app.ui.i18n import install_language
from app.ui.main_window import MainWindow
from app.ui.slide_rendering import load_bundled_fonts
from app.ui.workers.task_runner import InlinePool
from tests.ui.held_pool import HeldPool


@pytest.fixture
def window(qtbot, demo):
    main = MainWindow(demo, open_settings(), InlinePool())
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def dressed(qapp):
    """The application as bootstrap dresses it: its style sheet and bundled font."""
    load_bundled_fonts()
    font_before, style_before = qapp.font(), qapp.styleSheet()
    font = QFont(font_before)
    font.setFamily(UI_FONT_FAMILY)
    qapp.setFont(font)
    qapp.setStyleSheet(style_sheet())
    yield qapp
    qapp.setStyleSheet(style_before)
    qapp.setFont(font_before)
    install_language(Language.INDONESIAN)


@pytest.fixture
def pool():
    """A pool that holds the jobs it is given until the test runs them."""
    return HeldPool()
