"""One person, however the number is typed: import, Peserta form, walk-in, lookups."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.core.checkin import Guest
from app.core.outcomes import Outcome
from app.core.roster import RosterField
from app.services.event_service import Invalid
from app.services.roster_service import ImportDone, PersonDraft
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
    before = len(demo.store.people.people_of_organisation(organisation))
    typed = [[row[0].translate(FULL_WIDTH), *row[1:]] for row in rows]
    again = _imported(demo, tmp_path, typed, "lagi.csv")
    assert isinstance(again, ImportDone), again
    assert (again.created, again.unchanged) == (0, 3)
    people = demo.store.people.people_of_organisation(organisation)
    assert len(people) == before
    for person in people:  # every badge token can be made: the numbers are ASCII
        assert demo.badges.token_for(organisation, person)


def test_form_refuses_a_full_width_number_held_by_another(demo):
    event = demo.events.list_events()[0]
    other = demo.store.people.expected_people(event.id)[0]
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
    stored = demo.store.people.people_by_id_number(organisation)
    assert stored[rows[0][0] or rows[0][9]].name == "Siti Aminah"
    assert stored[rows[1][0] or rows[1][9]].position == "Kepala Seksi"


def test_manual_lookup_finds_a_number_typed_in_full_width(demo):
    event = demo.events.list_events()[0]
    person = demo.store.people.expected_people(event.id)[0]
    typed = person.id_number.translate(FULL_WIDTH)
    assert demo.store.people.person_by_id_number(event.organisation_id, typed) == person


def test_reimport_without_some_columns_leaves_those_fields_as_stored(demo, tmp_path):
    rows = [row for row in demo_rows(30) if row[0]]  # PNS and PPPK: they have a NIP
    assert isinstance(_imported(demo, tmp_path, rows), ImportDone)
    organisation = demo.events.list_events()[0].organisation_id
    before = demo.store.people.people_by_id_number(organisation)
    names_only = [[row[0], row[1]] for row in rows]
    names_only[3][1] = "Nama Baru"
    path = write_csv(tmp_path / "nama.csv", names_only, headers=["NIP BARU", "NAMA"])
    event = demo.events.list_events()[0]
    result = demo.roster.import_file(path, organisation, event.id)
    assert isinstance(result, ImportDone), result
    assert (result.created, result.updated, result.unchanged) == (0, 1, len(rows) - 1)
    (change,) = result.plan.changed
    assert change.changes == {"name": (rows[3][1], "Nama Baru")}
    after = demo.store.people.people_by_id_number(organisation)
    for number, person in before.items():
        assert (after[number].unit, after[number].position, after[number].status) == (
            person.unit, person.position, person.status,
        )  # fmt: skip


def test_plan_names_new_changed_unchanged_and_people_left_out_of_the_file(demo, tmp_path):
    rows = [row for row in demo_rows(12) if row[0]][:6]
    assert isinstance(_imported(demo, tmp_path, rows), ImportDone)
    organisation = demo.events.list_events()[0].organisation_id
    stored = demo.store.people.people_by_id_number(organisation)
    edited = [list(row) for row in rows[1:]]  # the first person is left out
    edited[0][7] = "Kepala Seksi Baru"
    newcomer = [*rows[1][:1], "Dewi Anggraini", *rows[1][2:]]
    newcomer[0] = rows[1][0][:15] + "999"  # same birth and TMT, a sequence nobody holds
    edited.append(newcomer)
    preview = demo.roster.preview(write_csv(tmp_path / "baru.csv", edited))
    plan = demo.roster.plan(preview, organisation)
    first = rows[0][0] or rows[0][9]
    assert [p.id_number for p in plan.new] == [edited[-1][0] or edited[-1][9]]
    assert [(c.person.id_number, c.changes) for c in plan.changed] == [
        (edited[0][0] or edited[0][9], {"position": (rows[1][7], "Kepala Seksi Baru")})
    ]
    assert len(plan.unchanged) == 4
    left_out = {p.id_number for p in plan.not_in_file}
    assert first in left_out and left_out == set(stored) - {r[0] or r[9] for r in edited} - {
        p.id_number for p in stored.values() if p.is_guest or not p.active
    }
    assert demo.store.people.people_by_id_number(organisation) == stored  # nothing stored yet


def test_a_number_stored_in_full_width_before_is_refused_for_badges_then_healed(demo, tmp_path):
    event = demo.events.list_events()[0]
    rows = [row for row in demo_rows(4) if row[0]][:2]
    assert isinstance(_imported(demo, tmp_path, rows), ImportDone)
    stored = demo.store.people.person_by_id_number(event.organisation_id, rows[0][0])
    legacy = replace(stored, id_number=rows[0][0].translate(FULL_WIDTH))
    with demo.store.write():  # as a database written before numbers were normalised
        demo.store.people.update_person(event.organisation_id, legacy, datetime(2024, 9, 1))
    refused = demo.badges.issue(event.organisation_id, [legacy])
    assert isinstance(refused, Invalid)
    assert refused.errors[0].message.startswith(f"nomor {legacy.id_number} milik ")
    healed = _imported(demo, tmp_path, rows, "ulang.csv")
    assert (healed.created, healed.updated) == (0, 1)
    assert healed.plan.changed[0].changes == {"id_number": (legacy.id_number, rows[0][0])}
    assert legacy.id not in {p.id for p in healed.plan.not_in_file}
    fixed = demo.store.people.get_person(legacy.id)
    assert fixed.id_number == rows[0][0]
    assert not isinstance(demo.badges.issue(event.organisation_id, [fixed]), Invalid)


def test_gate_search_finds_a_number_typed_in_full_width(demo):
    event = demo.events.list_events()[0]
    person = demo.store.people.expected_people(event.id)[0]
    typed = person.display_id.translate(FULL_WIDTH)
    assert demo.checkins.search(event.id, typed) == [person]
