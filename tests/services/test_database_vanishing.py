"""A station whose database file is deleted, moved, replaced or restored under it never
shows a scan as recorded: it stops, says why, and keeps the scans in a journal that is
merged back later."""

import json
import os
import shutil
import sqlite3

import pytest

from app.core.checkin import Guest, Method
from app.core.outcomes import Outcome
from app.services.container import Services
from app.services.journal_service import JournalService
from app.store.journal import journal_path
from app.store.station_lock import StationLock
from app.store.store import Store
from tests.cli.test_cli import netra

GATE = "Gerbang 1"


def absent_tokens(services, count):
    event = services.events.list_events()[0]
    absent = [
        p for p in services.store.people.expected_people(event.id)
        if services.store.checkins.prior_checkin(event.id, p.id) is None
    ][:count]  # fmt: skip
    return event, [services.badges.token_for(event.organisation_id, p) for p in absent]


def scan(services, event, token):
    return services.link.scan(event.id, token, Method.CAMERA, GATE)


def recorded_count(path):
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT COUNT(*) FROM checkin").fetchone()[0]


def test_deleted_database_stops_scans_and_keeps_them_in_a_journal(demo, db_path):
    event, tokens = absent_tokens(demo, 4)
    assert scan(demo, event, tokens[0]).outcome.is_recorded
    for leftover in (db_path, db_path.with_name(db_path.name + "-wal")):
        leftover.unlink(missing_ok=True)
    results = [scan(demo, event, token) for token in tokens[1:]]
    assert [r.outcome for r in results] == [Outcome.NOT_SAVED] * 3
    assert not any(r.shows_recorded for r in results)
    assert "Basis data hilang atau diganti" in results[0].notice
    assert str(journal_path(db_path)) in results[0].notice
    kept = [json.loads(line) for line in journal_path(db_path).read_text().splitlines()]
    assert [entry["raw"] for entry in kept] == tokens[1:]
    status = demo.link.status()
    assert "hilang" in status.trouble


def test_database_replaced_by_another_file_is_noticed_before_the_scan_shows(demo, db_path):
    event, tokens = absent_tokens(demo, 2)
    copy = db_path.with_name("salinan.sqlite3")
    with sqlite3.connect(copy) as target:
        demo.store.db.connection().backup(target)
    os.replace(copy, db_path)  # same path, another file
    result = scan(demo, event, tokens[0])
    assert result.outcome is Outcome.NOT_SAVED
    assert recorded_count(db_path) == 84  # the demo's 70 % of 120, nothing added
    assert scan(demo, event, tokens[1]).outcome is Outcome.NOT_SAVED


def test_moved_database_is_noticed_and_the_journal_merges_back(demo, db_path, tmp_path):
    event, tokens = absent_tokens(demo, 3)
    forgot = [
        p for p in demo.store.people.expected_people(event.id)
        if demo.store.checkins.prior_checkin(event.id, p.id) is None
    ][3]  # fmt: skip
    moved = tmp_path / "dipindah"
    moved.mkdir()
    demo.store.close()
    for name in (db_path.name, db_path.name + "-wal", db_path.name + "-shm"):
        if (db_path.parent / name).exists():
            shutil.move(db_path.parent / name, moved / name)
    results = [scan(demo, event, token) for token in tokens[:2]]
    results.append(demo.link.manual(event.id, forgot.id, "kartu tertinggal", GATE))
    guest = Guest("Tamu Dari Bawaslu", "3201010101010001", "Bawaslu", "undangan")
    results.append(demo.link.walk_in(event.id, guest, GATE))
    assert [r.outcome for r in results] == [Outcome.NOT_SAVED] * 4
    back = Store(str(moved / db_path.name), create=False)
    try:
        report = JournalService(back, "petugas").merge(journal_path(db_path))
        assert report.problems == [] and sum(report.outcomes.values()) == 4
        assert set(report.outcomes) <= {"recorded", "late"}
        again = JournalService(back, "petugas").merge(journal_path(db_path))
        assert again.outcomes == {"duplicate": 4}  # merging twice adds nothing
    finally:
        back.close()
    assert recorded_count(moved / db_path.name) == 84 + 4


def test_a_restore_over_a_running_station_is_refused_or_forced_and_noticed(demo, db_path, tmp_path):
    event, tokens = absent_tokens(demo, 2)
    backup = tmp_path / "cadangan.sqlite3"
    demo.safety.backup(backup)
    claim = StationLock(db_path, "Gerbang 1")
    try:
        refused = netra("restore", str(backup), db=db_path)
        assert refused.returncode == 1
        assert "sedang dipakai Gerbang 1" in refused.stderr and "--paksa" in refused.stderr
        assert scan(demo, event, tokens[0]).outcome.is_recorded
        forced = netra("restore", str(backup), "--paksa", db=db_path)
        assert forced.returncode == 0, forced.stderr
    finally:
        claim.release()
    result = scan(demo, event, tokens[1])
    assert result.outcome is Outcome.NOT_SAVED
    assert "Basis data dipulihkan di tempat lain" in result.notice
    assert "dipulihkan dari cadangan oleh proses lain" in demo.link.status().trouble


def test_a_station_that_closed_leaves_no_claim_behind(db_path, store, tmp_path):
    StationLock(db_path, "Gerbang 2").release()
    backup = tmp_path / "cadangan.sqlite3"
    Services.build(store).safety.backup(backup)
    assert netra("restore", str(backup), db=db_path).returncode == 0


def test_a_restore_on_the_station_itself_keeps_it_scanning(demo, tmp_path):
    event, tokens = absent_tokens(demo, 1)
    backup = tmp_path / "cadangan.sqlite3"
    demo.safety.backup(backup)
    demo.safety.restore(backup)
    assert scan(demo, event, tokens[0]).outcome.is_recorded


def test_a_missing_file_is_refused_when_creating_is_not_asked(db_path):
    from app.store.integrity import DatabaseMissing

    with pytest.raises(DatabaseMissing, match="netra init"):
        Store(str(db_path), create=False)
    assert not db_path.exists()


def test_journal_merges_back_from_the_command_line_and_names_a_bad_line(demo, db_path, tmp_path):
    event, tokens = absent_tokens(demo, 2)
    db_path.unlink()
    for token in tokens:
        assert scan(demo, event, token).outcome is Outcome.NOT_SAVED
    backup = tmp_path / "kembali.sqlite3"
    with sqlite3.connect(backup) as target:
        demo.store.db.connection().backup(target)  # the lost file's content, as a backup
    assert netra("restore", str(backup), db=db_path).returncode == 0
    kept = journal_path(db_path)
    merged = netra("jurnal", "gabung", str(kept), db=db_path)
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout.startswith(f"Jurnal {kept.name} digabung: 2 tercatat")
    with kept.open("a") as journal:
        journal.write("bukan json\n")
    refused = netra("jurnal", "gabung", str(kept), db=db_path)
    assert refused.returncode == 1 and f"{kept.name} baris 3" in refused.stderr


def test_a_journal_line_no_enrolled_station_signed_records_nobody(demo, db_path, tmp_path):
    """A journal is a plain file: a line written by hand (or re-signed with a key HR never
    enrolled) must not record an absent person at a time of the writer's choosing."""
    from dataclasses import asdict

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.core.journal_seal import journal_message
    from app.core.station_identity import StationKey
    from app.store import journal

    event = demo.events.list_events()[0]
    absent = [
        p for p in demo.store.people.expected_people(event.id)
        if demo.store.checkins.prior_checkin(event.id, p.id) is None
    ]  # fmt: skip
    planted = tmp_path / "tanam.jurnal.jsonl"
    line = {"kind": "manual", "event_id": event.id, "person_id": absent[0].id,
            "reason": "kartu tertinggal", "method": "manual", "station": GATE,
            "at": "2024-10-01T07:01:00"}  # fmt: skip
    journal.append(planted, line)
    stranger = StationKey(Ed25519PrivateKey.generate()).seal(journal_message(line))
    journal.append(planted, {**line, "person_id": absent[1].id, "seal": asdict(stranger)})
    report = JournalService(demo.store, "petugas").merge(planted)
    assert not report.outcomes and len(report.problems) == 2
    assert "tanpa tanda tangan stasiun" in report.problems[0]
    assert demo.store.checkins.prior_checkin(event.id, absent[0].id) is None
    assert demo.store.checkins.prior_checkin(event.id, absent[1].id) is None
    merged = [e for e in demo.store.audit.all_entries() if e.action == "journal.merge"]
    assert len(merged) == 1
    details = json.loads(merged[0].body)["details"]
    assert (details["lines"], details["refused"]) == (2, 2) and len(details["sha256"]) == 64
