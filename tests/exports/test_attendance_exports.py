"""The workbook and the CSV read back as HR's spreadsheet would read them."""

import csv
from datetime import datetime, time

import pytest
from openpyxl import load_workbook

from app.services.event_service import Invalid

SHEETS = ["Hadir", "Tidak Hadir", "Rekap per Unit", "Terlambat", "Tamu & Manual", "Log Pindai"]


@pytest.fixture
def event(report_demo):
    from app.store.models import ScanLog

    event = report_demo.events.list_events()[0]
    ScanLog.create(event=event.id, at=datetime(2024, 10, 1, 7, 1), station="Gerbang 1",
                   method="camera", raw="=1+1", outcome="invalid", person=None)  # fmt: skip
    return event


HEADER_ROW = 5


def rows(sheet):
    """The table of a sheet: its header row and the rows under it, without the title lines."""
    return [list(row) for row in sheet.iter_rows(min_row=HEADER_ROW, values_only=True)]


def test_every_sheet_is_there_with_frozen_filtered_headers(report_demo, event, tmp_path):
    out = tmp_path / "kehadiran.xlsx"
    report_demo.reports.export(event.id, out)
    book = load_workbook(out)
    assert book.sheetnames == SHEETS
    for name in SHEETS:
        sheet = book[name]
        assert sheet.freeze_panes == "A6", name
        assert sheet.auto_filter.ref.startswith("A5:"), name
        assert sheet["A5"].font.b, name
        assert sheet.column_dimensions["B"].width >= 10, name
    hadir = rows(book["Hadir"])
    assert hadir[0][:7] == [
        "No", "Nama", "NIP / ID", "Jabatan", "Unit Kerja", "Jam Hadir (WIB)", "Cara",
    ]  # fmt: skip
    assert len(hadir) - 1 == 86  # 85 expected people and one guest
    assert len(rows(book["Tidak Hadir"])) - 1 == 36
    assert len(rows(book["Terlambat"])) - 1 == 5
    recap = rows(book["Rekap per Unit"])
    assert recap[-1][1:8] == ["Jumlah", 121, 85, pytest.approx(85 / 121), 5, 36, 0]
    assert book["Rekap per Unit"].cell(HEADER_ROW + 1, 5).number_format == "0.0%"
    guests = rows(book["Tamu & Manual"])
    assert {row[1] for row in guests[1:]} >= {"Tamu Kehormatan"}
    assert any(row[7] == "terlambat, manual" and row[8] == "kartu tertinggal" for row in guests)


def test_times_are_excel_times_and_nip_stays_text(report_demo, event, tmp_path):
    out = tmp_path / "kehadiran.xlsx"
    report_demo.reports.export(event.id, out)
    book = load_workbook(out)
    first = book["Hadir"]
    assert isinstance(first["F6"].value, time) and first["F6"].number_format == "hh:mm:ss"
    nips = [cell.value for cell in first["C"][HEADER_ROW:]]
    assert all(isinstance(n, str) for n in nips)
    assert any(len(n) == 18 and n.isdigit() for n in nips)
    assert first["C6"].data_type == "s"
    log = book["Log Pindai"]
    assert isinstance(log["B6"].value, datetime) and log["E6"].value == "kode tidak sah"


def test_formulas_typed_into_names_are_neutralised(report_demo, event, tmp_path):
    out = tmp_path / "kehadiran.xlsx"
    report_demo.reports.export(event.id, out)
    book = load_workbook(out)
    absent = rows(book["Tidak Hadir"])
    cell = next(row for row in absent if "HYPERLINK" in str(row[1]))
    assert cell[1] == '\'=HYPERLINK("http://jahat.example/x","klik")'
    assert cell[3] == "'-Analis"
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for value in row:
                assert value.data_type != "f", (sheet.title, value.coordinate)
    assert rows(book["Log Pindai"])[1][7] == "'=1+1"
    csv_out = tmp_path / "kehadiran.csv"
    report_demo.reports.export(event.id, csv_out)
    assert "\n=HYPERLINK" not in csv_out.read_text("utf-8-sig").replace(";=", "\n=")


def test_csv_is_utf8_with_bom_and_semicolons_for_everyone(report_demo, event, tmp_path):
    out = tmp_path / "kehadiran.csv"
    report_demo.reports.export(event.id, out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(data.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert table[0] == ["No", "Nama", "NIP / ID", "Jabatan", "Unit Kerja", "Status",
                        "Jam Hadir (WIB)", "Cara", "Keterangan"]  # fmt: skip
    assert len(table) - 1 == 122
    statuses = [row[5] for row in table[1:]]
    assert statuses.count("Hadir") == 86 and statuses.count("Tidak hadir") == 36


def test_unknown_suffix_and_unwritable_folder_are_refused(report_demo, event, tmp_path):
    refused = report_demo.reports.export(event.id, tmp_path / "x.ods")
    assert isinstance(refused, Invalid) and "akhiran harus .xlsx atau .csv" in str(
        refused.errors[0]
    )
    missing = report_demo.reports.export(event.id, tmp_path / "tidak" / "ada" / "x.xlsx")
    assert isinstance(missing, Invalid) and "tidak dapat ditulis" in str(missing.errors[0])


def test_every_sheet_prints_on_a4_with_title_date_place_and_repeated_header(
    report_demo, event, tmp_path
):
    out = tmp_path / "kehadiran.xlsx"
    report_demo.reports.export(event.id, out)
    book = load_workbook(out)
    for sheet in book.worksheets:
        title, when, place = (sheet.cell(row, 1).value for row in (1, 2, 3))
        assert title == f"{event.title} - {sheet.title}"
        assert when == "Selasa, 1 Oktober 2024, pukul 07.30 WIB"
        assert place == f"Tempat: {event.venue}"
        setup = sheet.page_setup
        assert str(setup.paperSize) == sheet.PAPERSIZE_A4, sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        # One page across: an absent fitToWidth is the format's default of 1.
        assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows == "$5:$5"
    assert book["Hadir"].page_setup.orientation == "landscape"  # nine columns, long names


def test_recap_total_row_sits_below_the_filtered_range(report_demo, event, tmp_path):
    out = tmp_path / "kehadiran.xlsx"
    report_demo.reports.export(event.id, out)
    sheet = load_workbook(out)["Rekap per Unit"]
    last_filtered = int(sheet.auto_filter.ref.split(":")[1][1:])
    total_row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value == "Jumlah")
    assert total_row > last_filtered + 1  # a blank row between, so Excel does not widen it
    assert all(isinstance(sheet.cell(r, 1).value, int) for r in range(6, last_filtered + 1))
    assert sheet.cell(total_row, 2).font.b


def test_csv_nip_stays_text_in_excel_and_gives_programs_its_18_digits(report_demo, event, tmp_path):
    out = tmp_path / "kehadiran.csv"
    report_demo.reports.export(event.id, out)
    table = list(csv.reader(out.read_text("utf-8-sig").splitlines(), delimiter=";"))
    ids = [row[2] for row in table[1:]]
    assert "19900101 201503 1 001" in ids
    for text in ids:  # Excel reads a cell of 16+ bare digits as a number and rounds it
        assert not (text.isdigit() and len(text) > 15), text
    digits = {text.replace(" ", "") for text in ids}
    expected = {p.id_number for p in report_demo.people.expected(event.id)}
    assert expected <= digits


def test_pdf_xlsx_and_csv_write_the_same_label_for_every_person(report_demo, event, tmp_path):
    """One set of words: each reason of absence, lateness, manual, guest, daring."""
    import subprocess

    from app.core.attendance_labels import MARK_LABELS, Mark
    from app.core.checkin import CheckinEntry, Method
    from app.core.report_data import AbsenceReason, ReportKind, ReportRequest

    absent = report_demo.reports.attendance(event.id).absent_lines()
    reasons = list(AbsenceReason)
    for line, reason in zip(absent, reasons, strict=False):
        report_demo.absences.record(event.id, line.person.id_number, reason.value, "")
    daring = absent[len(reasons)].person
    online = CheckinEntry(event.id, daring.id, datetime(2024, 10, 1, 7, 25), "Daring",
                          Method.DARING, "petugas", False)  # fmt: skip
    with report_demo.store.write():
        report_demo.store.checkins.insert_checkins([online])
    csv_out, xlsx_out, pdf_out = (tmp_path / f"k.{s}" for s in ("csv", "xlsx", "pdf"))
    report_demo.reports.export(event.id, csv_out)
    report_demo.reports.export(event.id, xlsx_out)
    report_demo.reports.write_pdf(event.id, ReportRequest(kind=ReportKind.RECORD), pdf_out)

    table = list(csv.reader(csv_out.read_text("utf-8-sig").splitlines(), delimiter=";"))
    by_csv = {row[2].replace(" ", ""): row[8] for row in table[1:]}
    book = load_workbook(xlsx_out)
    by_xlsx = {row[2]: row[8] or "" for row in rows(book["Hadir"])[1:]}
    by_xlsx |= {row[2]: row[5] for row in rows(book["Tidak Hadir"])[1:]}
    assert by_xlsx == by_csv
    pdf = " ".join(subprocess.run(["pdftotext", str(pdf_out), "-"], capture_output=True,
                                  text=True, check=True).stdout.split())  # fmt: skip
    used = set(by_csv.values())
    for mark in (*(Mark(r.value) for r in reasons), Mark.LATE, Mark.GUEST, Mark.DARING,
                 Mark.NO_REASON):  # fmt: skip
        label = MARK_LABELS[mark]
        assert any(label in text for text in used), label
        assert label in pdf, label
    assert "terlambat, manual" in used and "belum diisi" not in pdf + str(used)
    for reason in ("izin", "sakit", "cuti", "dinas luar", "tanpa keterangan"):
        in_csv = sum(text == reason for text in by_csv.values())
        assert in_csv == 1 and pdf.count(f" {reason} ") + pdf.count(f" {reason}\n") >= 1
    no_reason = MARK_LABELS[Mark.NO_REASON]
    assert list(by_csv.values()).count(no_reason) == pdf.count(no_reason)


def test_a_code_with_control_characters_is_shown_escaped_and_the_workbook_still_opens(
    report_demo, event, tmp_path
):
    """A QR code can hold a bell or a form feed, which XML cannot: the scan log keeps what was
    read, and one such badge must not make the workbook impossible to write."""
    refused = report_demo.checkins.scan(event.id, "NTR\x07\x0c-palsu\ufffe", station="Gerbang 1")
    assert not refused.shows_recorded
    out = tmp_path / "kehadiran.xlsx"
    assert not isinstance(report_demo.reports.export(event.id, out), Invalid)
    read = [row[7] for row in rows(load_workbook(out)["Log Pindai"])]
    assert "NTR\\x07\\x0c-palsu\\ufffe" in read


def test_a_code_shaped_like_rich_text_markup_is_kept_as_text_and_the_workbook_opens(
    report_demo, event, tmp_path
):
    """XlsxWriter copies text that begins "<r>" and ends "</r>" into the file unescaped: one
    printed QR code reading so, scanned at the gate, made HR's whole workbook unreadable. It
    stays text behind an apostrophe, like a formula; text longer than a cell holds (written
    into the database file) is cut at the limit, even where the cut ends in "</r>"."""
    from app.store.models import ScanLog

    shaped = "<r><x></r>"
    report_demo.checkins.scan(event.id, shaped, station="Gerbang 1")
    cut_to_markup = "<r>" + "A" * (32_767 - 7) + "</r>" + "ekor"
    ScanLog.create(event=event.id, at=datetime(2024, 10, 1, 7, 2), station="Gerbang 1",
                   method="camera", raw=cut_to_markup, outcome="invalid", person=None)  # fmt: skip
    out = tmp_path / "kehadiran.xlsx"
    assert not isinstance(report_demo.reports.export(event.id, out), Invalid)
    read = [row[7] for row in rows(load_workbook(out)["Log Pindai"])]
    assert "'" + shaped in read
    assert ("'" + cut_to_markup)[:32_767] in read
