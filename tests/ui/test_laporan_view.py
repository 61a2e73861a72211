"""Laporan driven as HR would: choose, preview, print, save, export, record absences, daring."""

import io
import json
import subprocess

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.core.locale_format import Language
from app.store.models import AuditLog
from app.ui.i18n import install_language
from app.ui.views.laporan_view import LaporanView
from tests.ui.job_clicks import cancel_midway


@pytest.fixture
def view(qtbot, report_demo):
    QApplication.instance().setStyleSheet("")
    laporan = LaporanView(report_demo)
    qtbot.addWidget(laporan)
    laporan.resize(1200, 800)
    laporan.show()
    laporan.set_event(report_demo.events.list_events()[0])
    qtbot.waitUntil(lambda: laporan.pdf is not None, timeout=20_000)
    return laporan


def test_preview_shows_the_daftar_hadir_with_totals(view):
    assert view.totals.text() == "Hadir 85 dari 121 (70,2%) · terlambat 5 · tidak hadir 36"
    assert view.preview.page_count() > 3
    assert view.preview.page.pixmap().width() > 600
    assert view.preview.page_label.text() == f"Halaman 1 dari {view.preview.page_count()}"
    assert view.print_button.isEnabled() and view.save_button.isEnabled()


def test_choosing_a_unit_and_the_signing_form_redraws_the_preview(qtbot, view, tmp_path):
    view.unit.setCurrentIndex(view.unit.findData("Dinas Kesehatan"))
    view.kind.setCurrentIndex(view.kind.findData("tanda-tangan"))
    view.paper.setCurrentIndex(view.paper.findData("f4"))
    qtbot.waitUntil(lambda: view.pdf is not None and view.preview.page_count() >= 1, timeout=20_000)
    fingerprint = view.services.pdf_signing.certificate(view.current_event.organisation_id)
    preview = PdfReader(io.BytesIO(view.pdf)).pages[0].extract_text()
    assert fingerprint.fingerprint in preview  # on paper from the print dialog too
    out = tmp_path / "dinkes.pdf"
    view.save_pdf(out)
    qtbot.waitUntil(lambda: view.message.text().startswith("Tersimpan dan"), timeout=20_000)
    assert view.message.text() == (
        f"Tersimpan dan ditandatangani digital: {out}\n"
        f"Sidik jari sertifikat: {fingerprint.fingerprint}"
    )
    verdict = view.services.pdf_verify.verify(out)
    assert verdict.ok, verdict.problems
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Unit kerja: Dinas Kesehatan" in text and "Tanda" in text
    assert fingerprint.fingerprint in text
    assert "Unit kerja: Dinas Sosial" not in text and "Hadir" not in text
    size = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "609.449 x 935.433 pts" in size  # F4: 215 x 330 mm


def test_saving_the_pdf_is_an_audited_export(qtbot, view, tmp_path):
    out = tmp_path / "daftar.pdf"
    view.save_pdf(out)
    qtbot.waitUntil(lambda: view.message.text().startswith("Tersimpan"), timeout=10_000)
    entry = AuditLog.select().where(AuditLog.action == "export.write").get()
    details = json.loads(entry.details)["details"]
    assert (details["kind"], details["path"]) == ("laporan-lengkap", str(out))
    assert view.services.pdf_verify.verify(out).ok  # the signed file of what was shown


def test_next_page_button_turns_the_page(qtbot, view):
    qtbot.mouseClick(view.preview.next_button, Qt.MouseButton.LeftButton)
    assert view.preview.page_label.text().startswith("Halaman 2 dari")
    assert view.preview.previous_button.isEnabled()


def test_print_sends_every_page_to_the_printer(view, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)
    printer.setOutputFileName(str(tmp_path / "cetak.pdf"))
    assert view.print_document(printer) == view.preview.page_count()
    info = subprocess.run(["pdfinfo", str(tmp_path / "cetak.pdf")], capture_output=True, text=True)
    assert f"Pages:           {view.preview.page_count()}" in info.stdout


def test_export_excel_runs_off_the_ui_thread_and_reports_back(qtbot, view, tmp_path):
    out = tmp_path / "kehadiran.xlsx"
    view.export(out, ".xlsx")
    qtbot.waitUntil(lambda: view.message.text().startswith("Tersimpan"), timeout=20_000)
    assert "122 orang" in view.message.text()
    assert load_workbook(out).sheetnames[-1] == "Log Pindai"


def test_absence_reason_chosen_in_the_panel_is_saved_and_shown(qtbot, view, report_demo):
    view.tabs.setCurrentIndex(1)
    panel = view.absences
    panel.select_row(0)
    person = panel.model.item_at(0).person
    assert panel.model.data(panel.model.index(0, 3)) == "Alasan belum dicatat"  # as in the files
    panel.reason.setCurrentIndex(panel.reason.findData("sakit"))
    qtbot.keyClicks(panel.note, "rawat inap")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Alasan "), timeout=10_000)
    event_id = view.current_event.id
    assert [(a.person_id, a.note) for a in report_demo.store.absences.absences(event_id)] == [
        (person.id, "rawat inap")
    ]
    qtbot.waitUntil(lambda: panel.model.data(panel.model.index(0, 3)) == "Sakit: rawat inap")


def test_daring_report_with_a_participant_matched_by_hand(qtbot, view, report_demo, tmp_path):
    view.tabs.setCurrentIndex(2)
    event_id = view.current_event.id
    present = report_demo.store.attendance.checked_in_ids(event_id)
    absent = [p for p in report_demo.people.expected(event_id) if p.id not in present]
    report = tmp_path / "meet.csv"
    report.write_text(
        "First name,Last name,Email,Duration,Time joined,Time exited\n"
        f"{absent[0].name},,a@x.id,1 hr,7:25 AM,8:30 AM\n"
        "Laptop,Aula,b@x.id,1 hr,7:28 AM,8:30 AM\n",
        encoding="utf-8",
    )
    panel = view.daring
    panel.open_report(report)
    qtbot.waitUntil(lambda: panel.summary.text().startswith("meet.csv"), timeout=10_000)
    assert panel.summary.text() == "meet.csv: 1 peserta cocok otomatis, 1 belum cocok."
    assert panel.table.item(0, 0).text() == "Laptop Aula"
    panel.choose(0, absent[1].id)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dicatat hadir daring" in panel.message.text(), timeout=10_000)
    assert panel.message.text() == "2 orang dicatat hadir daring; 0 sudah tercatat hadir."
    assert {absent[0].id, absent[1].id} <= report_demo.store.attendance.checked_in_ids(event_id)
    qtbot.waitUntil(lambda: view.pdf is not None, timeout=20_000)
    assert view.totals.text().startswith("Hadir 87 dari 121")


def test_a_bad_daring_file_is_explained_and_nothing_changes(qtbot, view, tmp_path):
    view.tabs.setCurrentIndex(2)
    bad = tmp_path / "salah.csv"
    bad.write_text("NIP;Alasan\n1;sakit\n", encoding="utf-8")
    before = view.services.store.attendance.checked_in_ids(view.current_event.id)
    view.daring.open_report(bad)
    qtbot.waitUntil(lambda: view.daring.import_button.isEnabled(), timeout=10_000)
    assert view.daring.message.text().startswith("Berkas tidak dapat dipakai:")
    assert not view.daring.record_button.isEnabled()
    assert view.services.store.attendance.checked_in_ids(view.current_event.id) == before


@pytest.fixture
def english(qapp):
    assert install_language(Language.ENGLISH)
    yield
    install_language(Language.INDONESIAN)


def test_a_meeting_report_with_a_quote_left_open_is_refused_in_english(
    english, qtbot, view, tmp_path
):
    bad = tmp_path / "zoom.csv"
    bad.write_text('Name (Original Name),Join Time\n"Siti Aminah,07:31\n', encoding="utf-8")
    view.tabs.setCurrentIndex(2)
    view.daring.open_report(bad)
    qtbot.waitUntil(lambda: view.daring.import_button.isEnabled(), timeout=10_000)
    assert view.daring.message.text() == (
        'The file cannot be used:\nfile: file zoom.csv row 2: a quote mark (") is opened but '
        "never closed; close the quote or delete it, then import again"
    )


def test_a_file_that_is_no_meeting_report_names_its_table_header_in_english(
    english, qtbot, view, tmp_path
):
    bad = tmp_path / "salah.csv"
    bad.write_text("NIP;Alasan\n1;sakit\n", encoding="utf-8")
    view.tabs.setCurrentIndex(2)
    view.daring.open_report(bad)
    qtbot.waitUntil(lambda: view.daring.import_button.isEnabled(), timeout=10_000)
    assert view.daring.message.text().startswith(
        "The file cannot be used:\ntable header: not a Zoom or Google Meet participant report"
    )


def test_event_form_keeps_the_chosen_time_zone(qtbot, demo):
    from app.core.events import TimeZone
    from app.ui.widgets.event_form import EventForm

    form = EventForm()
    qtbot.addWidget(form)
    event = demo.events.list_events()[0]
    form.load(event)
    assert form.time_zone.currentData() == "WIB"
    form.time_zone.setCurrentIndex(form.time_zone.findData("WITA"))
    assert form.value().time_zone is TimeZone.WITA


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_cancel_during_an_export_writes_no_file(qtbot, view, tmp_path, suffix):
    cancel_midway(qtbot, view.file_job, 50, view.services.reports, "export")
    out = tmp_path / f"kehadiran{suffix}"
    view.export(out, suffix)
    assert view.message.text() == "Dibatalkan; tidak ada berkas yang ditulis."
    assert not out.exists() and not list(tmp_path.glob(".*.part"))
    assert not AuditLog.select().where(AuditLog.action == "export.write").exists()
    assert view.file_job.isHidden() and view.excel_button.isEnabled()


def test_cancel_while_the_preview_is_drawn_stops_it_and_says_so(qtbot, view):
    cancel_midway(qtbot, view.preview_job, 20, view.services.reports, "render_pdf")
    view.kind.setCurrentIndex(view.kind.findData("tanda-tangan"))
    view.refresh()
    assert view.pdf is None and not view.print_button.isEnabled()
    assert view.preview.page.text().startswith("Pratinjau dibatalkan.")
