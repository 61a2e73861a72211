"""Rows outside the check-in table that reports and decisions read, changed behind the
application's back with plain SQL: ``audit verify`` names each one."""

import sqlite3
from dataclasses import replace

import pytest

from app.core.clock import FixedClock
from app.core.pakta import SignerRole
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.pakta_service import Signed
from app.store.models import PaktaSignature
from app.store.store import Store
from tests.conftest import DEMO_MORNING
from tests.pakta_samples import scribble


def verify(db_path):
    store = Store(str(db_path))
    try:
        return Services.build(store, clock=FixedClock(DEMO_MORNING)).safety.verify_audit()
    finally:
        store.close()


@pytest.fixture
def demo_db(db_path):
    store = Store(str(db_path))
    Services.build(store, clock=FixedClock(DEMO_MORNING)).demo.ensure_demo(20)
    store.close()
    assert verify(db_path).intact
    return db_path


@pytest.mark.parametrize(
    ("statement", "table", "key"),
    [
        ("UPDATE person SET name = 'Orang Lain' WHERE id = 3", "person", "3"),
        ("UPDATE person SET active = 0 WHERE id = 4", "person", "4"),
        ("UPDATE event SET late_after = '09:00:00' WHERE id = 1", "event", "1"),
        ("INSERT INTO absence (event_id, person_id, reason, note, recorded_at, recorded_by)"
         " VALUES (1, 5, 'dinas', '', '2024-10-01 07:00:00', 'x')", "absences", "1"),
        ("UPDATE signing_key SET public_key = X'00' WHERE id = 1", "keys", "1"),
        ("UPDATE station SET name = 'Gerbang Palsu'", "station", None),
        ("INSERT INTO station (fingerprint, public_key, name, status, requested_at, decided_by)"
         " VALUES ('AAAA-BBBB-CCCC-DDDD', X'00', 'palsu', 'enrolled', '2024-10-01', 'x')",
         "station", "AAAA-BBBB-CCCC-DDDD"),
    ],
)  # fmt: skip
def test_row_changed_with_sql_is_named_by_verify(demo_db, statement, table, key):
    with sqlite3.connect(demo_db) as connection:
        changed = connection.execute(statement).rowcount
    assert changed == 1
    report = verify(demo_db)
    assert not report.intact
    assert report.rows[0].table == table
    assert key is None or report.rows[0].key == key
    assert "di luar aplikasi" in report.rows[0].describe()


def test_pakta_signature_name_changed_with_sql_is_named_by_verify(demo):
    event = demo.events.list_events()[0]
    person = demo.pakta.candidates(event)[0]
    assert not isinstance(demo.pakta.add_signer(event.id, person.id, SignerRole.CAMAT), Invalid)
    signer = demo.pakta.signers(event.id)[0]
    signed = demo.pakta.sign(event, signer, scribble())
    assert isinstance(signed, Signed)
    assert demo.safety.verify_audit().intact
    PaktaSignature.update(name="Orang Lain").where(
        PaktaSignature.id == signed.signature_id
    ).execute()
    report = demo.safety.verify_audit()
    assert [(f.table, f.key) for f in report.rows] == [
        ("pakta_signature", str(signed.signature_id))
    ]


def test_person_taken_off_the_event_list_with_sql_so_their_absence_vanishes_is_named(demo_db):
    with sqlite3.connect(demo_db) as connection:
        (absent,) = connection.execute(
            "SELECT person_id FROM event_attendee WHERE event_id = 1 AND person_id NOT IN "
            "(SELECT person_id FROM checkin WHERE event_id = 1) LIMIT 1"
        ).fetchone()
        connection.execute("DELETE FROM event_attendee WHERE person_id = ?", (absent,))
    report = verify(demo_db)
    assert [(f.table, f.key) for f in report.rows] == [("attendees", "1")]
    assert report.rows[0].describe() == (
        "daftar peserta yang wajib hadir di acara 1: diubah di luar aplikasi"
    )


def test_people_put_on_the_list_by_the_app_keep_the_audit_intact(demo):
    from app.core.checkin import Method
    from app.core.roster import RosterField
    from app.services.roster_service import PersonDraft

    event = demo.events.list_events()[0]
    other = demo.events.save(replace(event, id=None, title="Apel Kedua"))
    values = {RosterField.NIP: "199001012015031001", RosterField.NAME: "Siti Aminah",
              RosterField.STATUS: "PNS", RosterField.OPD: "Dinas Sosial"}  # fmt: skip
    created = demo.roster.save_person(
        PersonDraft(event.organisation_id, values, event_id=other.event_id)
    )
    # The same person, unchanged, put on the first event's list from the form too.
    again = demo.roster.save_person(
        PersonDraft(event.organisation_id, values, created.person_id, event.id)
    )
    assert again == created
    token = demo.badges.token_for(
        event.organisation_id, demo.store.people.expected_people(event.id)[1]
    )
    admitted = demo.checkins.scan(other.event_id, token, Method.SCANNER, "Gerbang 1")
    assert admitted.outcome.value == "not_expected"
    assert not isinstance(
        demo.checkins.admit(other.event_id, admitted.person.id, Method.SCANNER, "Gerbang 1"),
        Invalid,
    )
    assert [p.id for p in demo.store.people.expected_people(other.event_id)] == sorted(
        [created.person_id, admitted.person.id]
    )
    assert created.person_id in [p.id for p in demo.store.people.expected_people(event.id)]
    report = demo.safety.verify_audit()
    assert report.intact, [f.describe() for f in report.rows]
