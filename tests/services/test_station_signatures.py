"""Forging attendance as an insider would, with a station file or the database and a few
lines of Python: every attempt is refused by the merge or named by ``audit verify``."""

import hashlib
import json
import shutil
import sqlite3
from base64 import b64decode
from datetime import datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.checkin import Method
from app.core.clock import FixedClock
from app.core.station_identity import StationKey, fingerprint_of
from app.core.station_records import read_records, write_records
from app.services.container import Services
from app.services.enrolment_service import Approved
from app.services.event_service import Invalid
from app.store.database import open_database
from app.store.migrations import migrate
from app.store.store import Store
from tests.conftest import DEMO_MORNING

ADMIN_PIN = "246810"


@pytest.fixture
def venue(tmp_path):
    """HR's database with a 40-person demo, copied to a gate laptop that has its own key."""
    hr_path, gate_path = tmp_path / "hr.sqlite3", tmp_path / "gerbang.sqlite3"
    hr_store = Store(str(hr_path))
    hr = Services.build(hr_store, clock=FixedClock(DEMO_MORNING), actor="hr")
    hr.demo.ensure_demo(40)
    assert not isinstance(hr.admin_pins.set_pin(ADMIN_PIN), Invalid)
    event = hr.events.list_events()[0]
    absent = [p for p in hr_store.people.expected_people(event.id)
              if hr_store.checkins.prior_checkin(event.id, p.id) is None]  # fmt: skip
    tokens = [hr.badges.token_for(event.organisation_id, p) for p in absent]
    hr_store.close()
    shutil.copy(hr_path, gate_path)
    gate_key = StationKey(Ed25519PrivateKey.generate())
    gate_store = Store(str(gate_path))
    gate = Services.build(gate_store, clock=FixedClock(DEMO_MORNING.replace(minute=20)),
                          station="Gerbang 2", station_key=gate_key)  # fmt: skip
    for token in tokens[:3]:
        assert gate.checkins.scan(event.id, token, Method.SCANNER, "Gerbang 2").outcome.is_recorded
    records = gate.stations.export(event.id, "Gerbang 2")
    text = write_records(records, gate_key)
    gate_store.close()
    hr_store = Store(str(hr_path))
    # HR merges 20 s after the export (the merge compares the two clocks).
    merged_at = DEMO_MORNING.replace(minute=20, second=20)
    hr = Services.build(hr_store, clock=FixedClock(merged_at), actor="hr")
    yield hr, event, text, absent, gate_key
    hr_store.close()


def approve_gate(hr, text):
    public = b64decode(json.loads(text)["station_key"])
    result = hr.enrolment.approve(fingerprint_of(public), ADMIN_PIN, public, "Gerbang 2")
    assert isinstance(result, Approved)


def edited(text, change):
    """The file changed by hand, its SHA-256 checksum recomputed as an insider would."""
    document = json.loads(text)
    change(document["records"])
    canonical = json.dumps(document["records"], ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))  # fmt: skip
    document["sha256"] = hashlib.sha256(canonical.encode()).hexdigest()
    return json.dumps(document)


def refusal(result):
    assert isinstance(result, Invalid), result
    return f"{result.errors[0].field}: {result.errors[0].message}"


def test_file_from_a_station_not_enrolled_is_refused_until_hr_approves_its_fingerprint(venue):
    hr, event, text, _, gate_key = venue
    message = refusal(hr.stations.merge_files(event.id, [("gerbang2.json", text)]))
    assert message.startswith("gerbang2.json: ")
    assert gate_key.fingerprint in message and "netra station approve" in message
    wrong = hr.enrolment.approve(gate_key.fingerprint, "999999", gate_key.public_raw, "G2")
    assert not isinstance(wrong, Approved)
    approve_gate(hr, text)
    report = hr.stations.merge_files(event.id, [("gerbang2.json", text)])
    assert report.added == 3
    assert hr.safety.verify_audit(event.id).intact


def add_person(absent):
    def change(records):
        forged = dict(records["checkins"][0], id_number=absent[5].id_number)
        records["checkins"].append(forged)

    return change


def earlier(records):
    records["checkins"][0]["at"] = "2024-10-01T06:30:00"


def not_late(records):
    records["checkins"][1]["late"] = False
    records["checkins"][1]["at"] = "2024-10-01T07:20:00"


def another_year(records):
    records["checkins"][2]["at"] = "2023-10-01T07:20:00"


@pytest.mark.parametrize(
    ("attack", "record"),
    [("extra person", "checkins[3]"), ("earlier time", "checkins[0]"),
     ("late flag false", "checkins[1]"), ("other year", "checkins[2]")],
)  # fmt: skip
def test_station_file_edited_with_checksum_recomputed_is_refused_naming_file_and_record(
    venue, attack, record
):
    hr, event, text, absent, _ = venue
    approve_gate(hr, text)
    change = {"extra person": add_person(absent), "earlier time": earlier,
              "late flag false": not_late, "other year": another_year}[attack]  # fmt: skip
    forged = edited(text, change)
    message = refusal(hr.stations.merge_files(event.id, [("gerbang2.json", forged)]))
    assert message.startswith("gerbang2.json: ")
    assert "diubah setelah diekspor" in message or record in message
    assert hr.stations.merge_files(event.id, [("gerbang2.json", text)]).added == 3


def test_station_file_resigned_record_by_record_with_another_key_is_refused(venue):
    hr, event, text, _, _ = venue
    approve_gate(hr, text)
    records = read_records(text)
    forger = StationKey(Ed25519PrivateKey.generate())
    forged = write_records(records, forger)
    message = refusal(hr.stations.merge_files(event.id, [("palsu.json", forged)]))
    assert forger.fingerprint in message and "belum terdaftar" in message


def raw(store_path):
    return sqlite3.connect(store_path)


def demo_db(db_path):
    store = Store(str(db_path))
    services = Services.build(store, clock=FixedClock(DEMO_MORNING))
    services.demo.ensure_demo(20)
    event = services.events.list_events()[0]
    store.close()
    return event


def verify(db_path):
    store = Store(str(db_path))
    try:
        return Services.build(store, clock=FixedClock(DEMO_MORNING)).safety.verify_audit()
    finally:
        store.close()


@pytest.mark.parametrize(
    ("column", "value"),
    [("late", 0), ("note", "'izin atasan'"), ("operator", "'kepala'"),
     ("station", "'Gerbang 9'")],
)  # fmt: skip
def test_checkin_field_changed_in_the_database_is_named_by_verify(db_path, column, value):
    demo_db(db_path)
    with raw(db_path) as connection:
        row_id = connection.execute("SELECT id FROM checkin WHERE late = 1 LIMIT 1").fetchone()[0]
        connection.execute(f"UPDATE checkin SET {column} = {value} WHERE id = ?", (row_id,))
    report = verify(db_path)
    assert not report.intact
    assert [(f.kind, f.row_id) for f in report.seals] == [("check-in", row_id)]
    assert "tidak cocok" in report.seals[0].reason


def test_scan_log_row_changed_in_the_database_is_named_by_verify(db_path, clock):
    event = demo_db(db_path)
    store = Store(str(db_path))
    services = Services.build(store, clock=clock)
    services.checkins.scan(event.id, "bukan kartu", Method.CAMERA, "Gerbang 1")
    store.close()
    with raw(db_path) as connection:
        row_id = connection.execute("SELECT MAX(id) FROM scan_log").fetchone()[0]
        connection.execute("UPDATE scan_log SET outcome = 'recorded' WHERE id = ?", (row_id,))
    report = verify(db_path)
    assert [(f.kind, f.row_id) for f in report.seals] == [("pindai", row_id)]


def test_two_nips_swapped_in_the_roster_are_named_by_verify(db_path):
    demo_db(db_path)
    with raw(db_path) as connection:
        (a, nip_a), (b, nip_b) = connection.execute(
            "SELECT person.id, id_number FROM person JOIN checkin ON checkin.person_id = person.id"
            " ORDER BY person.id LIMIT 2"
        ).fetchall()
        connection.execute("UPDATE person SET id_number = 'X' WHERE id = ?", (a,))
        connection.execute("UPDATE person SET id_number = ? WHERE id = ?", (nip_a, b))
        connection.execute("UPDATE person SET id_number = ? WHERE id = ?", (nip_b, a))
    report = verify(db_path)
    assert {f.id_number for f in report.seals if f.kind == "check-in"} == {nip_a, nip_b}


def test_checkin_time_changed_with_the_audit_chain_recomputed_is_still_refused(db_path):
    from app.core.audit_chain import GENESIS, entry_hash

    demo_db(db_path)
    with raw(db_path) as connection:
        row_id = connection.execute("SELECT MIN(id) FROM checkin").fetchone()[0]
        connection.execute(
            "UPDATE checkin SET at = '2024-10-01 06:00:00', late = 0 WHERE id = ?", (row_id,)
        )
        entries = connection.execute(
            "SELECT id, at, actor, action, details FROM audit_log ORDER BY id"
        ).fetchall()
        previous = GENESIS
        for entry_id, at, actor, action, details in entries:
            body = json.loads(details)
            for item in body.get("details", {}).get("checkins", []):
                if item.get("at") and item is body["details"]["checkins"][0]:
                    item["at"], item["late"] = "2024-10-01 06:00:00", False
            details = json.dumps(body, sort_keys=True, ensure_ascii=False)
            digest = entry_hash(previous, datetime.fromisoformat(at), actor, action, details)
            connection.execute(
                "UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (details, previous, digest, entry_id),
            )
            previous = digest
    report = verify(db_path)
    assert not report.breaks
    assert [(f.kind, f.row_id) for f in report.seals] == [("check-in", row_id)]


def test_records_of_a_database_made_before_station_signatures_are_reported_as_such(tmp_path):
    old = tmp_path / "lama.sqlite3"
    db = open_database(str(old))
    migrate(db, target=5)
    db.close()
    # Rows as the previous version wrote them, before the seal columns existed.
    with raw(old) as connection:
        connection.execute(
            "INSERT INTO organisation (name, created_at) VALUES ('Pemkab', '2024-09-01 08:00:00')"
        )
        connection.execute(
            "INSERT INTO event (organisation_id, title, kind, day, start_time, late_after, venue,"
            " organiser, kop_lines, presiding_name, presiding_nip, presiding_position,"
            " created_at, updated_at) VALUES (1, 'Apel', 'apel', '2024-10-01', '07:30:00',"
            " '07:45:00', 'Pendopo', 'BKD', '', '', '', '', '2024-09-01', '2024-09-01')"
        )
        connection.execute(
            "INSERT INTO person (organisation_id, id_number, id_kind, name, front_title,"
            " back_title, status, gender, grade, position, unit_id, active, is_guest,"
            " badge_serial, created_at, updated_at) VALUES (1, '198001012005011001', 'nip',"
            " 'Siti', '', '', 'pns', 'P', 'III/a', 'Staf', NULL, 1, 0, 1, '2024-09-01',"
            " '2024-09-01')"
        )
        connection.execute(
            "INSERT INTO checkin (event_id, person_id, at, station, method, operator, late, note)"
            " VALUES (1, 1, '2024-10-01 07:10:00', 'Gerbang 1', 'camera', 'op', 0, '')"
        )
    report = verify(old)
    # The check-in, the person, the event, its moment and its list of who is expected.
    assert report.before_signatures == 5
    assert not report.seals and not report.rows
