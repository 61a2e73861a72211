"""The main window over the demo event, shown offscreen, for tests that drive it whole."""

import pytest

from app.bootstrap import open_settings
from app.ui.main_window import MainWindow
from app.ui.workers.task_runner import InlinePool


@pytest.fixture
def window(qtbot, demo):
    main = MainWindow(demo, open_settings(), InlinePool())
    qtbot.addWidget(main)
    main.show()
    return main
