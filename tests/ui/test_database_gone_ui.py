"""The gate and the status bar say in red that the database file is gone, and a badge
shown then is never green."""

import random

from app.ui.widgets.result_panel import PanelState
from benchmarks.frameset import background
from tests.ui.test_gerbang_view import Gate, checkins_of


def remove_database(path):
    for leftover in (path, path.with_name(path.name + "-wal")):
        leftover.unlink(missing_ok=True)


def test_gate_shows_red_and_no_green_once_the_database_file_is_deleted(
    qtbot, demo, tmp_path, db_path
):
    gate = Gate(qtbot, demo, tmp_path)
    person = gate.absent[0]
    empty = background(random.Random(2), 640, 480)
    gate.images[:] = [empty] * 3 + [gate.frame(person)] * 40 + [empty] * 5
    remove_database(db_path)
    gate.show()
    gate.wait_results(1)
    assert gate.view.panel.state is PanelState.RED
    assert gate.view.panel.headline.text() == "TIDAK TERCATAT"
    assert "hilang, dipindah atau diganti" in gate.view.panel.notice_label.text()
    qtbot.waitUntil(lambda: gate.view.offline_banner.isVisible(), timeout=5_000)
    assert gate.view.offline_banner.text().startswith("TIDAK TERCATAT — berkas basis data")
    assert checkins_of(person) == 0


def test_status_bar_says_the_database_is_gone_without_any_scan(window, db_path, qtbot):
    remove_database(db_path)
    qtbot.waitUntil(lambda: window.link_label.isVisible(), timeout=10_000)
    assert window.link_label.text() == "BASIS DATA HILANG/RUSAK — pemindaian dihentikan"
    assert "hilang, dipindah atau diganti" in window.link_label.toolTip()
