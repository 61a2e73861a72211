"""The gate shows which moment it records, in large type: by the clock, or by hand until
the operator goes back to automatic; scans land in the moment shown."""

from dataclasses import replace
from datetime import time

import pytest
from PySide6.QtCore import Qt

from app.core.moments import Moment
from app.scanning.repeat_filter import SCANNER_HOLD_SECONDS
from tests.ui.test_gerbang_view import Gate

ARRIVAL = Moment("Kedatangan", time(6, 0), time(9, 0), time(7, 45), 1)
DEPARTURE = Moment("Pulang", time(15, 0), time(17, 0), time(16, 30))


@pytest.fixture
def gate(qtbot, demo, tmp_path):
    event = demo.events.list_events()[0]
    demo.events.save(replace(event, moments=[ARRIVAL, DEPARTURE]))
    return Gate(qtbot, demo, tmp_path)


def choose(gate, label):
    bar = gate.view.moment_bar
    index = bar.choice.findText(label, Qt.MatchFlag.MatchStartsWith)
    bar.choice.setCurrentIndex(index)
    bar.choice.activated.emit(index)


def test_the_moment_follows_the_clock_and_scans_land_in_it(gate):
    gate.show()
    bar = gate.view.moment_bar
    assert bar.isVisible() and bar.name.text() == "KEDATANGAN"  # the clock says 07:00
    gate.scan_keys(gate.view.paste, gate.token(gate.absent[0]))
    gate.wait_results(1)
    gate.services.clock.at = gate.services.clock.at.replace(hour=15, minute=10)
    gate.view.refresh()
    assert bar.name.text() == "PULANG" and "otomatis" in bar.how.text()
    gate.qtbot.wait(int(SCANNER_HOLD_SECONDS * 1000) + 100)  # the scanner's double-read guard
    gate.scan_keys(gate.view.paste, gate.token(gate.absent[0]))
    gate.wait_results(2)
    assert gate.results[1].outcome.is_recorded and gate.results[1].moment.name == "Pulang"
    event_id, person_id = gate.event.id, gate.absent[0].id
    assert gate.services.store.checkins.prior_checkin(event_id, person_id, 1).at.hour == 7
    assert gate.services.store.checkins.prior_checkin(event_id, person_id, 2).at.hour == 15


def test_a_moment_chosen_by_hand_is_kept_until_automatic_is_chosen_again(gate):
    gate.show()
    bar = gate.view.moment_bar
    choose(gate, "Pulang")
    gate.services.clock.at = gate.services.clock.at.replace(hour=7, minute=30)
    gate.view.refresh()
    assert bar.name.text() == "PULANG" and "manual" in bar.how.text()
    gate.scan_keys(gate.view.paste, gate.token(gate.absent[0]))
    gate.wait_results(1)
    assert gate.results[0].moment.name == "Pulang"
    assert gate.services.store.checkins.prior_checkin(gate.event.id, gate.absent[0].id, 1) is None
    choose(gate, "Otomatis")
    assert bar.name.text() == "KEDATANGAN"
    gate.scan_keys(gate.view.paste, gate.token(gate.absent[1]))
    gate.wait_results(2)
    assert gate.results[1].moment.name == "Kedatangan"


def test_an_event_with_one_moment_shows_no_moment_bar(qtbot, demo, tmp_path):
    gate = Gate(qtbot, demo, tmp_path)
    gate.show()
    assert not gate.view.moment_bar.isVisible()


def test_a_hand_choice_stays_when_the_event_is_read_again_after_an_edit(gate):
    gate.show()
    choose(gate, "Pulang")
    gate.view.set_event(gate.services.events.get(gate.event.id))  # as after saving the event
    assert gate.view.moment_bar.chosen == 2 and gate.view.moment_bar.name.text() == "PULANG"


def test_the_moment_shown_follows_the_server_time_the_station_measured(gate):
    from time import monotonic

    from app.core.station_time import reading_from

    gate.show()
    local = gate.services.clock.at  # 07:00 on this laptop; the server says 15:05
    station_clock = gate.services.checkins.station_clock
    station_clock.reading = reading_from(local.replace(hour=15, minute=5), local, monotonic())
    gate.view.refresh()
    assert gate.view.moment_bar.name.text() == "PULANG"
