"""Rows outside the check-in table that reports and decisions read, changed behind the
application's back with plain SQL: ``audit verify`` names each one."""

import sqlite3

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
