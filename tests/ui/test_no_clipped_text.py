"""No text is cut: every place and dialog, both languages, at three screen sizes.

A label, button, tab, header or table cell fails when its text needs more room than it
has; a table cell may be narrower only when it is deliberately elided, which means its
full text is in its tooltip. The window must also fit the screen it is made for.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from app.bootstrap import open_settings
from app.core.locale_format import Language
from app.ui.dialogs.pakta_template_dialog import PaktaTemplateDialog
from app.ui.dialogs.script_editor import ScriptEditor
from app.ui.dialogs.theme_dialog import ThemeDialog
from app.ui.i18n import install_language
from app.ui.main_window import MainWindow
from app.ui.workers.task_runner import InlinePool
from tools.screenshots import screenshot_states

SIZES = ((1280, 720), (1366, 768), (1920, 1080))
CELL_MARGIN = 8  # a cell's text margins, both sides
HEADER_PADDING = 12  # QHeaderView::section padding in netra.qss, both sides


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.textFormat() == Qt.TextFormat.RichText or re.search(r"<\w+[^>]*>", text):
        return None
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return None if label.height() >= needed - 1 else f"needs {needed} px high"
    metrics = label.fontMetrics()
    lines = text.split("\n")
    wide = max(metrics.horizontalAdvance(line) for line in lines)
    high = metrics.height() * len(lines)
    if room.width() + 1 < wide or room.height() + 1 < high:
        return f"{room.width()}x{room.height()} < {wide}x{high}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    needed = button.sizeHint().width()
    return None if button.width() >= needed - 1 else f"{button.width()} < {needed}"


def _tab_problems(tabs: QTabBar) -> list[str]:
    return [
        f"tab {tabs.tabText(i)!r}"
        for i in range(tabs.count())
        if tabs.tabRect(i).width() < tabs.tabSizeHint(i).width() - 1
    ]


def _view_problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or not isinstance(view, QTableView | QTreeView):
        return []
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    problems = []
    bold = QFont(header.font())
    bold.setBold(True)
    heading = QFontMetrics(bold)
    cell = view.fontMetrics()
    columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    for column in columns:
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widest = max((heading.horizontalAdvance(line) for line in title.splitlines()), default=0)
        if header.isVisible() and header.sectionSize(column) < widest + HEADER_PADDING:
            problems.append(f"header {title!r}: {header.sectionSize(column)} px")
    rows = min(model.rowCount(), 40)
    for row in range(rows):
        for column in columns:
            index = model.index(row, column)
            text = str(model.data(index) or "")
            if not text or "\n" in text:
                continue
            if header.sectionSize(column) >= cell.horizontalAdvance(text) + CELL_MARGIN:
                continue
            if model.data(index, Qt.ItemDataRole.ToolTipRole) != text:
                problems.append(f"cell {text!r} in {title_of(model, column)!r}, no tooltip")
    if isinstance(view, QTableView) and view.horizontalScrollBar().isVisible():
        problems.append("scrolls sideways")
    return problems


def title_of(model, column: int) -> str:
    return str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that does not fit, with where it is."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        found: list[str] = []
        if isinstance(widget, QLabel):
            found = [p for p in [_label_problem(widget)] if p]
            where += f" {widget.text()!r}"
        elif isinstance(widget, QAbstractButton):
            found = [p for p in [_button_problem(widget)] if p]
            where += f" {widget.text()!r}"
        elif isinstance(widget, QTabBar):
            found = _tab_problems(widget)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found = _view_problems(widget)
        problems += [f"{where}: {problem}" for problem in found]
    return problems


def walk(window: MainWindow, width: int, height: int) -> list[str]:
    window.resize(width, height)
    problems = []
    for place in window.places:
        window.show_place(place.key)
        for name, prepare in screenshot_states(place):
            if name.startswith("full-screen"):
                continue  # sized to the screen: tests/ui/test_gate_full_screen.py
            prepare()
            QApplication.processEvents()
            where = f"{width}x{height} {place.key} {name}"
            if window.height() > height or window.width() > width:
                problems.append(f"{where}: window grew to {window.width()}x{window.height()}")
            problems += [f"{where}: {problem}" for problem in clipped_texts(window)]
    return problems


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.value)
def test_no_text_is_cut_in_any_place_at_any_screen_size(qtbot, demo, dressed, language):
    install_language(language)
    window = MainWindow(demo, open_settings(), InlinePool())
    qtbot.addWidget(window)
    window.show()
    problems = []
    for width, height in SIZES:
        problems += walk(window, width, height)
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.value)
def test_no_text_is_cut_in_any_dialog(qtbot, demo, dressed, language):
    install_language(language)
    window = MainWindow(demo, open_settings(), InlinePool())
    qtbot.addWidget(window)
    event = window.current_event
    ikrar = window.place("ikrar").view
    peserta = window.place("peserta").view
    dialogs = [
        peserta.person_dialog(),
        peserta.person_dialog(peserta.model.person_at(0).id),
        ScriptEditor(demo.ikrar, ikrar.stage.state.script),
        ThemeDialog(demo.ikrar, event.id, ikrar.stage.theme),
        PaktaTemplateDialog(demo, event, demo.pakta.template(event)),
    ]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        problems += [f"{dialog.windowTitle()}: {p}" for p in clipped_texts(dialog)]
        dialog.close()
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_check_finds_a_cut_label(qtbot, dressed):
    label = QLabel("Nomor Induk Pegawai 19960822 201611 1 292")
    qtbot.addWidget(label)
    label.setFixedWidth(80)
    label.show()
    assert clipped_texts(label) and re.search(r"< \d+x", clipped_texts(label)[0])
