"""The one-check-in rule across stations: separate processes scanning at the same moment."""

import random
from collections import Counter

import pytest

from app.core.clock import FixedClock
from app.services.container import Services
from app.store.models import Checkin, ScanLog
from app.store.store import Store
from benchmarks.scan_worker import run_stations
from tests.conftest import DEMO_MORNING


def absent_badges(target, people):
    """A demo event on ``target`` and the badge codes of people not yet present."""
    store = Store(target)
    services = Services.build(store, clock=FixedClock(DEMO_MORNING))
    event_id = services.demo.ensure_demo(people).event_id
    present = {row.person_id for row in Checkin.select(Checkin.person)}
    absent = [p for p in store.people.expected_people(event_id) if p.id not in present]
    issued = services.badges.issue(services.events.get(event_id).organisation_id, absent)
    scans_before = ScanLog.select().count()
    store.close()
    return event_id, [badge.token for badge in issued], len(present), scans_before


def totals(results):
    outcomes = Counter()
    for result in results:
        outcomes.update(result["outcomes"])
    return outcomes


def stored(target, event_id):
    store = Store(target)
    try:
        checkins = Checkin.select().where(Checkin.event == event_id)
        people = [row.person_id for row in checkins]
        return len(people), len(set(people)), ScanLog.select().count()
    finally:
        store.close()


def test_two_stations_scanning_the_same_badges_at_the_same_moment_record_each_once(pg_url):
    event_id, tokens, present, scans_before = absent_badges(pg_url, 120)
    badges = tokens[:30]
    results = run_stations(pg_url, event_id, [badges, badges])
    for result in results:
        assert sum(result["outcomes"].values()) == len(badges)
    outcomes = totals(results)
    recorded = outcomes["recorded"] + outcomes["late"]
    assert (recorded, outcomes["duplicate"]) == (len(badges), len(badges))
    assert stored(pg_url, event_id) == (present + 30, present + 30, scans_before + 60)


def overlapping_scans(tokens, stations, scans, seed=9):
    """Each station scans ``scans`` codes drawn from the same people, repeats included."""
    rng = random.Random(seed)
    return [[rng.choice(tokens) for _ in range(scans)] for _ in range(stations)]


@pytest.mark.slow
def test_four_stations_of_2500_scans_give_one_check_in_per_person_on_postgresql(pg_url):
    event_id, tokens, present, scans_before = absent_badges(pg_url, 2_000)
    lists = overlapping_scans(tokens[:600], 4, 2_500)
    outcomes = totals(run_stations(pg_url, event_id, lists))
    scanned = {code for codes in lists for code in codes}
    assert outcomes["recorded"] + outcomes["late"] == len(scanned)
    assert outcomes["duplicate"] == 10_000 - len(scanned)
    assert stored(pg_url, event_id) == (
        present + len(scanned),
        present + len(scanned),
        scans_before + 10_000,
    )


def test_four_stations_on_one_sqlite_file_give_one_check_in_per_person(db_path):
    target = str(db_path)
    event_id, tokens, present, scans_before = absent_badges(target, 400)
    lists = overlapping_scans(tokens[:80], 4, 150)
    outcomes = totals(run_stations(target, event_id, lists))
    scanned = {code for codes in lists for code in codes}
    assert outcomes["recorded"] + outcomes["late"] == len(scanned)
    assert stored(target, event_id) == (
        present + len(scanned),
        present + len(scanned),
        scans_before + 600,
    )
