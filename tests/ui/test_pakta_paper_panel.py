"""The Lembar kertas tab driven as HR does: print one unit, feed the scans, read the counts."""

import random
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.locale_format import Language
from app.ui.i18n import install_language
from app.ui.views.pakta_view import PaktaView
from app.ui.workers.task_runner import InlinePool
from benchmarks.pakta_paper_scans import Degradation, Ink, degrade, draw_ink, render_pages
from tests.pakta_samples import scan_folder, sheets_pdf
from tests.ui.held_pool import HeldPool
from tests.ui.job_clicks import cancel_midway


@pytest.fixture
def event(demo):
    return demo.events.list_events()[0]


@pytest.fixture
def panel(qtbot, demo, event):
    QApplication.instance().setStyleSheet("")
    view = PaktaView(demo, pool=InlinePool())
    qtbot.addWidget(view)
    view.resize(1300, 720)
    view.show()
    view.set_event(event)
    view.tabs.setCurrentWidget(view.paper_panel)
    paper = view.paper_panel
    qtbot.waitUntil(lambda: paper.coverage is not None, timeout=20_000)
    return paper


def _row(panel, unit):
    for row in range(panel.table.rowCount()):
        if panel.table.item(row, 0).text() == unit:
            return [panel.table.item(row, c).text() for c in range(7)]
    raise AssertionError(unit)


def test_print_one_unit_then_scan_updates_the_counts_and_lists_bad_pages(
    qtbot, panel, demo, event, tmp_path
):
    unit = panel.unit.itemText(1)
    expected = sum(1 for p in demo.pakta.candidates(event) if p.unit == unit)
    assert _row(panel, unit)[1:] == [str(expected), "0", "0", "0", str(expected), "0,0%"]
    panel.unit.setCurrentIndex(1)
    sheets = tmp_path / "lembar.pdf"
    panel.choose_save = lambda _name, _filter: sheets
    qtbot.mouseClick(panel.sheets_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.sheets_button.isEnabled(), timeout=30_000)
    assert sheets.exists() and "lembar" in panel.message.text()
    page = list(render_pages(sheets.read_bytes(), 150))[1]
    folder = tmp_path / "pindaian"
    folder.mkdir()
    rng = random.Random(5)
    signed = draw_ink(page, Ink.SIGNED, 150, rng)
    (folder / "1.jpg").write_bytes(degrade(signed, Degradation(dpi=150, skew_deg=2), rng))
    (folder / "2.jpg").write_bytes(degrade(page * 0 + 250, Degradation(dpi=150), rng))
    panel.choose_source = lambda _folder: folder
    qtbot.mouseClick(panel.scan_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.problems.count() == 1, timeout=30_000)
    assert panel.problems.item(0).text().startswith("2.jpg: QR tidak terbaca")
    qtbot.waitUntil(lambda: _row(panel, unit)[3] == "1", timeout=20_000)
    assert _row(panel, unit)[5] == str(expected - 1)
    assert panel.table.item(panel.table.rowCount() - 1, 0).text() == "Jumlah"


def test_header_counts_paper_sheets_beside_the_officials_on_screen(
    qtbot, panel, demo, event, tmp_path
):
    view = panel.window()
    assert isinstance(view, PaktaView)
    assert view.count_label.text() == "Layar: 0 dari 0 · Kertas: 0 dari 120"
    page = list(render_pages(sheets_pdf(demo, event, tmp_path), 150))[1]
    folder = tmp_path / "pindaian"
    folder.mkdir()
    rng = random.Random(3)
    signed = draw_ink(page, Ink.SIGNED, 150, rng)
    (folder / "1.jpg").write_bytes(degrade(signed, Degradation(dpi=150), rng))
    panel.choose_source = lambda _folder: folder
    qtbot.mouseClick(panel.scan_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.count_label.text() == "Layar: 0 dari 0 · Kertas: 1 dari 120", timeout=30_000
    )
    panel.runner.pool = held = HeldPool()
    view.set_event(None)
    view.set_event(event)
    assert view.count_label.text() == "Layar: 0 dari 0"  # until this event is counted
    held.run()
    assert view.count_label.text() == "Layar: 0 dari 0 · Kertas: 1 dari 120"


def test_follow_up_list_is_written_for_the_chosen_unit(qtbot, panel, tmp_path):
    panel.unit.setCurrentIndex(1)
    out = tmp_path / "belum.csv"
    panel.choose_save = lambda _name, _filter: out
    qtbot.mouseClick(panel.follow_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and panel.follow_up_button.isEnabled(), timeout=20_000)
    lines = out.read_text("utf-8-sig").splitlines()
    assert all(panel.unit.itemText(1) in line for line in lines[1:])


def test_a_long_file_name_in_the_page_list_wraps_whole_inside_the_list(qtbot, panel, tmp_path):
    folder = tmp_path / "pindaian"
    folder.mkdir()
    name = "bundel_dinas_pemberdayaan_perempuan_dan_perlindungan_anak_halaman_007.jpg"
    blank = np.full((1754, 1240), 250, np.uint8)
    (folder / name).write_bytes(degrade(blank, Degradation(dpi=150), random.Random(1)))
    panel.choose_source = lambda _folder: folder
    qtbot.mouseClick(panel.scan_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.problems.count() == 1, timeout=30_000)
    item = panel.problems.item(0)
    assert item.toolTip().startswith(f"{name}: QR tidak terbaca")
    assert item.text().replace("\u200b", "") == item.toolTip()
    shown = panel.problems.visualItemRect(item)
    assert shown.width() <= panel.problems.viewport().width()
    assert shown.height() > 2 * panel.problems.fontMetrics().height()  # wrapped, not cut


def test_cancel_while_sheets_are_printed_writes_no_file(qtbot, panel, demo, tmp_path):
    (tmp_path / "keluar").mkdir()
    out = tmp_path / "keluar" / "lembar.pdf"
    panel.choose_save = lambda _name, _filter: out
    cancel_midway(qtbot, panel.job, 10, demo.pakta_paper, "write_sheets")
    qtbot.mouseClick(panel.sheets_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Dibatalkan; tidak ada berkas yang ditulis."
    assert list(out.parent.iterdir()) == [] and panel.sheets_button.isEnabled()


@pytest.fixture
def english(qapp):
    assert install_language(Language.ENGLISH)
    yield
    install_language(Language.INDONESIAN)


def test_a_sheet_of_another_event_is_listed_in_english(
    english, qtbot, panel, demo, event, tmp_path
):
    saved = demo.events.save(replace(event, id=None, title="Apel kedua"))
    other = demo.events.get(saved.event_id)
    unit = panel.unit.itemText(1)
    pdf = sheets_pdf(demo, other, tmp_path, unit)
    folder = scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, Degradation(dpi=200, skew_deg=1.5))])
    panel.choose_source = lambda _folder: folder
    qtbot.mouseClick(panel.scan_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.problems.count() == 1, timeout=30_000)
    assert panel.problems.item(0).toolTip() == (
        f"001.jpg: a sheet of another event; event number {other.id}"
    )
