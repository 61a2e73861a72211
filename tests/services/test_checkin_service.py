"""Check-in rules through the real service and a real SQLite file."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import IntegrityError

from app.core.admin_pin import PinVerdict
from app.core.badge_token import RejectReason, issue_token, new_private_key
from app.core.checkin import Guest, Method
from app.core.outcomes import Outcome
from app.services.checkin_service import Cancelled
from app.services.event_service import Invalid
from app.store.models import AuditLog, Checkin, EventAttendee, Person, ScanLog


@pytest.fixture
def gate(demo):
    event = demo.events.list_events()[0]
    people = demo.store.people.expected_people(event.id)
    absent = [p for p in people if demo.store.checkins.prior_checkin(event.id, p.id) is None]
    return demo, event, absent


def token(services, event, person):
    return services.badges.token_for(event.organisation_id, person)


def test_first_scan_is_recorded_with_station_method_and_scan_log(gate):
    services, event, absent = gate
    person = absent[0]
    result = services.checkins.scan(event.id, token(services, event, person), Method.CAMERA, "G3")
    assert result.outcome is Outcome.RECORDED and result.person.id == person.id
    row = Checkin.get((Checkin.event == event.id) & (Checkin.person == person.id))
    assert (row.station, row.method, row.late, row.operator) == ("G3", "camera", False, "tester")
    log = ScanLog.select().order_by(ScanLog.id.desc()).first()
    assert (log.outcome, log.method, log.station, log.person_id) == (
        "recorded", "camera", "G3", person.id,
    )  # fmt: skip
    assert AuditLog.select().where(AuditLog.action == "checkin.record").count() == 1


def test_second_scan_on_another_gate_is_duplicate_naming_the_first(gate, clock):
    services, event, absent = gate
    code = token(services, event, absent[0])
    services.checkins.scan(event.id, code, Method.CAMERA, "Gerbang 2")
    clock.at += timedelta(seconds=3)
    again = services.checkins.scan(event.id, code, Method.SCANNER, "Gerbang 1")
    assert again.outcome is Outcome.DUPLICATE and not again.repeat
    assert (again.first.station, again.first.at) == ("Gerbang 2", clock.at - timedelta(seconds=3))
    assert Checkin.select().where(Checkin.person == absent[0].id).count() == 1
    assert ScanLog.select().where(ScanLog.person == absent[0].id).count() == 2


def test_same_badge_again_at_the_same_gate_moments_later_still_shows_recorded(gate, clock):
    services, event, absent = gate
    code = token(services, event, absent[0])
    services.checkins.scan(event.id, code, Method.CAMERA, "Gerbang 1")
    clock.at += timedelta(seconds=3)
    again = services.checkins.scan(event.id, code, Method.CAMERA, "Gerbang 1")
    assert again.outcome is Outcome.DUPLICATE and again.repeat and again.shows_recorded
    clock.at += timedelta(minutes=5)
    later = services.checkins.scan(event.id, code, Method.CAMERA, "Gerbang 1")
    assert later.outcome is Outcome.DUPLICATE and not later.shows_recorded


def test_arrival_after_the_late_time_is_recorded_as_late(gate, clock):
    services, event, absent = gate
    late_before = services.events.counts(event.id).late
    clock.at = datetime.combine(event.day, event.late_after) + timedelta(minutes=1)
    result = services.checkins.scan(event.id, token(services, event, absent[0]), station="G1")
    assert result.outcome is Outcome.LATE
    assert services.events.counts(event.id).late == late_before + 1


def test_forged_revoked_unknown_and_foreign_badges_are_refused_and_logged(gate):
    services, event, absent = gate
    person = absent[0]
    good = token(services, event, person)
    forged = good[:-5] + ("A" if good[-5] != "A" else "B") + good[-4:]
    foreign = issue_token(new_private_key(), person.id_number, 1, event.day)
    stranger = replace(person, id_number="199001012015031999")
    unknown = token(services, event, stranger)
    outcomes = {
        code: services.checkins.scan(event.id, code, station="G1")
        for code in (forged, foreign, unknown, "https://contoh.id", "")
    }
    assert [r.outcome for r in outcomes.values()] == [Outcome.INVALID] * 2 + [
        Outcome.UNKNOWN_PERSON, Outcome.INVALID, Outcome.INVALID,
    ]  # fmt: skip
    assert outcomes[foreign].reason is RejectReason.UNKNOWN_KEY
    Person.update(badge_serial=2).where(Person.id == person.id).execute()
    revoked = services.checkins.scan(event.id, good, station="G1")
    assert revoked.outcome is Outcome.REVOKED and revoked.person.id == person.id
    assert Checkin.select().where(Checkin.person == person.id).count() == 0
    assert ScanLog.select().count() == 6


def test_valid_badge_not_on_the_event_list_can_be_admitted(gate):
    services, event, absent = gate
    person = absent[0]
    EventAttendee.delete().where(EventAttendee.person == person.id).execute()
    code = token(services, event, person)
    result = services.checkins.scan(event.id, code, station="G1")
    assert result.outcome is Outcome.NOT_EXPECTED
    before = services.events.counts(event.id)
    admitted = services.checkins.admit(event.id, person.id, Method.CAMERA, "G1")
    assert admitted.outcome is Outcome.RECORDED
    after = services.events.counts(event.id)
    assert (after.expected, after.present) == (before.expected + 1, before.present + 1)


def test_notice_for_flagged_people_comes_with_the_result(gate):
    services, event, absent = gate
    notice = "menuju meja penandatanganan pakta integritas"
    EventAttendee.update(notice=notice).where(EventAttendee.person == absent[0].id).execute()
    result = services.checkins.scan(event.id, token(services, event, absent[0]), station="G1")
    assert result.notice == notice


def test_store_refuses_a_second_checkin_even_without_the_service(gate):
    _services, event, absent = gate
    row = dict(event=event.id, person=absent[0].id, at=datetime(2024, 10, 1, 7), station="x",
               method="manual", operator="t", late=False, note="")  # fmt: skip
    Checkin.insert(**row).execute()
    with pytest.raises(IntegrityError):
        Checkin.insert(**row).execute()


def test_manual_entry_needs_a_reason_and_is_marked_manual(gate):
    services, event, absent = gate
    refused = services.checkins.manual(event.id, absent[0].id, "  ", "G1")
    assert isinstance(refused, Invalid) and refused.errors[0].field == "alasan"
    result = services.checkins.manual(event.id, absent[0].id, "Kartu tertinggal", "G1")
    assert result.outcome is Outcome.RECORDED and result.method is Method.MANUAL
    (recent,) = [r for r in services.checkins.recent(event.id, 200) if r.person_id == absent[0].id]
    assert (recent.method, recent.note) == ("manual", "Kartu tertinggal")


def test_search_finds_expected_people_by_name_or_spaced_nip(gate):
    services, event, absent = gate
    person = absent[0]
    assert person in services.checkins.search(event.id, person.name)
    spaced = person.display_id
    assert services.checkins.search(event.id, spaced) == [person]
    assert services.checkins.search(event.id, "   ") == []


def test_walk_in_guest_is_counted_as_walk_in_not_expected(gate):
    services, event, _ = gate
    before = services.events.counts(event.id)
    guest = Guest("Hendra Wijaya", "3374011203750004", "Kemenag", "Undangan tamu")
    result = services.checkins.walk_in(event.id, guest, "G1")
    assert result.outcome is Outcome.RECORDED and result.person.is_guest
    after = services.events.counts(event.id)
    assert (after.present, after.walk_ins, after.expected) == (
        before.present + 1, before.walk_ins + 1, before.expected,
    )  # fmt: skip
    assert after.absent == before.absent
    again = services.checkins.walk_in(event.id, guest, "G1")
    assert again.outcome is Outcome.DUPLICATE


def test_walk_in_with_a_roster_number_is_sent_to_the_search(gate):
    services, event, absent = gate
    guest = Guest("Siapa", absent[0].id_number, "", "lupa")
    refused = services.checkins.walk_in(event.id, guest, "G1")
    assert isinstance(refused, Invalid) and "Lupa kartu" in refused.errors[0].message
    assert Person.select().where(Person.is_guest).count() == 0


def test_cancel_needs_the_pin_and_a_reason_and_counts_follow(gate):
    services, event, absent = gate
    person = absent[0]
    services.checkins.scan(event.id, token(services, event, person), station="G1")
    present = services.events.counts(event.id).present
    assert services.checkins.cancel(event.id, person.id, "salah", "1234").verdict is (
        PinVerdict.NOT_SET
    )
    services.pins.set_pin("246810")
    assert isinstance(services.checkins.cancel(event.id, person.id, "", "246810"), Invalid)
    wrong = services.checkins.cancel(event.id, person.id, "salah orang", "000000")
    assert wrong.verdict is PinVerdict.WRONG and wrong.tries_left == 4
    done = services.checkins.cancel(event.id, person.id, "salah orang", "246810")
    assert isinstance(done, Cancelled) and done.was.station == "G1"
    assert services.events.counts(event.id).present == present - 1
    entry = AuditLog.select().where(AuditLog.action == "checkin.cancel").get()
    assert "salah orang" in entry.details
    again = services.checkins.scan(event.id, token(services, event, person), station="G1")
    assert again.outcome is Outcome.RECORDED


def test_pin_lock_survives_in_the_database(gate):
    services, _event, _ = gate
    services.pins.set_pin("135791")
    for _ in range(5):
        last = services.pins.check("999999")
    assert last.verdict is PinVerdict.LOCKED
    assert services.pins.check("135791").verdict is PinVerdict.LOCKED
    changed = services.pins.set_pin("246802", current_pin="135791")
    assert changed.verdict is PinVerdict.LOCKED


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.one_of(st.text(max_size=400), st.binary(max_size=200).map(repr)))
def test_scan_never_raises_and_logs_every_attempt(gate, raw):
    services, event, _ = gate
    before = ScanLog.select().count()
    result = services.checkins.scan(event.id, raw, station="G1")
    assert result.outcome in (Outcome.INVALID, Outcome.UNKNOWN_PERSON, Outcome.REVOKED)
    assert ScanLog.select().count() == before + 1
