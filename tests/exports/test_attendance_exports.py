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


def rows(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_every_sheet_is_there_with_frozen_filtered_headers(report_demo, event, tmp_path):
    out = tmp_path / "kehadiran.xlsx"
    report_demo.reports.export(event.id, out)
    book = load_workbook(out)
    assert book.sheetnames == SHEETS
    for name in SHEETS:
        sheet = book[name]
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref.startswith("A1:"), name
        assert sheet["A1"].font.b, name
        assert sheet.column_dimensions["B"].width >= 10, name
    hadir = rows(book["Hadir"])
    assert hadir[0][:7] == ["No", "Nama", "NIP / ID", "Jabatan", "Unit Kerja", "Jam Hadir", "Cara"]
    assert len(hadir) - 1 == 86  # 85 expected people and one guest
    assert len(rows(book["Tidak Hadir"])) - 1 == 36
    assert len(rows(book["Terlambat"])) - 1 == 5
    recap = rows(book["Rekap per Unit"])
    assert recap[-1][1:8] == ["Jumlah", 121, 85, pytest.approx(85 / 121), 5, 36, 0]
    assert book["Rekap per Unit"].cell(2, 5).number_format == "0.0%"
    guests = rows(book["Tamu & Manual"])
    assert {row[1] for row in guests[1:]} >= {"Tamu Kehormatan"}
    assert any(row[7] == "terlambat, manual" and row[8] == "kartu tertinggal" for row in guests)


def test_times_are_excel_times_and_nip_stays_text(report_demo, event, tmp_path):
    out = tmp_path / "kehadiran.xlsx"
    report_demo.reports.export(event.id, out)
    book = load_workbook(out)
    first = book["Hadir"]
    assert isinstance(first["F2"].value, time) and first["F2"].number_format == "hh:mm:ss"
    nips = [cell.value for cell in first["C"][1:]]
    assert all(isinstance(n, str) for n in nips)
    assert any(len(n) == 18 and n.isdigit() for n in nips)
    assert first["C2"].data_type == "s"
    log = book["Log Pindai"]
    assert isinstance(log["B2"].value, datetime) and log["E2"].value == "kode tidak sah"


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
    assert table[0] == ["No", "Nama", "NIP / ID", "Jabatan", "Unit Kerja", "Status", "Jam Hadir",
                        "Cara", "Keterangan"]  # fmt: skip
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
