import json
import sqlite3

from PIL import Image

from app.core.progress import Cancelled
from app.core.roster import RosterField
from app.services.event_service import Invalid
from app.services.roster_service import ImportDone, PersonDraft, PersonSaved
from app.store.models import AuditLog
from tests.roster_files import demo_rows, write_csv, write_xlsx


def content_of(db_path):
    """Every row of every table: what 'unchanged' means for the database."""
    with sqlite3.connect(db_path) as connection:
        return list(connection.iterdump())


def org_and_event(services):
    event = services.events.list_events()[0]
    return event.organisation_id, event.id


def test_clean_xlsx_creates_people_units_and_attendees_in_one_go(demo, tmp_path):
    organisation, event = org_and_event(demo)
    path = write_xlsx(tmp_path / "pegawai.xlsx", demo_rows(150)[120:])
    result = demo.roster.import_file(path, organisation, event)
    assert isinstance(result, ImportDone)
    assert (result.rows, result.created, result.updated, result.unchanged) == (30, 30, 0, 0)
    assert result.added_to_event == 30
    assert len(demo.store.people.expected_people(event)) == 150
    entry = (
        AuditLog.select()
        .where(AuditLog.action == "roster.import")
        .order_by(AuditLog.id.desc())
        .get()
    )
    assert json.loads(entry.details)["details"]["created"] == 30


def test_semicolon_csv_with_bom_and_comma_csv_without_read_the_same(demo, tmp_path):
    organisation, _ = org_and_event(demo)
    rows = demo_rows(130)[120:]
    semicolon = write_csv(tmp_path / "a.csv", rows[:5], delimiter=";", bom=True)
    comma = write_csv(tmp_path / "b.csv", rows[5:], delimiter=",", bom=False)
    assert demo.roster.import_file(semicolon, organisation).created == 5
    assert demo.roster.import_file(comma, organisation).created == 5
    assert demo.store.people.count_people(organisation) == 130


def test_file_with_any_error_leaves_the_database_unchanged(demo, tmp_path, db_path):
    organisation, event = org_and_event(demo)
    rows = demo_rows(140)[120:]
    rows[3][0] = "199013012015031001"
    rows[7][1] = ""
    before = content_of(db_path)
    result = demo.roster.import_file(write_xlsx(tmp_path / "x.xlsx", rows), organisation, event)
    assert isinstance(result, Invalid)
    assert [(e.row, e.field) for e in result.errors] == [(5, "A (NIP BARU)"), (9, "B (NAMA)")]
    assert content_of(db_path) == before


def test_reimport_of_the_same_file_changes_nothing(demo, tmp_path, db_path):
    organisation, event = org_and_event(demo)
    path = write_xlsx(tmp_path / "semua.xlsx", demo_rows(120))
    first = demo.roster.import_file(path, organisation, event)
    assert (first.created, first.updated, first.unchanged) == (0, 0, 120)
    before = content_of(db_path)
    demo.roster.import_file(path, organisation, event)
    assert content_of(db_path) == before


def test_changed_positions_are_updated_and_audited(demo, tmp_path):
    organisation, event = org_and_event(demo)
    rows = demo_rows(120)
    rows[0][7] = "Kepala Bidang Anggaran"
    result = demo.roster.import_file(write_xlsx(tmp_path / "baru.xlsx", rows), organisation, event)
    assert (result.updated, result.unchanged) == (1, 119)
    person = demo.store.people.people_by_id_number(organisation)[rows[0][0]]
    assert person.position == "Kepala Bidang Anggaran"
    entry = AuditLog.get(AuditLog.action == "person.update")
    assert json.loads(entry.details)["details"]["position"][1] == "Kepala Bidang Anggaran"


def test_unreadable_file_is_a_clear_message(services, tmp_path):
    garbage = tmp_path / "pegawai.xlsx"
    garbage.write_bytes(b"PK\x03\x04 rusak")
    result = services.roster.import_file(garbage, 1)
    assert isinstance(result, Invalid)
    assert "pegawai.xlsx" in result.errors[0].message and "Excel" in result.errors[0].message


def form(organisation, **values):
    base = {RosterField.NIP: "199001012015031001", RosterField.NAME: "Siti Aminah",
            RosterField.STATUS: "PNS", RosterField.OPD: "Dinas Sosial"}  # fmt: skip
    base.update({RosterField(k): v for k, v in values.items()})
    return base


def test_form_adds_edits_and_refuses_a_number_held_by_another(demo):
    organisation, event = org_and_event(demo)
    added = demo.roster.save_person(PersonDraft(organisation, form(organisation), event_id=event))
    assert isinstance(added, PersonSaved)
    assert demo.roster.get(added.person_id).unit == "Dinas Sosial"
    edited = demo.roster.save_person(
        PersonDraft(organisation, form(organisation, jabatan="Sekretaris"), added.person_id)
    )
    assert edited == added and demo.roster.get(added.person_id).position == "Sekretaris"
    other = demo.store.people.expected_people(event)[0]
    clash = demo.roster.save_person(
        PersonDraft(organisation, form(organisation, nip=other.id_number), added.person_id)
    )
    assert isinstance(clash, Invalid) and clash.errors[0].field == "nip"
    assert other.display_name in clash.errors[0].message
    invalid = demo.roster.save_person(PersonDraft(organisation, form(organisation, nama="")))
    assert isinstance(invalid, Invalid) and invalid.errors[0].field == "nama"


def test_deactivated_person_stays_listed_but_inactive(demo):
    _, event = org_and_event(demo)
    person = demo.store.people.expected_people(event)[0]
    demo.roster.set_active(person.id, False)
    assert not demo.roster.get(person.id).active
    assert AuditLog.select().where(AuditLog.action == "person.deactivate").count() == 1


def test_photo_folder_is_matched_by_nip_and_shrunk(demo, tmp_path):
    organisation, event = org_and_event(demo)
    people = demo.store.people.expected_people(event)[:3]
    folder = tmp_path / "foto"
    folder.mkdir()
    for person in people[:2]:
        Image.new("RGB", (1200, 1600), "navy").save(folder / f"{person.id_number}.jpg")
    Image.new("RGB", (10, 10)).save(folder / "199912312099121999.jpg")
    (folder / f"{people[2].id_number}.jpg").write_bytes(b"bukan gambar")
    result = demo.roster.import_photos(organisation, folder)
    assert result.stored == 2
    assert result.unknown == ["199912312099121999.jpg"]
    assert result.unreadable == [f"{people[2].id_number}.jpg"]
    with Image.open(__import__("io").BytesIO(demo.roster.photo(people[0].id))) as photo:
        assert photo.size == (240, 320)


def test_import_stopped_by_keep_going_stores_nothing(demo, db_path, tmp_path):
    """Cancel after the first batch of new people was inserted: the transaction rolls back."""
    organisation, event = org_and_event(demo)
    every = demo_rows(1_320)
    renamed = [every[0][0], "Nama Baru Sekali", *every[0][2:]]  # one stored person changes
    rows = [renamed, *every[120:]]  # and 1,200 are new
    preview = demo.roster.preview(write_csv(tmp_path / "pegawai.csv", rows))
    before = content_of(db_path)
    heard: list[tuple[int, int]] = []

    def keep_going(done: int, total: int) -> bool:
        heard.append((done, total))
        return done < 600

    result = demo.roster.import_table(preview, organisation, event, keep_going)
    assert isinstance(result, Cancelled)
    # The change, then new people in batches of 500: stopped at the batch after 600.
    assert heard[0] == (0, 1_201) and heard[-1] == (1 + 1_000, 1_201)
    assert content_of(db_path) == before
