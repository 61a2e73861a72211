"""A person removed from the roster cannot be recorded by any way in, and is told why."""

import pytest

from app.cli.main import main
from app.core.checkin import Method
from app.core.outcomes import Outcome
from app.core.station_records import RecordedCheckin
from app.services.event_service import Invalid
from app.store.models import Checkin


@pytest.fixture
def removed(demo):
    """An absent person on the event's list, with a badge, then removed from the roster."""
    event = demo.events.list_events()[0]
    person = next(
        p for p in demo.store.people.expected_people(event.id)
        if demo.store.checkins.prior_checkin(event.id, p.id) is None
    )  # fmt: skip
    token = demo.badges.token_for(event.organisation_id, person)
    demo.roster.set_active(person.id, False)
    return demo, event, person, token


def not_recorded(event, person) -> bool:
    return (
        not Checkin.select()
        .where((Checkin.event == event.id) & (Checkin.person == person.id))
        .exists()
    )


def test_removed_person_badge_scan_is_refused_as_not_on_the_active_roster(removed):
    services, event, person, token = removed
    result = services.checkins.scan(event.id, token, Method.CAMERA, "Gerbang 1")
    assert result.outcome is Outcome.UNKNOWN_PERSON
    assert not_recorded(event, person)


def test_removed_person_manual_entry_is_refused_saying_they_were_removed(removed):
    services, event, person, _ = removed
    result = services.checkins.manual(event.id, person.id, "lupa kartu", "Gerbang 1")
    assert isinstance(result, Invalid)
    assert "dikeluarkan dari daftar pegawai" in str(result.errors[0])
    assert person.name in str(result.errors[0])
    assert not_recorded(event, person)


def test_removed_person_cannot_be_admitted_at_the_gate(removed):
    services, event, person, _ = removed
    result = services.checkins.admit(event.id, person.id, Method.SCANNER, "Gerbang 1")
    assert isinstance(result, Invalid)
    assert "dikeluarkan dari daftar pegawai" in str(result.errors[0])
    assert not_recorded(event, person)


def test_removed_person_manual_entry_from_the_command_line_is_refused(removed, db_path, capsys):
    services, event, person, _ = removed
    services.store.close()
    code = main(["--db", str(db_path), "checkin", "--event", str(event.id), "--manual",
                 person.id_number, "--reason", "lupa kartu"])  # fmt: skip
    _, err = capsys.readouterr()
    assert code != 0
    assert "dikeluarkan dari daftar pegawai" in err


def test_removed_person_in_merged_station_records_or_outbox_is_skipped_with_the_reason(
    removed, clock
):
    services, event, person, _ = removed
    records = services.stations.export(event.id, "Gerbang 2")
    arrival = RecordedCheckin(
        person.id_number, clock.now(), "Gerbang 2", Method.MANUAL, "relawan", False, "lupa"
    )
    arrival = services.checkins.sealer.sealed(event, arrival)
    records = type(records)(records.event, "Gerbang 2", clock.now(), [arrival], [])
    report = services.stations.merge(event.id, records)
    assert report.added == 0
    assert "dikeluarkan dari daftar pegawai" in report.conflicts[0].problem
    assert not_recorded(event, person)
