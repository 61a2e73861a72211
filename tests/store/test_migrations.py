import sqlite3
from datetime import datetime

import pytest

from app.store.database import open_database
from app.store.migrations import SchemaTooNew, available, current_version, migrate
from app.store.store import Store
from tests.store.old_schema import first_schema_copy, undo_from


def test_migration_files_are_numbered_without_gaps():
    versions = [m.version for m in available()]
    assert versions == list(range(1, len(versions) + 1))


def test_fresh_database_gets_every_migration(db_path):
    db = open_database(str(db_path))
    assert migrate(db) == [m.version for m in available()]
    assert migrate(db) == []
    assert current_version(db) == available()[-1].version
    db.close()


def test_database_made_by_the_first_migration_opens_in_this_version(tmp_path):
    store = Store(str(first_schema_copy(tmp_path)))

    events = store.events.list_events()
    assert [e.title for e in events] == ["Apel Netralitas ASN 2024"]
    people = store.people.expected_people(events[0].id)
    assert [p.display_name for p in people] == ["Dr. Siti Aminah, S.H., M.Si."]
    assert current_version(store.db) == available()[-1].version
    store.close()


def test_database_from_a_newer_netra_is_refused_and_left_alone(db_path):
    Store(str(db_path)).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO schema_migration VALUES (999, 'future', '2030-01-01')")
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNew):
        Store(str(db_path))
    assert db_path.read_bytes() == before


def test_sqlite_runs_with_wal_foreign_keys_and_full_sync(store):
    pragma = lambda name: store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2


def test_processes_opening_a_new_file_together_migrate_it_once(db_path):
    import subprocess
    import sys

    code = f"from app.store.store import Store; Store({str(db_path)!r}).close()"
    children = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(4)]
    assert [child.wait(timeout=60) for child in children] == [0, 0, 0, 0]
    with sqlite3.connect(db_path) as raw:
        (rows,) = raw.execute("SELECT COUNT(*) FROM schema_migration").fetchone()
    assert rows == len(available())


def test_events_saved_before_the_time_zone_read_as_wib_and_keep_their_data(db_path):

    before_zone = max(m.version for m in available() if m.version < 7)
    db = open_database(str(db_path))
    migrate(db, target=before_zone)  # a database as the version before the zone left it
    db.execute_sql(
        "INSERT INTO organisation (name, created_at) VALUES ('Pemkab Seram', '2024-10-01')"
    )
    db.execute_sql(
        "INSERT INTO event (organisation_id, title, kind, day, start_time, late_after, venue, "
        "organiser, kop_lines, presiding_name, presiding_nip, presiding_position, created_at, "
        "updated_at) VALUES (1, 'Apel Lama', 'apel', '2024-10-01', '07:30:00', '07:45:00', "
        "'Piru', 'Pemkab Seram', '', '', '', '', '2024-10-01', '2024-10-01')"
    )
    db.close()
    store = Store(str(db_path))
    (event,) = store.events.list_events()
    assert (event.title, event.venue, event.time_zone.value) == ("Apel Lama", "Piru", "WIB")
    store.close()


# What the migrations after 0010 added (the runner applies only versions above the newest
# one applied, so a database taken back to version 9 must lose them too).
def test_check_ins_made_before_time_sources_open_with_an_empty_source_and_still_verify(tmp_path):
    from app.core.clock import FixedClock
    from app.services.container import Services
    from tests.conftest import DEMO_MORNING

    path = tmp_path / "sebelum.sqlite3"
    store = Store(str(path))
    Services.build(store, clock=FixedClock(DEMO_MORNING)).demo.ensure_demo(20)
    store.close()
    with sqlite3.connect(path) as raw:  # back to the schema of version 9, data kept
        undo_from(raw, 10)
        (rows,) = raw.execute("SELECT COUNT(*) FROM checkin").fetchone()
    store = Store(str(path))
    services = Services.build(store, clock=FixedClock(DEMO_MORNING))
    with sqlite3.connect(path) as raw:
        found = raw.execute(
            "SELECT time_source, clock_offset_s, offset_age_s FROM checkin"
        ).fetchall()
    assert rows > 0 and found == [("", None, None)] * rows
    assert services.safety.verify_audit().intact  # their station seals still hold
    store.close()


def test_database_made_before_gate_state_opens_with_its_data_its_paper_pages_as_older(db_path):
    from app.core.clock import FixedClock
    from app.services.container import Services

    before = max(m.version for m in available() if m.version < 13)
    db = open_database(str(db_path))
    migrate(db, target=before)
    db.execute_sql(
        "INSERT INTO organisation (name, created_at) VALUES ('Pemkab Wanasari', '2024-10-01')"
    )
    db.execute_sql(
        "INSERT INTO event (organisation_id, title, kind, day, start_time, late_after, venue, "
        "organiser, kop_lines, presiding_name, presiding_nip, presiding_position, created_at, "
        "updated_at, time_zone) VALUES (1, 'Apel Lama', 'apel', '2024-10-01', '07:30:00', "
        "'07:45:00', 'Pendopo', 'Pemkab', '', '', '', '', '2024-10-01', '2024-10-01', 'WIB')"
    )
    db.execute_sql(
        "INSERT INTO person (organisation_id, id_number, id_kind, name, front_title, "
        "back_title, position, unit_id, status, grade, gender, active, is_guest, badge_serial, "
        "created_at, updated_at) SELECT 1, '199001012015031001', 'nip', 'Siti', '', '', '', "
        "NULL, 'PNS', '', '', 1, 0, 1, '2024-10-01', '2024-10-01'"
    )
    db.execute_sql(
        "INSERT INTO pakta_paper_page (event_id, person_id, verdict, ink_area_mm2, "
        "text_version, image, image_sha256, source, scanned_at, scanned_by) VALUES "
        "(1, 1, 'signed', 40.0, 1, X'00', 'ab', 'scan.jpg', '2024-10-01', 'hr')"
    )
    db.close()
    store = Store(str(db_path))
    services = Services.build(store, clock=FixedClock(datetime(2024, 10, 1, 7)))
    assert [e.title for e in services.events.list_events()] == ["Apel Lama"]
    # The page stored before this version is counted as older, not reported as forged.
    report = services.safety.verify_audit()
    assert [f for f in report.rows if f.table == "pakta_paper_page"] == []
    (first_page,) = store.db.execute_sql(
        "SELECT first_pakta_paper_page FROM signing_start"
    ).fetchone()
    assert first_page == 2
    indexes = {row[1] for row in store.db.execute_sql("PRAGMA index_list(audit_log)")}
    assert "audit_log_action_event" in indexes
    store.close()
