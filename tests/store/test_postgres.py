"""The same store code on a real PostgreSQL server: schema, use cases, the one-check-in rule."""

import subprocess
import sys
from dataclasses import replace
from datetime import datetime

import pytest
from peewee import IntegrityError

from app.core.clock import FixedClock
from app.services.container import Services
from app.store.migrations import available, current_version
from app.store.models import Checkin
from app.store.store import Store


@pytest.fixture
def pg_services(pg_url):
    store = Store(pg_url)
    yield Services.build(store, clock=FixedClock(datetime(2024, 10, 1, 7, 0)), actor="tester")
    store.close()


def test_every_migration_applies_on_postgresql(pg_services):
    assert current_version(pg_services.store.db) == available()[-1].version
    assert pg_services.store.description.startswith("postgresql://")
    assert "netra:" not in pg_services.store.description  # no password in the status bar


def test_demo_and_event_edits_work_on_postgresql(pg_services):
    result = pg_services.demo.ensure_demo(60)
    assert pg_services.demo.ensure_demo(60).people_added == 0
    counts = pg_services.events.counts(result.event_id)
    assert (counts.expected, counts.present) == (60, 42)
    event = pg_services.events.get(result.event_id)
    pg_services.events.save(replace(event, venue="Lapangan Pemda"))
    assert pg_services.events.get(result.event_id).venue == "Lapangan Pemda"
    assert pg_services.events.get(result.event_id).logo == event.logo


def test_second_checkin_of_a_person_is_refused_by_the_server(pg_services):
    result = pg_services.demo.ensure_demo(10)
    first = Checkin.select().where(Checkin.event == result.event_id).first()
    with pytest.raises(IntegrityError), pg_services.store.write():
        Checkin.create(
            event=first.event_id, person=first.person_id, at=datetime(2024, 10, 1, 7, 1),
            station="Gerbang 2", method="scanner", operator="x", late=False, note="",
        )  # fmt: skip


def test_stations_starting_together_migrate_once(pg_url):
    code = f"from app.store.store import Store; Store({pg_url!r}).close()"
    children = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(4)]
    assert [child.wait(timeout=60) for child in children] == [0, 0, 0, 0]
    store = Store(pg_url)
    rows = store.db.execute_sql("SELECT COUNT(*) FROM schema_migration").fetchone()[0]
    assert rows == len(available())
    store.close()


def test_a_scan_and_an_admission_of_one_person_on_two_stations_do_not_deadlock(pg_services):
    """The scan inserts its check-in before its audit entry; the admission audits first.
    Every writer takes the audit chain's lock first, so the two queue instead of deadlocking."""
    import threading
    import time

    from app.core.checkin import Method
    from app.core.checkin_audit import record_details
    from app.core.nip import EmploymentStatus, IdKind
    from app.core.people import Person
    from app.core.station_records import RecordedCheckin, entry_for

    services = pg_services
    event_id = services.demo.ensure_demo(10).event_id
    organisation_id = services.events.get(event_id).organisation_id
    at = datetime(2024, 10, 1, 7, 5)
    with services.store.write():
        (person_id,) = services.store.people.insert_people(
            organisation_id,
            [Person("199201012015031001", IdKind.NIP, "Tamu Uji", "", "", EmploymentStatus.PNS,
                    "L", "III/a", "Analis", "Dinas Kesehatan")],
            at,
        )  # fmt: skip
        services.store.audit.append("a", "person.create", "person", person_id, at)
    event = services.events.get(event_id)
    record = services.checkins.sealer.sealed(
        event, RecordedCheckin("199201012015031001", at, "Gerbang 1", Method.SCANNER, "a", False)
    )
    inserted = threading.Event()
    outcomes = []

    def scan_on_gate_one() -> None:
        with services.store.write():
            services.store.checkins.insert_checkin(entry_for(event_id, person_id, record))
            inserted.set()
            time.sleep(0.5)  # the admission on gate 2 starts meanwhile
            details = record_details(record)
            services.store.audit.append(
                "a", "checkin.record", "person", person_id, at, event_id, details
            )

    def admit_on_gate_two() -> None:
        inserted.wait(5)
        result = services.checkins.admit(event_id, person_id, Method.SCANNER, "Gerbang 2")
        outcomes.append(result.outcome.value)

    threads = [
        threading.Thread(target=scan_on_gate_one),
        threading.Thread(target=admit_on_gate_two),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert outcomes == ["duplicate"]
    assert services.safety.verify_audit().intact
