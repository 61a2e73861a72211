"""A gate laptop's file carrying check-ins of two moments, merged on HR's laptop: each lands
in its own moment, the earliest per moment wins, and a record moved between moments in the
file is refused by its station seal."""

import shutil
from dataclasses import replace
from datetime import time

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.checkin import Method
from app.core.clock import FixedClock
from app.core.moments import Moment
from app.core.station_identity import StationKey
from app.core.station_records import read_records, write_records
from app.services.container import Services
from app.services.event_service import Invalid, Saved
from app.store.store import Store
from tests.conftest import DEMO_MORNING
from tests.services.test_station_signatures import ADMIN_PIN, approve_gate, edited, refusal

ARRIVAL = Moment("Kedatangan", time(6, 0), time(9, 0), time(7, 45), 1)
DEPARTURE = Moment("Pulang", time(15, 0), time(17, 0), time(16, 30))


@pytest.fixture
def venue(tmp_path):
    """HR's two-moment event copied to a gate laptop, which records three people arriving and
    two of them leaving; its signed file, and HR's services with the gate enrolled."""
    hr_path, gate_path = tmp_path / "hr.sqlite3", tmp_path / "gerbang.sqlite3"
    hr_store = Store(str(hr_path))
    hr = Services.build(hr_store, clock=FixedClock(DEMO_MORNING), actor="hr")
    event_id = hr.demo.ensure_demo(30).event_id
    assert not isinstance(hr.admin_pins.set_pin(ADMIN_PIN), Invalid)
    event = hr.events.get(event_id)
    assert isinstance(hr.events.save(replace(event, moments=[ARRIVAL, DEPARTURE])), Saved)
    absent = [p for p in hr_store.people.expected_people(event_id)
              if hr_store.checkins.prior_checkin(event_id, p.id) is None][:3]  # fmt: skip
    tokens = [hr.badges.token_for(event.organisation_id, p) for p in absent]
    hr_store.close()
    shutil.copy(hr_path, gate_path)
    gate_key = StationKey(Ed25519PrivateKey.generate())
    gate_store = Store(str(gate_path))
    clock = FixedClock(DEMO_MORNING.replace(minute=20))
    gate = Services.build(gate_store, clock=clock, station="Gerbang 2", station_key=gate_key)
    for token in tokens:
        assert gate.checkins.scan(event_id, token, Method.SCANNER, "Gerbang 2").outcome.is_recorded
    clock.at = DEMO_MORNING.replace(hour=15, minute=20)
    for token in tokens[:2]:
        assert gate.checkins.scan(event_id, token, Method.SCANNER, "Gerbang 2").outcome.is_recorded
    text = write_records(gate.stations.export(event_id, "Gerbang 2"), gate_key)
    gate_store.close()
    hr_store = Store(str(hr_path))
    # HR merges as the gate exports, so the file's clock agrees with HR's.
    merged_at = FixedClock(DEMO_MORNING.replace(hour=15, minute=20))
    hr = Services.build(hr_store, clock=merged_at, actor="hr")
    approve_gate(hr, text)
    yield hr, event_id, text, absent
    hr_store.close()


def test_a_file_with_two_moments_merges_each_checkin_into_its_moment(venue):
    hr, event_id, text, absent = venue
    report = hr.stations.merge_files(event_id, [("gerbang2.json", text)])
    assert (report.added, report.conflicts) == (5, [])
    for person in absent[:2]:
        assert hr.store.checkins.prior_checkin(event_id, person.id, 1).at.hour == 7
        assert hr.store.checkins.prior_checkin(event_id, person.id, 2).at.hour == 15
    assert hr.store.checkins.prior_checkin(event_id, absent[2].id, 2) is None
    again = hr.stations.merge_files(event_id, [("gerbang2.json", text)])
    assert (again.added, again.unchanged) == (0, report.unchanged + 5)
    assert hr.safety.verify_audit(event_id).intact


def test_an_earlier_departure_elsewhere_moves_only_the_departure(venue):
    hr, event_id, text, absent = venue
    hr.clock.at = DEMO_MORNING.replace(hour=15, minute=45)
    token = hr.badges.token_for(hr.events.get(event_id).organisation_id, absent[0])
    hr.checkins.scan(event_id, token, Method.SCANNER, "Gerbang 1")
    report = hr.stations.merge_files(event_id, [("gerbang2.json", text)])
    assert report.moved_earlier == 1
    (conflict,) = report.conflicts
    assert conflict.moment == "Pulang" and conflict.other_station == "Gerbang 1"
    assert hr.store.checkins.prior_checkin(event_id, absent[0].id, 2).at.minute == 20


def test_a_departure_moved_into_the_arrival_in_the_file_is_refused(venue):
    hr, event_id, text, absent = venue

    def as_arrival(records):  # the third person never left through this gate: make it so
        departure = next(c for c in records["checkins"] if c["moment"] == 2)
        records["checkins"] = [
            c for c in records["checkins"]
            if not (c["moment"] == 1 and c["id_number"] == departure["id_number"])
        ]  # fmt: skip
        departure["moment"] = 1

    forged = edited(text, as_arrival)
    message = refusal(hr.stations.merge_files(event_id, [("g.json", forged)]))
    assert "tanda tangan stasiun tidak cocok" in message
    # The same records sent as a gate's outbox (no file signature): each record's seal.
    message = refusal(hr.stations.merge(event_id, read_records(forged)))
    assert "checkins[" in message
    assert all(hr.store.checkins.prior_checkin(event_id, p.id, 1) is None for p in absent)


def test_a_journal_line_keeps_the_moment_chosen_by_hand(demo, db_path, tmp_path):
    from app.services.journal_service import JournalService
    from app.store.journal import journal_path

    event = demo.events.list_events()[0]
    demo.events.save(replace(event, moments=[ARRIVAL, DEPARTURE]))
    person = next(p for p in demo.store.people.expected_people(event.id)
                  if demo.store.checkins.prior_checkin(event.id, p.id) is None)  # fmt: skip
    token = demo.badges.token_for(event.organisation_id, person)
    moved = tmp_path / "dipindah"
    moved.mkdir()
    demo.store.close()
    for name in (db_path.name, db_path.name + "-wal", db_path.name + "-shm"):
        if (db_path.parent / name).exists():
            shutil.move(db_path.parent / name, moved / name)
    result = demo.link.scan(event.id, token, Method.CAMERA, "Gerbang 1", moment=2)
    assert not result.shows_recorded  # the database is gone: kept in the journal
    back = Store(str(moved / db_path.name), create=False)
    try:
        report = JournalService(back, "petugas").merge(journal_path(db_path))
        assert report.problems == [] and sum(report.outcomes.values()) == 1
        assert demo.store.checkins.prior_checkin(event.id, person.id, 2) is not None
        assert demo.store.checkins.prior_checkin(event.id, person.id, 1) is None
    finally:
        back.close()


def test_a_corrected_departure_is_late_by_its_own_moment_not_the_arrival(venue):
    """The gate's clock is found two minutes slow and HR corrects it: the correction dropped
    each record's moment, so the 15.20 departures became later arrivals and were lost (and a
    departure of someone with no arrival would have counted as one), and their lateness was
    judged by the arrival's 07.45 instead of Pulang's 16.30."""
    from app.core.export_clock import ClockChoice
    from app.store.models import Checkin

    hr, event_id, text, absent = venue
    hr.stations.clock.at = DEMO_MORNING.replace(hour=15, minute=22)
    report = hr.stations.merge_files(event_id, [("gerbang2.json", text)], ClockChoice.CORRECT)
    assert report.added == 5
    departures = Checkin.select().where((Checkin.event == event_id) & (Checkin.moment == 2))
    assert [(row.at.minute, row.late) for row in departures] == [(22, False), (22, False)]
    arrivals = Checkin.select().where(
        (Checkin.event == event_id) & (Checkin.person.in_([p.id for p in absent]))
        & (Checkin.moment == 1)
    )  # fmt: skip
    assert [(row.at.minute, row.late) for row in arrivals] == [(22, False)] * 3
