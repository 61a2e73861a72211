"""The English UI: every key screen translated, the .ts complete, dates and numbers in English."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.bootstrap import open_settings
from app.core.locale_format import Language
from app.paths import resource
from app.ui.dialogs.pakta_template_dialog import PaktaTemplateDialog
from app.ui.dialogs.roster_import_dialog import RosterImportDialog
from app.ui.dialogs.script_editor import ScriptEditor
from app.ui.dialogs.theme_dialog import ThemeDialog
from app.ui.i18n import day_and_date, install_language, number, percent
from app.ui.main_window import MainWindow
from app.ui.workers.task_runner import InlinePool
from tests.roster_files import demo_rows, write_csv
from tools.screenshots import screenshot_states

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "netra_en.ts"


def translations(path: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None when unfinished) for every message."""
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") != "unfinished"
            text = translation.text if finished and translation is not None else None
            entries.append((name, message.findtext("source") or "", text))
    return entries


def untranslated_patterns() -> list[re.Pattern[str]]:
    """A source text whose English differs, as a pattern: ``{name}`` matches any filling."""
    patterns = []
    for _, source, english in translations(TS_FILE):
        if english is not None and english != source:
            parts = re.split(r"\{\w*\}", source)
            if len(parts) > 1 and sum(c.isalpha() for c in "".join(parts)) < 4:
                continue  # "{time} di {station}" would match any text with " di " in it
            patterns.append(re.compile(".+".join(re.escape(part) for part in parts)))
    return patterns


def widget_texts(root: QWidget) -> dict[str, str]:
    """Every UI text under ``root`` (hidden ones too: they show later), with where it is."""
    texts: dict[str, str] = {}

    def add(text: str, where: object) -> None:
        if text.strip():
            texts[text] = f"{type(where).__name__} {getattr(where, 'objectName', str)()}"

    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isWindow():
            add(widget.windowTitle(), widget)
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget.text(), widget)
        if isinstance(widget, QLineEdit):
            add(widget.placeholderText(), widget)
        if isinstance(widget, QGroupBox):
            add(widget.title(), widget)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget.tabText(index), widget)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget.itemText(index), widget)
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                add(widget.item(row).text(), widget)
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(str(model.headerData(column, Qt.Orientation.Horizontal) or ""), widget)
        if isinstance(widget, QMenu):
            add(widget.title(), widget)
        for action in widget.actions():
            if isinstance(action, QAction):
                add(action.text(), action)
    return texts


def assert_all_english(root: QWidget) -> int:
    patterns = untranslated_patterns()
    texts = widget_texts(root)
    left = {
        text: where
        for text, where in texts.items()
        if any(pattern.fullmatch(text) for pattern in patterns)
    }
    assert not left, f"Indonesian left in {type(root).__name__}: {left}"
    return len(texts)


@pytest.fixture
def english(qapp):
    assert install_language(Language.ENGLISH), "run: python3 tools/dev.py setup"
    yield
    install_language(Language.INDONESIAN)


@pytest.fixture
def window(qtbot, demo, english):
    main = MainWindow(demo, open_settings(), InlinePool())
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def test_every_place_of_the_main_window_speaks_english(window):
    checked = 0
    for place in window.places:
        window.show_place(place.key)
        for _, prepare in screenshot_states(place):
            prepare()
            QApplication.processEvents()
            checked += assert_all_english(window)
    assert checked > 500
    assert [p.title for p in window.places] == [
        "Events", "Participants", "Gate", "Pledge", "Integrity Pact", "Reports",
    ]  # fmt: skip
    assert window.menuBar().actions()[0].text() == "&File"


def test_the_status_bar_and_header_write_numbers_and_dates_in_english(window):
    assert window.count_label.text() == "Present 84 / 120"
    assert window.subtitle_label.text().startswith("Tuesday, 1 October 2024 · 07:30 · ")


def test_dialogs_speak_english(qtbot, window, demo, tmp_path):
    event = window.current_event
    assert event is not None and event.id is not None
    ikrar = window.place("ikrar").view
    peserta = window.place("peserta").view
    preview = demo.roster.preview(write_csv(tmp_path / "pegawai.csv", demo_rows(5)))
    dialogs = [
        peserta.person_dialog(),
        peserta.person_dialog(peserta.model.person_at(0).id),
        RosterImportDialog(demo, preview, (event.organisation_id, event.id)),
        ScriptEditor(demo.ikrar, ikrar.stage.state.script),
        ThemeDialog(demo.ikrar, event.id, ikrar.stage.theme),
        PaktaTemplateDialog(demo, event, demo.pakta.template(event)),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert_all_english(dialog)
    assert "Sex" in widget_texts(dialogs[0])


def test_the_backup_reminder_speaks_english(window):
    seen: dict[str, str] = {}

    def read_and_cancel():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.update(widget_texts(box))
        assert_all_english(box)
        next(b for b in box.buttons() if b.text() == "Cancel").click()

    QTimer.singleShot(0, read_and_cancel)
    assert window.backups.may_close() is False
    assert "Quit without backup" in seen


def test_dates_and_numbers_in_the_ui_follow_the_language(qapp, english):
    assert day_and_date(date(2024, 10, 1)) == "Tuesday, 1 October 2024"
    assert number(8432) == "8,432"
    assert percent(7, 8) == "87.5%"
    install_language(Language.INDONESIAN)
    assert day_and_date(date(2024, 10, 1)) == "Selasa, 1 Oktober 2024"
    assert number(8432) == "8.432"
    assert QCoreApplication.translate("Places", "Laporan") == "Laporan"


def test_the_translation_is_complete_and_matches_the_code(tmp_path):
    """Collect the strings again into a copy: a string added without English fails here."""
    spec = importlib.util.spec_from_file_location("dev", ROOT / "tools" / "dev.py")
    assert spec and spec.loader
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    subprocess.run(dev.lupdate_command("en", copy), check=True, capture_output=True)
    unfinished = [(c, s) for c, s, english in translations(copy) if english is None]
    assert not unfinished, f"translate these in {TS_FILE.name} (tools/dev.py translations)"
    assert copy.read_text("utf-8") == TS_FILE.read_text("utf-8"), "run tools/dev.py translations"


def test_the_translation_file_is_found_where_the_bundle_looks():
    assert resource("i18n", "netra_en.qm").stat().st_size > 1000
