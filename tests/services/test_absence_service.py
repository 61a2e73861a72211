from openpyxl import Workbook

from app.core.report_data import AbsenceReason
from app.services.absence_service import AbsencesSaved
from app.services.event_service import Invalid
from app.store.models import AuditLog


def _event_and_people(services):
    event = services.events.list_events()[0]
    present = services.store.attendance.checked_in_ids(event.id)
    people = services.people.expected(event.id)
    absent = [p for p in people if p.id not in present]
    attended = [p for p in people if p.id in present]
    return event, absent, attended


def _xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_one_absence_is_recorded_and_audited(demo):
    event, absent, _ = _event_and_people(demo)
    result = demo.absences.record(event.id, absent[0].display_id, "Dinas Luar", "SPT 12/2024")
    assert result == AbsencesSaved(1)
    (saved,) = demo.store.absences.absences(event.id)
    assert (saved.person_id, saved.reason, saved.note) == (
        absent[0].id, AbsenceReason.DINAS_LUAR, "SPT 12/2024",
    )  # fmt: skip
    assert AuditLog.select().where(AuditLog.action == "absence.record").count() == 1


def test_someone_present_cannot_be_marked_absent(demo):
    event, _, attended = _event_and_people(demo)
    result = demo.absences.record(event.id, attended[0].id_number, "sakit")
    assert isinstance(result, Invalid)
    assert "sudah tercatat hadir" in result.errors[0].message
    assert demo.store.absences.absences(event.id) == []


def test_sheet_of_reasons_is_imported(demo, tmp_path):
    event, absent, _ = _event_and_people(demo)
    sheet = _xlsx(tmp_path / "alasan.xlsx", [
        ["Rekap alasan BKPSDM"],
        ["No", "NIP", "Nama", "Alasan", "Catatan"],
        [1, absent[0].id_number, "x", "Sakit", "surat dokter"],
        [2, absent[1].id_number, "y", "cuti", ""],
    ])  # fmt: skip
    assert demo.absences.import_sheet(event.id, sheet) == AbsencesSaved(2)
    reasons = {a.person_id: a.reason for a in demo.store.absences.absences(event.id)}
    assert reasons == {absent[0].id: AbsenceReason.SAKIT, absent[1].id: AbsenceReason.CUTI}


def test_a_sheet_with_any_bad_row_changes_nothing_and_names_each_problem(demo, tmp_path):
    event, absent, attended = _event_and_people(demo)
    sheet = tmp_path / "alasan.csv"
    sheet.write_text(
        "NIP;Alasan;Catatan\n"
        f"{absent[0].id_number};sakit;\n"
        f"{absent[1].id_number};liburan;\n"
        "123;izin;\n"
        f"{attended[0].id_number};izin;\n"
        f"{absent[0].id_number};cuti;\n",
        encoding="utf-8",
    )
    audit_before = AuditLog.select().count()
    result = demo.absences.import_sheet(event.id, sheet)
    assert isinstance(result, Invalid)
    messages = [str(e) for e in result.errors]
    assert messages[0].startswith("baris 3, kolom Alasan: alasan 'liburan' tidak dikenal")
    assert messages[1] == "baris 4, kolom NIP: '123' tidak ada di daftar peserta acara ini"
    assert messages[2].startswith("baris 5, kolom NIP:") and "sudah tercatat hadir" in messages[2]
    assert messages[3] == "baris 6, kolom NIP: orang yang sama sudah ada di baris 2"
    assert demo.store.absences.absences(event.id) == []
    assert AuditLog.select().count() == audit_before
    assert demo.safety.verify_audit(event.id).intact  # the chain is untouched


def test_garbage_and_missing_columns_get_clear_messages(demo, tmp_path):
    event = demo.events.list_events()[0]
    garbage = tmp_path / "rusak.xlsx"
    garbage.write_bytes(b"PK\x03\x04 bukan excel" * 20)
    result = demo.absences.import_sheet(event.id, garbage)
    assert isinstance(result, Invalid)
    assert (
        str(result.errors[0]) == "berkas: rusak.xlsx bukan berkas Excel (.xlsx) yang dapat dibaca"
    )
    columns = _xlsx(tmp_path / "kolom.xlsx", [["Nama", "Keterangan"], ["A", "sakit"]])
    result = demo.absences.import_sheet(event.id, columns)
    assert "kolom 'nip' dan 'alasan' tidak ditemukan" in str(result.errors[0])
    assert demo.store.absences.absences(event.id) == []


def test_windows_1252_sheet_from_old_excel_is_read_as_written(demo, tmp_path):
    event, absent, _ = _event_and_people(demo)
    text = f"NIP;Alasan;Catatan\r\n{absent[0].id_number};Dinas Luar;SPT – Bappeda\r\n"
    data = text.encode("cp1252")
    if len(data) % 2:  # an even length is what used to pass for UTF-16
        data = data.replace(b"Bappeda", b"Bappeda.")
    path = tmp_path / "alasan.csv"
    path.write_bytes(data)
    assert demo.absences.import_sheet(event.id, path) == AbsencesSaved(1)
    (saved,) = demo.store.absences.absences(event.id)
    assert saved.note.startswith("SPT – Bappeda")
