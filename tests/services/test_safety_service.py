import sqlite3
from dataclasses import replace

from app.services.safety_service import Done, Refused
from app.store.models import AuditLog, Checkin


def _edit_event(services, title):
    event = services.events.list_events()[0]
    services.events.save(replace(event, title=title))


def test_intact_chain_verifies(demo):
    _edit_event(demo, "Apel Pagi")
    report = demo.safety.verify_audit()
    assert report.intact and report.entries == AuditLog.select().count() >= 3


def test_row_edited_behind_the_apps_back_breaks_the_chain_there(demo, db_path):
    _edit_event(demo, "Apel Pagi")
    _edit_event(demo, "Apel Siang")
    target = AuditLog.get(AuditLog.details.contains("Apel Pagi"))
    with sqlite3.connect(db_path) as raw:
        raw.execute(
            "UPDATE audit_log SET details = replace(details, 'Pagi', 'Sore') WHERE id = ?",
            (target.id,),
        )
    report = demo.safety.verify_audit()
    assert [b.entry.id for b in report.breaks] == [target.id]
    assert "berubah" in report.breaks[0].reason


def test_deleted_entry_shows_as_a_break_at_the_next_one(demo, db_path):
    _edit_event(demo, "Apel Pagi")
    _edit_event(demo, "Apel Siang")
    ids = [row.id for row in AuditLog.select().order_by(AuditLog.id)]
    with sqlite3.connect(db_path) as raw:
        raw.execute("DELETE FROM audit_log WHERE id = ?", (ids[1],))
    report = demo.safety.verify_audit()
    assert [b.entry.id for b in report.breaks] == [ids[2]]


def test_backup_while_in_use_is_a_consistent_copy_and_restore_brings_it_back(demo, tmp_path):
    event = demo.events.list_events()[0]
    before = demo.events.counts(event.id)
    result = demo.safety.backup(tmp_path / "cadangan.sqlite3")
    assert isinstance(result, Done)
    with demo.store.write():
        Checkin.delete().execute()
    assert demo.events.counts(event.id).present == 0
    restored = demo.safety.restore(tmp_path / "cadangan.sqlite3")
    assert isinstance(restored, Done) and restored.path.exists()
    assert demo.events.counts(event.id) == before
    assert demo.safety.verify_audit().intact
    assert AuditLog.select().order_by(AuditLog.id.desc()).first().action == "backup.restore"


def test_restore_of_a_bad_file_is_refused_and_changes_nothing(demo, tmp_path, db_path):
    event = demo.events.list_events()[0]
    before = demo.events.counts(event.id)
    audit_before = AuditLog.select().count()
    fake = tmp_path / "cadangan.sqlite3"
    fake.write_bytes(b"PK\x03\x04 ini berkas zip yang diganti namanya")
    result = demo.safety.restore(fake)
    assert isinstance(result, Refused) and "bukan berkas cadangan Netra" in result.message
    other = tmp_path / "lain.sqlite3"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE catatan (isi TEXT)")
    result = demo.safety.restore(other)
    assert isinstance(result, Refused) and "bukan basis data Netra" in result.message
    truncated = tmp_path / "terpotong.sqlite3"
    demo.safety.backup(truncated)
    truncated.write_bytes(truncated.read_bytes()[: 4096 * 3])
    assert isinstance(demo.safety.restore(truncated), Refused)
    assert demo.events.counts(event.id) == before
    assert AuditLog.select().count() == audit_before + 1  # only the backup just made
