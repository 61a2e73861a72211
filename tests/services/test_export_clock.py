"""A gate laptop with no network whose clock was set back ten minutes (to make late friends
punctual): the merge reads its clock from the export, refuses to guess, and once told,
corrects its times (audited, listed) or keeps them without letting them win. On HR's SQLite
file and on a PostgreSQL server."""

import json
from datetime import datetime, timedelta

import pytest

from app.core.clock import FixedClock
from app.core.export_clock import SKEWED_KEPT_WORDS, ClockChoice, compare_export
from app.core.station_records import read_records, write_records
from app.services.container import Services
from app.services.event_service import Invalid
from app.store.models import AuditLog, Checkin
from app.store.store import Store
from tests.services.test_station_signatures import ADMIN_PIN, approve_gate

DAY = datetime(2024, 10, 1)
SET_BACK = timedelta(minutes=10)


def at(clock_time):
    return datetime.combine(DAY.date(), datetime.strptime(clock_time, "%H:%M:%S").time())


def people_named(services, event, count):
    absent = [p for p in services.store.people.expected_people(event.id)
              if services.store.checkins.prior_checkin(event.id, p.id) is None]  # fmt: skip
    return absent[:count]


@pytest.fixture(params=["sqlite", "postgresql"])
def hr_target(request, tmp_path):
    """HR's database: a SQLite file or a PostgreSQL server."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "hr.sqlite3")


@pytest.fixture
def insider_day(hr_target, tmp_path):
    """B is recorded at HR's gate at 07:44 (on time). At 07:48 and 07:50 (true time) the
    insider's gate laptop, its clock ten minutes slow, records B and a late friend A as 07:38
    and 07:40, then exports at 07:40:10 by its clock. HR merges at 07:50:30.

    One database is open at a time (the models are bound to the last one opened)."""
    hr_store = Store(hr_target)
    hr = Services.build(hr_store, clock=FixedClock(at("07:44:00")), station="Gerbang 1")
    hr.demo.ensure_demo(40)
    assert not isinstance(hr.admin_pins.set_pin(ADMIN_PIN), Invalid)
    event = hr.events.list_events()[0]
    friend, other = people_named(hr, event, 2)
    # On the server this check-in takes the server's time (today), not 07:44.
    other_at = hr.checkins.manual(event.id, other.id, "lupa kartu", "Gerbang 1").at
    hr_store.close()

    gate_store = Store(str(tmp_path / "gerbang.sqlite3"))
    gate_clock = FixedClock(at("07:48:00") - SET_BACK)
    gate = Services.build(gate_store, clock=gate_clock, actor="petugas", station="Gerbang 2")
    gate.demo.ensure_demo(40)
    gate_event = gate.events.list_events()[0]
    on_gate = {p.id_number: p for p in people_named(gate, gate_event, 40)}
    gate.checkins.manual(gate_event.id, on_gate[other.id_number].id, "lupa kartu", "Gerbang 2")
    gate_clock.at = at("07:50:00") - SET_BACK
    gate.checkins.manual(gate_event.id, on_gate[friend.id_number].id, "lupa kartu", "Gerbang 2")
    gate_clock.at = at("07:50:10") - SET_BACK
    text = write_records(gate.stations.export(gate_event.id, "Gerbang 2"), gate.enrolment.key)
    gate_store.close()

    hr_store = Store(hr_target)
    hr = Services.build(hr_store, clock=FixedClock(at("07:50:30")), actor="hr")
    approve_gate(hr, text)
    yield hr, event, text, friend, other, other_at
    hr_store.close()


def row(event, person):
    return Checkin.get((Checkin.event == event.id) & (Checkin.person == person.id))


def test_merge_refuses_a_skewed_export_until_told_and_says_by_how_much(insider_day):
    hr, event, text, friend, *_ = insider_day
    refused = hr.stations.merge_files(event.id, [("gerbang2.json", text)])
    assert isinstance(refused, Invalid)
    message = refused.errors[0].message
    assert refused.errors[0].field == "gerbang2.json"
    assert "berkas diekspor pukul 07.40.10 menurut jamnya, 10 menit 20 detik yang lalu" in message
    assert "kurang dari 15 menit" in message and "--koreksi-jam" in message
    assert hr.store.checkins.prior_checkin(event.id, friend.id) is None  # nothing merged


def test_corrected_merge_gives_server_like_times_recomputes_late_and_is_audited(insider_day):
    hr, event, text, friend, other, other_at = insider_day
    report = hr.stations.merge_files(event.id, [("gerbang2.json", text)], ClockChoice.CORRECT)
    in_file = len(read_records(text).checkins)  # the demo's arrivals came by its clock too
    assert (report.added, report.corrected) == (1, in_file)
    friend_row, other_row = row(event, friend), row(event, other)
    assert (friend_row.at, friend_row.late) == (at("07:50:20"), True)  # no longer punctual
    assert (friend_row.time_source, friend_row.clock_offset_s) == ("corrected", 620)
    corrected_other = at("07:48:20")  # B's 07:38 by the slow clock
    assert (other_row.at, other_row.station) == min(
        (other_at, "Gerbang 1"), (corrected_other, "Gerbang 2")
    )
    corrections = [c for c in report.conflicts if c.corrected_s == 620]
    assert {(c.id_number, c.other_at) for c in corrections} >= {
        (friend.id_number, at("07:40:00")), (other.id_number, at("07:38:00"))
    }  # fmt: skip
    entry = AuditLog.get((AuditLog.action == "checkin.merge") & (AuditLog.entity_id == friend.id))
    details = json.loads(entry.details)["details"]
    assert (details["stamped_at"], details["stamped_late"]) == ("2024-10-01 07:40:00", False)
    assert hr.safety.verify_audit(event.id).intact


def test_uncorrected_skewed_times_are_kept_but_cannot_win_the_earliest_time(insider_day):
    hr, event, text, friend, other, other_at = insider_day
    report = hr.stations.merge_files(event.id, [("gerbang2.json", text)], ClockChoice.KEEP)
    assert (report.added, report.moved_earlier, report.corrected) == (1, 0, 0)
    assert (row(event, other).at, row(event, other).station) == (other_at, "Gerbang 1")
    assert row(event, friend).time_source == "local"
    (kept,) = [c for c in report.conflicts if c.id_number == other.id_number]
    assert kept.problem == SKEWED_KEPT_WORDS
    choice = json.loads(AuditLog.get(AuditLog.action == "merge.clock").details)["details"]
    assert (choice["choice"], choice["offset_s"]) == ("keep", 620)
    assert hr.safety.verify_audit(event.id).intact


def test_an_export_older_than_fifteen_minutes_is_not_compared_and_merges_as_it_is(insider_day):
    hr, event, text, friend, *_ = insider_day
    hr.clock.at = at("08:10:00")
    report = hr.stations.merge_files(event.id, [("gerbang2.json", text)])
    assert not isinstance(report, Invalid)
    (clock,) = report.clocks
    assert clock.offset_s is None and "tidak dapat dibandingkan" in clock.verdict
    assert row(event, friend).at == at("07:40:00")


def test_an_export_stamped_in_the_future_proves_a_fast_clock_whatever_the_transit():
    clock = compare_export("Gerbang 4", at("07:35:00"), at("07:30:00"))
    assert clock.skewed and clock.offset_s == -300
    assert "5 menit lebih cepat dari jam laptop ini (sekurang-kurangnya)" in clock.verdict


@pytest.mark.parametrize("hr_target", ["sqlite"], indirect=True)
def test_a_corrected_time_after_the_gate_closed_is_refused_though_its_stamp_was_before(
    insider_day,
):
    """The slow clock stamped A at 07:40; corrected, A came at 07:50:20, after HR closed the
    gate at 07:45. The stamp must not decide: it is the time the clock was set back to."""
    hr, event, text, friend, *_ = insider_day
    hr.clock.at = at("07:45:00")
    assert not isinstance(hr.gate.close(event.id, "HR", ADMIN_PIN), Invalid)
    hr.clock.at = at("07:50:30")
    report = hr.stations.merge_files(event.id, [("gerbang2.json", text)], ClockChoice.CORRECT)
    (after_close,) = [c for c in report.conflicts if c.id_number == friend.id_number and c.problem]
    assert "setelah gerbang ditutup pukul 07.45" in after_close.problem
    assert after_close.other_at == at("07:50:20")
    assert not Checkin.select().where(Checkin.person == friend.id).exists()


@pytest.mark.parametrize("hr_target", ["sqlite"], indirect=True)
def test_a_time_while_the_gate_was_closed_is_refused_though_it_was_reopened_before_the_merge(
    insider_day,
):
    """HR closed the gate at 07:45 and reopened it at 07:49 (for a late guest, or for the
    afternoon's Pulang): the gate with no network knew nothing of it, and its 07:48:20 was
    let in by the merge because the gate read as open. 07:50:20, after the reopening, counts."""
    hr, event, text, friend, other, _ = insider_day
    hr.clock.at = at("07:45:00")
    assert not isinstance(hr.gate.close(event.id, "HR", ADMIN_PIN), Invalid)
    hr.clock.at = at("07:49:00")
    assert not isinstance(hr.gate.reopen(event.id, ADMIN_PIN, "tamu terlambat"), Invalid)
    hr.clock.at = at("07:50:30")
    report = hr.stations.merge_files(event.id, [("gerbang2.json", text)], ClockChoice.CORRECT)
    (while_closed,) = [c for c in report.conflicts if c.id_number == other.id_number and c.problem]
    assert "setelah gerbang ditutup pukul 07.45" in while_closed.problem
    assert while_closed.other_at == at("07:48:20")
    assert row(event, friend).at == at("07:50:20")
