"""A gate whose laptop clock is minutes off the venue server's is told so in amber, across
the gate and in the status bar, before its first scan; its scans still get server time."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.bootstrap import open_settings
from app.core.clock import FixedClock
from app.services.container import Services
from app.store.models import Checkin
from app.store.station_cache import StationCache
from app.store.store import Store
from app.ui.main_window import MainWindow


def open_station(qtbot, pg_url, tmp_path, clock):
    QApplication.instance().setStyleSheet("")
    store = Store(pg_url)
    cache = StationCache(tmp_path / "cache.sqlite3")
    services = Services.build(store, clock=clock, station="Gerbang 3", cache=cache)
    services.demo.ensure_demo(30)
    window = MainWindow(services, open_settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_event is not None)
    return window, lambda: (window.close(), cache.close(), store.close())


@pytest.fixture
def slow_station(qtbot, pg_url, tmp_path):
    slow = FixedClock(datetime.now().replace(microsecond=0) - timedelta(minutes=5, seconds=20))
    window, close = open_station(qtbot, pg_url, tmp_path, slow)
    yield window
    close()


def test_slow_station_clock_shows_an_amber_band_and_status_before_any_scan(
    qtbot, slow_station, tmp_path
):
    slow_station.show_place("gerbang")
    gate = slow_station.place("gerbang").view
    qtbot.waitUntil(lambda: gate.clock_banner.isVisible(), timeout=5_000)
    assert gate.clock_banner.text().startswith("JAM LAPTOP INI 5 menit")
    assert "LEBIH LAMBAT dari server" in gate.clock_banner.text()
    qtbot.waitUntil(lambda: slow_station.clock_label.isVisible(), timeout=3_000)
    assert slow_station.clock_label.text().startswith("Jam meleset -5:")
    slow_station.grab().save(str(tmp_path / "gerbang-jam-meleset.png"))

    services = slow_station.services
    event = services.events.list_events()[0]
    person = next(p for p in services.store.people.expected_people(event.id)
                  if services.store.checkins.prior_checkin(event.id, p.id) is None)  # fmt: skip
    results = []
    gate.result_shown.connect(lambda result, _: results.append(result))
    gate.paste.setText(services.badges.token_for(event.organisation_id, person))
    qtbot.keyClick(gate.paste, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10_000)
    row = Checkin.get(Checkin.person == person.id)
    assert row.time_source == "server"
    assert abs((row.at - datetime.now()).total_seconds()) < 30


def test_station_clock_within_thirty_seconds_shows_no_band(qtbot, pg_url, tmp_path):
    window, close = open_station(qtbot, pg_url, tmp_path, FixedClock(datetime.now()))
    window.show_place("gerbang")
    gate = window.place("gerbang").view
    qtbot.waitUntil(lambda: window.link_label.text() == "Server terhubung", timeout=5_000)
    qtbot.waitUntil(lambda: window.services.link.status().clock.offset_s is not None)
    assert not gate.clock_banner.isVisible() and not window.clock_label.isVisible()
    close()
