"""Pakta coverage in what HR takes away after the apel: the rekap PDF, the workbook and the
status CSV. Sheets are printed, inked, scanned and read back for real; one official signs on
screen. An event with no pakta keeps its documents as they were."""

import csv
import subprocess

import pytest
from openpyxl import load_workbook

from app.core.report_data import ReportKind, ReportRequest
from benchmarks.pakta_paper_scans import Degradation, Ink
from tests.pakta_samples import scan_folder, scanned, scribble, sheets_pdf

SHEETS = ["Hadir", "Tidak Hadir", "Rekap per Unit", "Terlambat", "Tamu & Manual", "Log Pindai"]
UPRIGHT = Degradation(dpi=200, skew_deg=1.0)


@pytest.fixture
def event(report_demo):
    return report_demo.events.list_events()[0]


@pytest.fixture
def unit(report_demo, event):
    units = [p.unit for p in report_demo.pakta.candidates(event)]
    return next(u for u in dict.fromkeys(units) if units.count(u) >= 4)


@pytest.fixture
def signed(report_demo, event, unit, tmp_path):
    """In ``unit``: the first person signed on paper, the second's sheet came back empty, the
    third signed on screen; the rest did nothing."""
    people = [p for p in report_demo.pakta.candidates(event) if p.unit == unit]
    pdf = sheets_pdf(report_demo, event, tmp_path, unit)
    picks = [(1, Ink.SIGNED, UPRIGHT), (2, Ink.EMPTY, UPRIGHT)]
    scanned(report_demo, event, scan_folder(tmp_path, pdf, picks))
    report_demo.pakta.add_signer(event.id, people[2].id)
    signer = next(s for s in report_demo.pakta.signers(event.id) if s.person_id == people[2].id)
    report_demo.pakta.sign(event, signer, scribble(1))
    return people


def pdf_text(path):
    run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(run.stdout.split())


def table(sheet):
    return [list(row) for row in sheet.iter_rows(min_row=5, values_only=True)]


def test_rekap_counts_the_pakta_per_unit(report_demo, event, unit, signed, tmp_path):
    out = tmp_path / "rekap.pdf"
    report_demo.reports.write_pdf(event.id, ReportRequest(kind=ReportKind.RECAP), out)
    text = pdf_text(out)
    assert "CAKUPAN PAKTA INTEGRITAS PER UNIT KERJA" in text
    n = len(signed)
    share = f"{200 / n:.1f}".replace(".", ",")
    assert f"{unit} {n} 1 1 1 {n - 2} {share}%" in text
    assert "Sudah menandatangani 2 dari 121 pegawai" in text
    assert "Belum 119, termasuk 1 lembar yang kembali kosong" in text
    assert text.index("CAKUPAN PAKTA") < text.index("DAFTAR PEGAWAI TIDAK HADIR")


def test_workbook_has_the_pakta_sheets_and_who_still_has_to_sign(
    report_demo, event, unit, signed, tmp_path
):
    out = tmp_path / "kehadiran.xlsx"
    report_demo.reports.export(event.id, out)
    book = load_workbook(out)
    assert book.sheetnames == [*SHEETS, "Pakta", "Pakta Belum"]
    coverage = table(book["Pakta"])
    row = next(r for r in coverage if r[0] == unit)
    n = len(signed)
    assert row[1:7] == [n, 1, 1, 1, n - 2, pytest.approx(2 / n)]
    assert coverage[-1][:2] == ["Jumlah", 121] and coverage[-2] == [None] * 7
    pending = table(book["Pakta Belum"])[1:]
    names = {r[1] for r in pending}
    assert len(pending) == 119
    assert signed[0].display_name not in names and signed[2].display_name not in names
    empty = next(r for r in pending if r[1] == signed[1].display_name)
    assert empty[4:] == [unit, "lembar kembali kosong"]


def test_status_csv_gives_each_person_their_pakta_state(report_demo, event, signed, tmp_path):
    out = tmp_path / "status.csv"
    report_demo.reports.export(event.id, out)
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][-1] == "Pakta Integritas"
    state = {row[1]: row[-1] for row in rows[1:]}
    assert state[signed[0].display_name] == "sudah (kertas)"
    assert state[signed[1].display_name] == "lembar kembali kosong"
    assert state[signed[2].display_name] == "sudah (di layar)"
    assert state[signed[3].display_name] == "belum"
    assert state["Tamu Kehormatan"] == ""  # a walk-in guest had no sheet


def test_event_without_a_pakta_prints_and_exports_as_before(report_demo, event, tmp_path):
    rekap = tmp_path / "rekap.pdf"
    report_demo.reports.write_pdf(event.id, ReportRequest(kind=ReportKind.RECAP), rekap)
    assert "PAKTA" not in pdf_text(rekap)
    book = tmp_path / "kehadiran.xlsx"
    report_demo.reports.export(event.id, book)
    assert load_workbook(book).sheetnames == SHEETS
    status = tmp_path / "status.csv"
    report_demo.reports.export(event.id, status)
    header = status.read_text("utf-8-sig").splitlines()[0]
    assert header.endswith("Keterangan") and "Pakta" not in header
