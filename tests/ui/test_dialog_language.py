"""Every dialog, Qt's own included, speaks the UI's language and nothing else.

A text is "the other language" when it is one side of a known translation pair whose
two sides differ: Netra's strings (netra_en.ts: Indonesian source, English) and Qt's
(qtbase_id.ts: English source, Indonesian).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.core.locale_format import Language
from app.ui.i18n import install_language
from tests.ui.test_i18n import ROOT, TS_FILE, translations, widget_texts

QT_TS_FILE = ROOT / "resources" / "i18n" / "qtbase_id.ts"


def plain(text: str) -> str:
    """What the user reads: no mnemonic ampersand, no trailing ellipsis or colon."""
    return re.sub(r"&(?=\w)", "", text).rstrip(".…: ").strip()


def foreign_texts(language: Language) -> set[str]:
    """Texts of the other language: one side of each pair whose sides differ."""
    ours = [(source, english) for _, source, english in translations(TS_FILE) if english]
    qts = [(english, indonesian) for _, english, indonesian in translations(QT_TS_FILE)]
    pairs = [(indonesian, english) for indonesian, english in ours]
    pairs += [(indonesian or english, english) for english, indonesian in qts]
    foreign = set()
    for indonesian, english in pairs:
        if plain(indonesian).lower() != plain(english).lower() and "{" not in english:
            foreign.add(plain(english if language is Language.INDONESIAN else indonesian))
    return foreign - {""}


def all_texts(root: QWidget) -> dict[str, str]:
    texts = widget_texts(root)
    for header in root.findChildren(QHeaderView):  # the file dialog's Name, Size, Type
        model = header.model()
        for section in range(model.columnCount() if model else 0):
            texts[str(model.headerData(section, header.orientation()))] = "header"
    return texts


def assert_speaks(language: Language, root: QWidget) -> set[str]:
    foreign = foreign_texts(language)
    texts = all_texts(root)
    wrong = {text: where for text, where in texts.items() if plain(text) in foreign}
    assert not wrong, f"{type(root).__name__} in {language.name}: {wrong}"
    return {plain(text) for text in texts}


@pytest.fixture(params=[Language.INDONESIAN, Language.ENGLISH], ids=["id", "en"])
def language(request, qapp):
    assert install_language(request.param)
    yield request.param
    install_language(Language.INDONESIAN)


def answer_modals(*steps: Callable[[QWidget], None]) -> list[QWidget]:
    """Handle the next modal dialogs in turn, each by its step, once it is up."""
    seen: list[QWidget] = []
    remaining = list(steps)

    def handle() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or (seen and modal is seen[-1]):
            QTimer.singleShot(10, handle)
            return
        seen.append(modal)
        remaining.pop(0)(modal)
        if remaining:
            QTimer.singleShot(10, handle)

    QTimer.singleShot(10, handle)
    return seen


def test_restoring_a_backup_asks_through_dialogs_in_the_ui_language(
    window, language, tmp_path: Path
):
    backup = tmp_path / "cadangan.sqlite3"
    backup.write_bytes(b"")
    seen_texts: list[set[str]] = []

    def choose_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen_texts.append(assert_speaks(language, dialog))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(backup))
        dialog.accept()

    def say_no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen_texts.append(assert_speaks(language, box))
        box.button(QMessageBox.StandardButton.No).click()

    window.count_timer.stop()  # no count polls on a worker thread while the dialogs are up
    answer_modals(choose_file, say_no)
    assert window.backups.restore() is False
    file_dialog, question = seen_texts
    yes, no = ("Ya", "Tidak") if language is Language.INDONESIAN else ("Yes", "No")
    assert {yes, no} <= question
    name = "Nama berkas" if language is Language.INDONESIAN else "File name"
    assert name in file_dialog


def test_print_and_input_dialogs_speak_the_ui_language(qtbot, language):
    printer = QPrinter()  # the dialog does not own it: keep it alive
    printing = QPrintDialog(printer)
    asking = QInputDialog()
    asking.setLabelText("")
    for dialog in (printing, asking):
        qtbot.addWidget(dialog)
        dialog.show()
        texts = assert_speaks(language, dialog)
        assert ("Batal" if language is Language.INDONESIAN else "Cancel") in texts
