"""A gate that loses the venue server keeps scanning, and catches up when it is back.

The connection is cut for real: the station reaches PostgreSQL through a TCP proxy on
loopback that is closed and reopened. Another station is another process.
"""

import subprocess
import sys
from datetime import datetime

import pytest

from app.core.checkin import Guest, Method
from app.core.clock import FixedClock
from app.core.outcomes import Outcome
from app.services.container import Services
from app.store.models import Checkin, ScanLog
from app.store.station_cache import StationCache
from app.store.store import Store

MORNING = datetime(2024, 10, 1, 7, 0)


@pytest.fixture
def gate(proxy, tmp_path):
    store = Store(proxy.url)
    cache = StationCache(tmp_path / "cache.sqlite3")
    services = Services.build(store, clock=FixedClock(MORNING), actor="petugas",
                              station="Gerbang 3", cache=cache)  # fmt: skip
    services.demo.ensure_demo(40)
    yield services
    cache.close()
    store.close()


def absent_tokens(services, event, count):
    present = {row.person_id for row in Checkin.select(Checkin.person)}
    people = [p for p in services.store.people.expected_people(event.id) if p.id not in present][
        :count
    ]
    issued = services.badges.issue(event.organisation_id, people)
    return [badge.token for badge in issued]


def scan(services, event, token):
    return services.link.scan(event.id, token, Method.CAMERA, "Gerbang 3")


def other_station_checks_in(pg_url, event, token):
    """Another gate, another process, straight on the server (its clock: today, later)."""
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", pg_url, "checkin", token, "--event",
         str(event.id), "--station", "Gerbang 1"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_lost_server_scans_offline_then_sends_outbox_earliest_time_winning(gate, proxy, pg_url):
    event = gate.events.list_events()[0]
    first, second = absent_tokens(gate, event, 2)
    present_token = gate.badges.issue(
        event.organisation_id, [gate.store.people.person_by_id(Checkin.select().first().person_id)]
    )[0].token
    assert gate.link.sync(event.id).online

    proxy.cut()
    assert scan(gate, event, first).outcome.is_recorded
    status = gate.link.status()
    assert (status.online, status.waiting) == (False, 1)
    assert scan(gate, event, first).outcome is Outcome.DUPLICATE
    assert scan(gate, event, present_token).outcome is Outcome.DUPLICATE  # known from cache
    assert scan(gate, event, "NT1GARBAGE").outcome is Outcome.INVALID
    assert scan(gate, event, second).outcome.is_recorded  # offline, earlier
    other_station_checks_in(pg_url, event, second)  # recorded later on the server
    assert gate.link.sync(event.id).online is False  # still cut: stays offline
    assert gate.link.status().waiting == 5

    proxy.restore()
    status = gate.link.sync(event.id)
    assert (status.online, status.waiting) == (True, 0)
    ids = {p.id_number: p.id for p in gate.store.people.expected_people(event.id)}
    by_person = {row.person_id: row for row in Checkin.select().where(Checkin.event == event.id)}
    assert len(by_person) == Checkin.select().where(Checkin.event == event.id).count()
    newcomers = [by_person[ids[gate.badges.verify(event.organisation_id, t).claim.person_id]]
                 for t in (first, second)]  # fmt: skip
    # Stamped offline with the offset measured before the cut: server time, not the
    # gate's clock (which says 2024).
    assert [(c.station, c.time_source) for c in newcomers] == [("Gerbang 3", "offset")] * 2
    assert all(abs((c.at - datetime.now()).total_seconds()) < 60 for c in newcomers)
    second_scans = ScanLog.select().where(ScanLog.person == newcomers[1].person_id)
    assert sorted(s.station for s in second_scans) == ["Gerbang 1", "Gerbang 3"]
    assert ScanLog.select().where(ScanLog.station == "Gerbang 3").count() == 5

    scans_before = ScanLog.select().count()
    assert gate.link.sync(event.id).online  # nothing left to send: nothing doubles
    assert ScanLog.select().count() == scans_before
    assert scan(gate, event, first).outcome is Outcome.DUPLICATE  # online again


def test_a_walk_in_registered_on_the_server_reaches_the_cache_with_its_check_in(gate):
    event = gate.events.list_events()[0]
    gate.link.sync(event.id)  # the cache holds the event and who is in
    guest = Guest("Hendra Wijaya", "3374011203750004", "Kantor Kementerian Agama", "Undangan")
    recorded = gate.link.walk_in(event.id, guest, "Gerbang 3")
    assert gate.link.sync(event.id).online
    with gate.store.routed_to(gate.link.cache.db):
        assert Checkin.select().where(Checkin.person == recorded.person.id).count() == 1


@pytest.fixture
def no_hang():
    """A wait on the server's locks that never ends fails the run instead of hanging it."""
    import faulthandler

    faulthandler.dump_traceback_later(900, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def netra_on(pg_url, *args, stdin=None):
    """HR's laptop: another process on the same server, as at the venue."""
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", pg_url, *args],
        capture_output=True, text=True, timeout=60, input=stdin,
    )  # fmt: skip


def test_outbox_of_a_station_hr_has_not_approved_waits_until_it_is_approved(
    proxy, pg_url, tmp_path, no_hang
):
    """On a shared server a new station asks to be enrolled; its offline records are not
    lost while HR has not approved it, and go in once HR has (approved from HR's own
    process, which takes the audit lock while the gate's connection is open)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.core.station_identity import Enrolment, StationKey

    assert netra_on(pg_url, "demo", "--people", "40").returncode == 0
    assert netra_on(pg_url, "pin", "set", "--admin", stdin="864200\n").returncode == 0
    store = Store(proxy.url)
    cache = StationCache(tmp_path / "cache.sqlite3")
    key = StationKey(Ed25519PrivateKey.generate())
    gate = Services.build(store, clock=FixedClock(MORNING), station="Gerbang 4", cache=cache,
                          station_key=key)  # fmt: skip
    try:
        event = gate.events.list_events()[0]
        (token,) = absent_tokens(gate, event, 1)
        assert gate.enrolment.request("Gerbang 4").status is Enrolment.REQUESTED
        assert gate.link.sync(event.id).online
        proxy.cut()
        assert gate.link.scan(event.id, token, Method.CAMERA, "Gerbang 4").outcome.is_recorded
        proxy.restore()
        assert gate.link.sync(event.id).waiting == 1  # refused by the server: kept
        approved = netra_on(pg_url, "station", "approve", key.fingerprint, stdin="864200\n")
        assert approved.returncode == 0, approved.stderr
        assert gate.link.sync(event.id).waiting == 0
        assert Checkin.select().where(Checkin.station == "Gerbang 4").count() == 1
        verified = netra_on(pg_url, "audit", "verify")
        assert verified.returncode == 0, verified.stdout + verified.stderr
    finally:
        cache.close()
        store.close()


def test_a_departure_scanned_offline_reaches_the_server_in_its_moment(gate, proxy):
    from dataclasses import replace
    from datetime import time

    from app.core.moments import Moment

    event = gate.events.list_events()[0]
    moments = [Moment("Kedatangan", time(6, 0), time(9, 0), time(7, 45), 1),
               Moment("Pulang", time(15, 0), time(17, 0), time(16, 30))]  # fmt: skip
    (token,) = absent_tokens(gate, event, 1)
    assert gate.link.sync(event.id).online  # the cache holds the event with one moment
    gate.events.save(replace(event, moments=moments))  # HR adds Pulang on the server
    assert gate.link.sync(event.id).online
    proxy.cut()
    result = gate.link.scan(event.id, token, Method.CAMERA, "Gerbang 3", moment=2)
    # Offline the gate stamps the server's time from the offset it measured (the real hour the
    # test runs), so whether it is late depends on that hour; the moment chosen by hand holds.
    assert result.outcome.is_recorded and result.moment.name == "Pulang"
    proxy.restore()
    assert gate.link.sync(event.id).online
    person_id = Checkin.select().order_by(Checkin.id.desc()).first().person_id
    assert gate.store.checkins.prior_checkin(event.id, person_id, 2).station == "Gerbang 3"
    assert gate.store.checkins.prior_checkin(event.id, person_id, 1) is None


def test_a_walk_in_registered_while_the_cache_copies_the_roster_does_not_break_the_copy(
    gate, monkeypatch
):
    """Another gate registers a guest between the cache's reads: the copy must not hold the
    guest's check-in without the guest (the cache's foreign key refused the whole copy)."""
    event = gate.events.list_events()[0]
    guest = Guest("Hendra Wijaya", "3374011203750004", "Kantor Kementerian Agama", "Undangan")
    walked_in, select = [], Checkin.select

    def select_after_a_walk_in(*fields):
        if not walked_in:
            walked_in.append(None)  # the walk-in's own reads pass straight through
            walked_in[0] = gate.checkins.walk_in(event.id, guest, "Gerbang 1")
        return select(*fields)

    monkeypatch.setattr(Checkin, "select", select_after_a_walk_in)
    gate.link.cache.refresh(event.id)
    monkeypatch.setattr(Checkin, "select", select)
    person = walked_in[0].person
    with gate.store.routed_to(gate.link.cache.db):
        assert Checkin.select().where(Checkin.person == person.id).count() == 1
