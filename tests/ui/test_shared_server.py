"""Stations on one PostgreSQL server, as the user sees them: counts that follow the other
gates, a gate that goes offline and back, and the database settings with their test."""

import subprocess
import sys
import time
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.bootstrap import open_settings
from app.core.clock import FixedClock
from app.core.locale_format import Language
from app.services.container import Services
from app.settings import DATABASE_URL
from app.store.migrations import available
from app.store.models import Checkin
from app.store.station_cache import StationCache
from app.store.store import Store
from app.ui.dialogs.database_dialog import DatabaseDialog
from app.ui.i18n import install_language
from app.ui.main_window import MainWindow

OTHER_STATION = """
import sys, time
from app.core.checkin import Method
from app.services.container import Services
from app.store.store import Store
store = Store(sys.argv[1])
services = Services.build(store, station="Gerbang 7")
services.events.counts(int(sys.argv[2]))
print("ready", flush=True)
sys.stdin.readline()
services.checkins.scan(int(sys.argv[2]), sys.argv[3], Method.SCANNER, "Gerbang 7")
print(time.time(), flush=True)
"""


@pytest.fixture
def station(qtbot, proxy, tmp_path):
    """A station's main window on the shared server (reached through the proxy)."""
    QApplication.instance().setStyleSheet("")
    store = Store(proxy.url)
    cache = StationCache(tmp_path / "cache.sqlite3")
    services = Services.build(store, clock=FixedClock(datetime(2024, 10, 1, 7, 0)),
                              station="Gerbang 3", cache=cache)  # fmt: skip
    services.demo.ensure_demo(60)
    window = MainWindow(services, open_settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_event is not None)
    yield window
    window.close()
    cache.close()
    store.close()


def absent_tokens(services, count):
    event = services.events.list_events()[0]
    present = {row.person_id for row in Checkin.select(Checkin.person)}
    people = [p for p in services.store.people.expected_people(event.id) if p.id not in present][
        :count
    ]
    return event, [badge.token for badge in services.badges.issue(event.organisation_id, people)]


def test_count_recorded_by_another_station_shows_within_two_seconds(qtbot, station, pg_url):
    event, (token,) = absent_tokens(station.services, 1)
    stage = station.place("ikrar").view.stage
    qtbot.waitUntil(lambda: station.count_label.text() == "Hadir 42 / 60")
    qtbot.waitUntil(lambda: stage.state is not None and stage.state.present == 42)
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER_STATION, pg_url, str(event.id), token],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert other.stdout.readline().strip() == "ready"
    other.stdin.write("go\n")
    other.stdin.flush()
    committed = float(other.stdout.readline())
    qtbot.waitUntil(
        lambda: station.count_label.text() == "Hadir 43 / 60" and stage.state.present == 43,
        timeout=2_000,
    )
    assert time.time() - committed < 2.0
    other.communicate(timeout=30)
    assert other.returncode == 0


def test_gate_goes_offline_keeps_scanning_and_catches_up(qtbot, station, proxy, tmp_path):
    event, (token,) = absent_tokens(station.services, 1)
    station.show_place("gerbang")
    gate = station.place("gerbang").view
    qtbot.waitUntil(lambda: station.link_label.text() == "Server terhubung")
    qtbot.waitUntil(lambda: station.services.link.cache.holds_event(event.id))
    proxy.cut()
    results = []
    gate.result_shown.connect(lambda result, _: results.append(result))
    gate.paste.setText(token)
    qtbot.keyClick(gate.paste, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10_000)
    assert results[0].outcome.is_recorded  # late or not by the server's time, not 2024's
    qtbot.waitUntil(lambda: gate.offline_banner.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: station.link_label.text() == "OFFLINE, 1 menunggu", timeout=5_000)
    assert gate.offline_banner.text().startswith("OFFLINE, 1 menunggu")
    assert gate.counters.present.text() == "43 / 60"  # the cache counts it
    station.grab().save(str(tmp_path / "gerbang-offline.png"))

    proxy.restore()
    qtbot.waitUntil(lambda: station.link_label.text() == "Server terhubung", timeout=8_000)
    qtbot.waitUntil(lambda: not gate.offline_banner.isVisible(), timeout=3_000)
    assert Checkin.select().where(Checkin.event == event.id).count() == 43


def test_connection_test_reports_server_version_and_current_schema(qtbot, pg_url):
    settings = open_settings()
    dialog = DatabaseDialog(settings)
    qtbot.addWidget(dialog)
    Store(pg_url).close()  # a schema made by this version
    dialog.shared.setChecked(True)
    dialog.url.setText(pg_url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check_label.text().startswith("✔"), timeout=5_000)
    assert "PostgreSQL 1" in dialog.check_label.text()
    assert f"skema versi {available()[-1].version}, terbaru" in dialog.check_label.text()
    assert "netra:" not in dialog.check_label.text()  # no password on screen
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.get(DATABASE_URL) == pg_url


def test_unreachable_server_is_reported_and_not_saved(qtbot, proxy):
    settings = open_settings()
    dialog = DatabaseDialog(settings)
    qtbot.addWidget(dialog)
    proxy.cut()
    dialog.shared.setChecked(True)
    dialog.url.setText(proxy.url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check_label.text().startswith("✖"), timeout=8_000)
    assert "tidak terhubung" in dialog.check_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.get(DATABASE_URL) == ""


def test_cancelling_while_offline_says_it_needs_the_server(qtbot, station, proxy):
    station.show_place("gerbang")
    gate = station.place("gerbang").view
    qtbot.waitUntil(lambda: gate.recent.topLevelItemCount() > 0)
    proxy.cut()
    qtbot.waitUntil(lambda: gate.offline_banner.isVisible(), timeout=5_000)
    qtbot.mouseClick(gate.cancel_button, Qt.MouseButton.LeftButton)
    assert gate.cancel_dialog is None
    assert gate.message.text() == "Pembatalan perlu server; tunggu sampai terhubung lagi."


@pytest.fixture
def english(qapp):
    assert install_language(Language.ENGLISH)
    yield
    install_language(Language.INDONESIAN)


def test_the_connection_test_speaks_english(qtbot, pg_url, proxy, english):
    settings = open_settings()
    dialog = DatabaseDialog(settings)
    qtbot.addWidget(dialog)
    Store(pg_url).close()
    dialog.shared.setChecked(True)
    dialog.url.setText(pg_url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check_label.text().startswith("✔"), timeout=5_000)
    assert f"schema version {available()[-1].version}, the newest" in dialog.check_label.text()
    proxy.cut()
    dialog.url.setText(proxy.url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check_label.text().startswith("✖"), timeout=8_000)
    assert dialog.check_label.text().startswith("✖ not connected to postgresql://127.0.0.1:")
