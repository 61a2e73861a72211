"""One person, however the number is typed: import, Peserta form, walk-in, lookups."""

from __future__ import annotations

from app.core.checkin import Guest
from app.core.outcomes import Outcome
from app.core.roster import RosterField
from app.services.event_service import Invalid
from app.services.roster_service import ImportDone, PersonDraft
from app.store import people_repo
from tests.roster_files import demo_rows, write_csv

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _imported(demo, tmp_path, rows, name="pegawai.csv"):
    event = demo.events.list_events()[0]
    return demo.roster.import_file(
        write_csv(tmp_path / name, rows), event.organisation_id, event.id
    )


def test_full_width_digits_find_the_person_already_stored(demo, tmp_path):
    rows = demo_rows(3)
    assert isinstance(_imported(demo, tmp_path, rows), ImportDone)
    organisation = demo.events.list_events()[0].organisation_id
    before = len(people_repo.people_of_organisation(organisation))
    typed = [[row[0].translate(FULL_WIDTH), *row[1:]] for row in rows]
    again = _imported(demo, tmp_path, typed, "lagi.csv")
    assert isinstance(again, ImportDone), again
    assert (again.created, again.unchanged) == (0, 3)
    people = people_repo.people_of_organisation(organisation)
    assert len(people) == before
    for person in people:  # every badge token can be made: the numbers are ASCII
        assert demo.badges.token_for(organisation, person)


def test_form_refuses_a_full_width_number_held_by_another(demo):
    event = demo.events.list_events()[0]
    other = people_repo.expected_people(event.id)[0]
    values = {
        RosterField.NIP: other.id_number.translate(FULL_WIDTH),
        RosterField.NAME: "Orang Lain",
        RosterField.STATUS: other.status.value,
    }
    result = demo.roster.save_person(PersonDraft(event.organisation_id, values))
    assert isinstance(result, Invalid)
    assert result.errors[0].message == f"nomor ini sudah dipakai oleh {other.display_name}"


def test_walk_in_typed_in_full_width_is_the_same_guest(demo):
    event = demo.events.list_events()[0]
    guest = Guest("Hendra\u202e Wijaya\n", "3374011203750004", "Kemenag", "Undangan")
    first = demo.checkins.walk_in(event.id, guest, "G1")
    assert first.outcome is Outcome.RECORDED and first.person.name == "Hendra Wijaya"
    typed = Guest("Hendra Wijaya", "3374011203750004".translate(FULL_WIDTH), "Kemenag", "x")
    again = demo.checkins.walk_in(event.id, typed, "G1")
    assert again.outcome is Outcome.DUPLICATE and again.person.id == first.person.id


def test_imported_names_are_stored_without_hidden_characters(demo, tmp_path):
    rows = demo_rows(2)
    rows[0][1] = "Siti\u200b Ami\u200dnah\u202e"
    rows[1][7] = "Kepala\u2028Seksi"
    assert isinstance(_imported(demo, tmp_path, rows), ImportDone)
    organisation = demo.events.list_events()[0].organisation_id
    stored = people_repo.people_by_id_number(organisation)
    assert stored[rows[0][0] or rows[0][9]].name == "Siti Aminah"
    assert stored[rows[1][0] or rows[1][9]].position == "Kepala Seksi"


def test_manual_lookup_finds_a_number_typed_in_full_width(demo):
    event = demo.events.list_events()[0]
    person = people_repo.expected_people(event.id)[0]
    typed = person.id_number.translate(FULL_WIDTH)
    assert people_repo.person_by_id_number(event.organisation_id, typed) == person
