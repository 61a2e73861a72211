"""Two moments on one event (kedatangan and pulang), on SQLite and on PostgreSQL: each is its
own once-per-person list with its own late time, chosen by the time or by hand."""

from dataclasses import replace
from datetime import datetime, time

import pytest
from peewee import IntegrityError

from app.core.checkin import Method
from app.core.clock import FixedClock
from app.core.moments import Moment
from app.core.outcomes import Outcome
from app.services.container import Services
from app.services.event_service import Invalid, Saved
from app.store import server_time
from app.store.models import AuditLog, Checkin, EventMoment
from app.store.store import Store

DAY = datetime(2024, 10, 1)
ARRIVAL = Moment("Kedatangan", time(6, 0), time(9, 0), time(7, 45), 1)
DEPARTURE = Moment("Pulang", time(15, 0), time(17, 0), time(16, 30))


def at(hour: int, minute: int = 0) -> datetime:
    return DAY.replace(hour=hour, minute=minute)


@pytest.fixture(params=["sqlite", "postgresql"])
def gate(request, tmp_path, monkeypatch):
    """A demo event given a second moment, its people not yet checked in, and the clock."""
    clock = FixedClock(at(7, 0))
    if request.param == "sqlite":
        store = Store(str(tmp_path / "netra.sqlite3"))
    else:
        store = Store(request.getfixturevalue("pg_url"))
        # A check-in on the server takes the server's time, which no test can set: here it
        # reads the test's clock, so the moments' windows and late times can be reached.
        monkeypatch.setattr(server_time, "transaction_time", clock.now)
    services = Services.build(store, clock=clock, actor="tester", station="Gerbang 1")
    event_id = services.demo.ensure_demo(20).event_id
    event = services.events.get(event_id)
    saved = services.events.save(replace(event, moments=[ARRIVAL, DEPARTURE]))
    assert isinstance(saved, Saved), saved
    event = services.events.get(event_id)
    absent = [
        p for p in store.people.expected_people(event_id)
        if store.checkins.prior_checkin(event_id, p.id) is None
    ]  # fmt: skip
    yield services, event, absent, clock
    store.close()


def scan(services, event, person, moment=None):
    code = services.badges.token_for(event.organisation_id, person)
    return services.checkins.scan(event.id, code, Method.SCANNER, "Gerbang 1", moment)


def test_an_event_reads_back_with_its_moments_numbered(gate):
    _, event, _, _ = gate
    assert [(m.number, m.name, m.late_after) for m in event.moments] == [
        (1, "Kedatangan", time(7, 45)), (2, "Pulang", time(16, 30)),
    ]  # fmt: skip
    assert event.late_after == time(7, 45)  # the first moment's, as before moments


def test_one_person_is_recorded_once_in_each_moment_and_refused_twice_in_one(gate):
    services, event, absent, clock = gate
    person = absent[0]
    clock.at = at(7, 10)
    assert scan(services, event, person).outcome is Outcome.RECORDED
    clock.at = at(7, 40)
    again = scan(services, event, person)
    assert again.outcome is Outcome.DUPLICATE and again.moment.name == "Kedatangan"
    clock.at = at(15, 30)
    leaving = scan(services, event, person)
    assert leaving.outcome is Outcome.RECORDED and leaving.moment.name == "Pulang"
    clock.at = at(16, 0)
    assert scan(services, event, person).outcome is Outcome.DUPLICATE
    rows = Checkin.select(Checkin.moment).where(
        (Checkin.event == event.id) & (Checkin.person == person.id)
    )
    assert sorted(row.moment for row in rows) == [1, 2]


def test_late_is_decided_by_the_late_time_of_the_moment(gate):
    services, event, absent, clock = gate
    clock.at = at(8, 0)
    assert scan(services, event, absent[0]).outcome is Outcome.LATE  # after 07:45
    clock.at = at(16, 0)
    assert scan(services, event, absent[0]).outcome is Outcome.RECORDED  # before 16:30
    clock.at = at(16, 45)
    assert scan(services, event, absent[1]).outcome is Outcome.LATE


def test_a_moment_chosen_by_hand_holds_whatever_the_time(gate):
    services, event, absent, clock = gate
    clock.at = at(7, 0)  # inside Kedatangan's window
    result = scan(services, event, absent[0], moment=2)
    assert result.outcome is Outcome.RECORDED and result.moment.name == "Pulang"
    assert services.store.checkins.prior_checkin(event.id, absent[0].id, 1) is None
    assert services.store.checkins.prior_checkin(event.id, absent[0].id, 2) is not None


def test_between_windows_the_gate_records_into_the_last_moment_opened(gate):
    services, event, absent, clock = gate
    clock.at = at(12, 0)
    assert scan(services, event, absent[0]).moment.name == "Kedatangan"
    clock.at = at(5, 0)
    assert scan(services, event, absent[1]).moment.name == "Kedatangan"
    clock.at = at(18, 0)
    assert scan(services, event, absent[2]).moment.name == "Pulang"


def test_the_database_refuses_a_second_checkin_in_one_moment_but_not_in_another(gate):
    services, event, absent, _ = gate
    person = absent[0]
    columns = {
        "event": event.id, "person": person.id, "at": at(7, 1), "station": "x",
        "method": "scanner", "operator": "x", "late": False, "note": "",
    }  # fmt: skip
    with services.store.write():
        Checkin.create(**columns, moment=1)
        Checkin.create(**columns, moment=2)
    with pytest.raises(IntegrityError), services.store.write():
        Checkin.create(**columns, moment=2)


def test_cancel_removes_the_checkin_of_one_moment_only(gate):
    services, event, absent, clock = gate
    services.pins.set_pin("123456")
    person = absent[0]
    clock.at = at(7, 0)
    scan(services, event, person)
    clock.at = at(15, 10)
    scan(services, event, person)
    services.checkins.cancel(event.id, person.id, "salah pindai", "123456", moment=2)
    assert services.store.checkins.prior_checkin(event.id, person.id, 1) is not None
    assert services.store.checkins.prior_checkin(event.id, person.id, 2) is None


def test_a_late_time_changed_after_checkins_is_audited_with_how_many_it_concerned(gate):
    services, event, absent, clock = gate
    clock.at = at(8, 0)
    scan(services, event, absent[0])  # late under 07:45
    moved = replace(event.moments[0], late_after=time(8, 30))
    assert isinstance(services.events.save(replace(event, moments=[moved, event.moments[1]])),
                      Saved)  # fmt: skip
    entry = (
        AuditLog.select()
        .where(AuditLog.action == "event.update")
        .order_by(AuditLog.id.desc())
        .first()
    )
    assert "terlambat setelah 07:45" in entry.details and "terlambat setelah 08:30" in entry.details
    assert '"catatan_hadir_sebelum_perubahan": {"sesi 1":' in entry.details
    # The check-in keeps the verdict it was given: the edit does not make it punctual.
    assert Checkin.get((Checkin.person == absent[0].id) & (Checkin.moment == 1)).late


def test_a_moment_holding_checkins_cannot_be_removed(gate):
    services, event, absent, clock = gate
    clock.at = at(15, 10)
    scan(services, event, absent[0])
    refused = services.events.save(replace(event, moments=[event.moments[0]]))
    assert isinstance(refused, Invalid)
    assert "sesi nomor 2 sudah berisi 1 catatan hadir" in str(refused.errors[0])
    assert len(services.events.get(event.id).moments) == 2


def test_overlapping_windows_are_refused_naming_both_moments(gate):
    services, event, _, _ = gate
    overlapping = replace(event.moments[1], opens_at=time(8, 0))
    refused = services.events.save(replace(event, moments=[event.moments[0], overlapping]))
    assert isinstance(refused, Invalid)
    assert "“Kedatangan” dan “Pulang” bertumpuk" in str(refused.errors[0])


def test_audit_verification_holds_for_checkins_in_two_moments(gate):
    services, event, absent, clock = gate
    clock.at = at(7, 0)
    scan(services, event, absent[0])
    clock.at = at(15, 10)
    scan(services, event, absent[0])
    report = services.safety.verify_audit()
    assert report.checkins == [] and report.seals == [] and report.rows == []
    with services.store.write():  # an insider moves the pulang record into kedatangan
        Checkin.delete().where((Checkin.person == absent[0].id) & (Checkin.moment == 1)).execute()
        Checkin.update(moment=1).where(Checkin.person == absent[0].id).execute()
    found = services.safety.verify_audit()
    assert found.seals, "the moved record's station seal no longer holds"
    assert {m.moment for m in found.checkins} == {1, 2}


def test_choosing_the_arrival_by_hand_late_in_the_day_still_records_late(gate):
    services, event, absent, clock = gate
    clock.at = at(15, 30)
    result = scan(services, event, absent[0], moment=1)
    assert result.moment.name == "Kedatangan" and result.outcome is Outcome.LATE


def test_a_late_time_edited_in_the_database_is_named_by_audit_verify(gate):
    services, event, _, _ = gate
    assert services.safety.verify_audit().rows == []
    with services.store.write():
        EventMoment.update(late_after=time(9, 0)).where(
            (EventMoment.event == event.id) & (EventMoment.number == 1)
        ).execute()
    (finding,) = services.safety.verify_audit().rows
    assert finding.describe() == f"sesi acara {event.id}: diubah di luar aplikasi"
