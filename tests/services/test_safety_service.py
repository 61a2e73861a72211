import json
import sqlite3
from dataclasses import replace

import pytest

from app.core.checkin import Method
from app.core.report_data import ReportRequest
from app.services.badge_print_service import BadgeRequest
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
    # Only the backup just made, and the anchor taken before it.
    assert AuditLog.select().count() == audit_before + 2


def _record_one(services, station="Gerbang 2"):
    event = services.events.list_events()[0]
    person = next(
        p for p in services.store.people.expected_people(event.id)
        if services.store.checkins.prior_checkin(event.id, p.id) is None
    )  # fmt: skip
    token = services.badges.token_for(event.organisation_id, person)
    assert services.checkins.scan(event.id, token, Method.CAMERA, station).outcome.is_recorded
    return event, person, Checkin.get((Checkin.event == event.id) & (Checkin.person == person.id))


def test_demo_and_gate_checkins_all_match_the_audit_log(demo):
    _record_one(demo)
    report = demo.safety.verify_audit()
    assert report.intact and not report.checkins


@pytest.mark.parametrize(
    ("column", "value", "said"),
    [("at", "2024-10-01 06:15:00", "jam"), ("station", "Gerbang 9", "gerbang"),
     ("method", "manual", "cara")],
)  # fmt: skip
def test_checkin_row_edited_behind_the_apps_back_is_reported_at_that_row(
    demo, db_path, column, value, said
):
    event, person, row = _record_one(demo)
    with sqlite3.connect(db_path) as raw:
        raw.execute(f"UPDATE checkin SET {column} = ? WHERE id = ?", (value, row.id))
    report = demo.safety.verify_audit(event.id)
    assert not report.intact and not report.breaks
    [mismatch] = report.checkins
    assert (mismatch.checkin_id, mismatch.id_number) == (row.id, person.id_number)
    assert said in mismatch.reason and value in mismatch.reason


def test_checkin_rows_deleted_or_added_behind_the_apps_back_are_reported(demo, db_path):
    event, person, row = _record_one(demo)
    other = next(p for p in demo.store.people.expected_people(event.id) if p.id != person.id and
                 demo.store.checkins.prior_checkin(event.id, p.id) is None)  # fmt: skip
    with sqlite3.connect(db_path) as raw:
        raw.execute("DELETE FROM checkin WHERE id = ?", (row.id,))
        raw.execute(
            "INSERT INTO checkin (event_id, person_id, at, station, method, operator, late, note)"
            " VALUES (?, ?, '2024-10-01 07:01:00', 'Gerbang 1', 'camera', 'x', 0, '')",
            (event.id, other.id),
        )
    reasons = {m.id_number: m.reason for m in demo.safety.verify_audit(event.id).checkins}
    assert "dihapus" in reasons[person.id_number]
    assert "ditambahkan" in reasons[other.id_number]


def test_cancelled_checkin_is_not_reported_missing(demo):
    event, person, _row = _record_one(demo)
    demo.pins.set_pin("246813")
    demo.checkins.cancel(event.id, person.id, "salah orang", "246813")
    assert demo.safety.verify_audit(event.id).intact


def test_every_export_is_an_audit_entry(demo, tmp_path):
    event = demo.events.list_events()[0]
    demo.reports.export(event.id, tmp_path / "hadir.xlsx")
    demo.reports.export(event.id, tmp_path / "hadir.csv")
    demo.reports.write_pdf(event.id, ReportRequest(), tmp_path / "daftar.pdf")
    demo.badge_printing.write_pdf(BadgeRequest(event.id, tmp_path / "kartu.pdf"))
    exported = [
        json.loads(row.details)["details"]
        for row in AuditLog.select().where(AuditLog.action == "export.write").order_by(AuditLog.id)
    ]
    assert [e["kind"] for e in exported] == ["kehadiran.xlsx", "kehadiran.csv", "laporan-lengkap",
                                             "kartu-pdf"]  # fmt: skip
    assert exported[0]["path"] == str(tmp_path / "hadir.xlsx") and exported[0]["count"] > 0
