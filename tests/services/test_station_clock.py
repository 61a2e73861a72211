"""What time a check-in gets: the server's when connected, the server's reckoned from the
last measured offset when cut off, the laptop's own on a single laptop. The station clock is
an injected one, set minutes off the real time; the server's clock is the real one."""

import sqlite3
from datetime import datetime, timedelta

import pytest

from app.core.checkin import Method
from app.core.clock import FixedClock
from app.services.container import Services
from app.store.models import Checkin
from app.store.station_cache import StationCache
from app.store.store import Store
from tests.conftest import DEMO_MORNING

TEN_MINUTES = timedelta(minutes=10)


def absent_token(services, event, skip=0):
    absent = [p for p in services.store.people.expected_people(event.id)
              if services.store.checkins.prior_checkin(event.id, p.id) is None]  # fmt: skip
    return services.badges.token_for(event.organisation_id, absent[skip])


def row_of(result):
    return Checkin.get(Checkin.person == result.person.id)


def near_real_now(at, within=30):
    return abs((at - datetime.now()).total_seconds()) < within


def test_single_laptop_check_in_keeps_its_own_clock_and_says_so(demo):
    event = demo.events.list_events()[0]
    result = demo.checkins.scan(event.id, absent_token(demo, event), Method.SCANNER, "G1")
    row = row_of(result)
    assert (row.at, row.time_source, row.clock_offset_s, row.offset_age_s) == (
        DEMO_MORNING, "local", None, None,
    )  # fmt: skip
    assert demo.link.sync(event.id).clock.offset_s is None  # no server to compare with
    assert demo.safety.verify_audit(event.id).intact


def test_a_check_ins_time_source_edited_in_the_file_is_named_by_audit_verify(demo, db_path):
    event = demo.events.list_events()[0]
    result = demo.checkins.scan(event.id, absent_token(demo, event), Method.SCANNER, "G1")
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE checkin SET time_source = 'server' WHERE person_id = ?",
                    (result.person.id,))  # fmt: skip
    report = demo.safety.verify_audit(event.id)
    assert not report.intact
    assert any("sumber jam tercatat 'local', sekarang 'server'" in m.reason
               for m in report.checkins)  # fmt: skip
    assert report.seals  # the station's signature covers the source too


@pytest.fixture
def skewed_gate(proxy, tmp_path):
    """A gate on the venue server (through a cuttable proxy) whose clock is 10 minutes slow."""
    store = Store(proxy.url)
    cache = StationCache(tmp_path / "cache.sqlite3")
    clock = FixedClock(datetime.now().replace(microsecond=0) - TEN_MINUTES)
    ticks = [1000.0]
    services = Services.build(store, clock=clock, actor="petugas", station="Gerbang 3",
                              cache=cache)  # fmt: skip
    services.checkins.station_clock.ticks = lambda: ticks[0]
    services.demo.ensure_demo(30)
    yield services, clock, ticks
    cache.close()
    store.close()


def test_connected_check_in_takes_the_servers_time_not_the_slow_station_clock(skewed_gate):
    gate, _, _ = skewed_gate
    event = gate.events.list_events()[0]
    result = gate.link.scan(event.id, absent_token(gate, event), Method.CAMERA, "Gerbang 3")
    assert result.outcome.is_recorded and near_real_now(result.at)
    row = row_of(result)
    assert (row.time_source, row.clock_offset_s) == ("server", None) and near_real_now(row.at)
    assert gate.safety.verify_audit(event.id).intact


def test_offset_is_measured_on_connecting_and_flags_a_station_thirty_seconds_off(skewed_gate):
    gate, clock, ticks = skewed_gate
    status = gate.link.sync(None)
    assert status.clock.skewed and abs(status.clock.offset_s - 600) <= 2
    clock.at += TEN_MINUTES  # the clerk sets the clock right
    ticks[0] += 30
    assert gate.link.sync(None).clock.skewed  # a measurement stands for a minute
    ticks[0] += 30
    status = gate.link.sync(None)
    assert not status.clock.skewed and abs(status.clock.offset_s) <= 2


def test_cut_off_station_stamps_server_time_from_its_offset_even_if_its_clock_is_moved(
    skewed_gate, proxy
):
    gate, clock, ticks = skewed_gate
    event = gate.events.list_events()[0]
    tokens = [absent_token(gate, event, n) for n in (0, 1)]
    assert gate.link.sync(event.id).online  # connects: offset measured, cache filled
    proxy.cut()
    ticks[0] += 5
    first = gate.link.scan(event.id, tokens[0], Method.CAMERA, "Gerbang 3")
    clock.at -= TEN_MINUTES  # set back ten more minutes while cut off
    ticks[0] += 5
    second = gate.link.scan(event.id, tokens[1], Method.CAMERA, "Gerbang 3")
    assert gate.link.status().waiting == 2
    with gate.store.routed_to(gate.link.cache.db):
        rows = [row_of(first), row_of(second)]
    assert [r.time_source for r in rows] == ["offset", "offset"]
    assert [r.offset_age_s for r in rows] == [5, 10]
    assert abs(rows[0].clock_offset_s - 605) <= 2 and abs(rows[1].clock_offset_s - 1210) <= 2
    assert rows[1].at - rows[0].at == timedelta(seconds=5)  # the monotonic clock's 5 s
    assert all(near_real_now(r.at) for r in rows)

    proxy.restore()
    assert gate.link.sync(event.id).online
    merged = [row_of(first), row_of(second)]  # on the server now, with what they carried
    assert [(r.time_source, r.at) for r in merged] == [("offset", r.at) for r in rows]
    assert gate.safety.verify_audit(event.id).intact


def test_records_stamped_before_any_measurement_are_corrected_when_the_outbox_is_sent(
    skewed_gate, proxy
):
    gate, clock, ticks = skewed_gate
    event = gate.events.list_events()[0]
    token = absent_token(gate, event)
    assert gate.link.sync(event.id).online  # the cache holds the event
    gate.checkins.station_clock.reading = None  # as if no measurement had been made yet
    proxy.cut()
    result = gate.link.scan(event.id, token, Method.CAMERA, "Gerbang 3")
    with gate.store.routed_to(gate.link.cache.db):
        assert row_of(result).time_source == "local"
        assert row_of(result).at == clock.at  # ten minutes slow
    proxy.restore()
    ticks[0] += 90
    assert gate.link.sync(event.id).online  # measures first, then sends the outbox
    merged = row_of(result)
    assert (merged.time_source, near_real_now(merged.at)) == ("corrected", True)
    assert abs(merged.clock_offset_s - 600) <= 2
    assert gate.safety.verify_audit(event.id).intact
