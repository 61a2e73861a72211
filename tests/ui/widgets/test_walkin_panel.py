"""The walk-in form at the gate: a refusal under a field wraps within the form, so the
window still fits a 1366x768 laptop in either language."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.bootstrap import open_settings
from app.core.locale_format import Language
from app.ui.i18n import install_language
from app.ui.main_window import MainWindow
from app.ui.workers.task_runner import InlinePool
from tests.ui.test_no_clipped_text import clipped_texts

LAPTOP = (1366, 768)
OWNER_SAID = {
    Language.ENGLISH: "This number belongs to {name} on the employee list",
    Language.INDONESIAN: "Nomor ini milik {name} di daftar pegawai",
}


@pytest.fixture(params=list(Language), ids=lambda language: language.value)
def language(request, qapp):
    assert install_language(request.param)
    yield request.param
    install_language(Language.INDONESIAN)


def test_an_employees_number_refused_for_a_walk_in_wraps_and_the_window_fits_a_laptop(
    qtbot, demo, dressed, language
):
    window = MainWindow(demo, open_settings(), InlinePool())
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    window.show_place("gerbang")
    gate = window.place("gerbang").view
    employee = demo.store.people.expected_people(window.current_event.id)[0]
    qtbot.mouseClick(gate.walkin_button, Qt.MouseButton.LeftButton)
    gate.walkin.name.setText("Drs. Hendra Wijaya")
    gate.walkin.id_number.setText(employee.id_number)
    qtbot.mouseClick(gate.walkin.record_button, Qt.MouseButton.LeftButton)
    label = gate.walkin.error_labels["nomor"]
    qtbot.waitUntil(lambda: not label.isHidden())
    QApplication.processEvents()
    assert label.text().startswith(OWNER_SAID[language].format(name=employee.display_name))
    assert window.width() <= LAPTOP[0] and window.minimumSizeHint().width() <= LAPTOP[0]
    one_line = label.fontMetrics().horizontalAdvance(label.text())
    lines = 2 if language is Language.ENGLISH else 1  # the English is longer than the field
    assert (one_line > label.width()) == (lines > 1)
    assert label.height() >= lines * label.fontMetrics().lineSpacing()
    assert clipped_texts(gate.walkin) == []
