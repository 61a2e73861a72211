"""The daftar hadir as HR prints it: text extracted with pdftotext, pages rendered with pdftoppm."""

import re
import subprocess

import pytest

from app.core.report_data import ReportKind, ReportRequest
from app.services.report_service import Written


def pdf_text(path, layout=False):
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def page_count(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))


@pytest.fixture
def event(report_demo):
    return report_demo.events.list_events()[0]


def test_daftar_hadir_names_everyone_with_totals_and_page_numbers(report_demo, event, tmp_path):
    out = tmp_path / "daftar.pdf"
    result = report_demo.reports.write_pdf(event.id, ReportRequest(), out)
    assert isinstance(result, Written) and result.people == 122
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert "DAFTAR HADIR" in text and "PEMERINTAH KABUPATEN WANASARI" in text
    assert "Selasa, 1 Oktober 2024" in text and "Pendopo Agung Kabupaten Wanasari" in text
    for person in report_demo.people.expected(event.id)[:40]:
        assert person.printed_id in text
    assert (
        "Jumlah seluruhnya: hadir 85 dari 121 pegawai (70,2%), terlambat 5, tidak hadir 36" in flat
    )
    assert "tamu 1 orang" in flat and "terlambat, manual" in flat
    assert "Mengetahui," in text and "Drs. H. Bambang Sutrisno, M.Si." in text
    assert "NIP. 19680512 199403 1 007" in text
    total = page_count(out)
    numbers = re.findall(r"Halaman (\d+) dari (\d+)", text)
    assert numbers == [(str(n), str(total)) for n in range(1, total + 1)]
    assert "LAMPIRAN: REKAPITULASI KEHADIRAN" in text
    assert "DAFTAR PEGAWAI TIDAK HADIR PER UNIT KERJA" in text


def test_recap_shows_units_with_percentages_and_is_drawn(report_demo, event, tmp_path):
    out = tmp_path / "rekap.pdf"
    report_demo.reports.write_pdf(event.id, ReportRequest(kind=ReportKind.RECAP), out)
    text = " ".join(pdf_text(out).split())
    assert "REKAPITULASI KEHADIRAN" in text and "DAFTAR HADIR" not in text
    assert "121 85 70,2% 5 36 29,8%" in text  # the Jumlah row
    assert "Grafik persentase kehadiran per unit kerja" in text
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "2", str(out),
                    str(tmp_path / "rekap")], check=True)  # fmt: skip
    from PySide6.QtGui import QImage

    greens = 0
    for name in ("rekap-1.png", "rekap-2.png"):
        page = QImage(str(tmp_path / name))
        for x in range(0, page.width(), 2):
            for y in range(0, page.height(), 2):
                color = page.pixelColor(x, y)
                greens += color.green() > 100 and color.red() < 70 and color.blue() < 110
    assert greens > 200  # the bars are drawn, not only listed


def test_blank_signature_numbers_alternate_left_and_right(report_demo, event, tmp_path):
    out = tmp_path / "ttd.pdf"
    report_demo.reports.write_pdf(event.id, ReportRequest(kind=ReportKind.SIGNING_FORM), out)
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    words = re.findall(r'xMin="([\d.]+)"[^>]*>(\d+)\.</word>', bbox)
    columns = {int(number): float(x) for x, number in words}
    assert "Tanda" in bbox and {1, 2, 3}.issubset(columns)
    assert columns[2] > columns[1] + 20 and columns[3] < columns[2] - 20


def test_long_names_and_positions_wrap_inside_the_page(report_demo, event, tmp_path):
    from dataclasses import replace

    from app.store.models import Person as PersonRow

    long_name = "Raden Mas Haryo Bagus Tirtokusumo Adiningrat Wicaksono Prabowo Santoso"
    person = report_demo.store.people.expected_people(event.id)[0]
    PersonRow.update(name=long_name, position="Kepala " + "Subbagian Perencanaan " * 4).where(
        PersonRow.id == person.id
    ).execute()
    assert replace(person).id == person.id
    out = tmp_path / "panjang.pdf"
    report_demo.reports.write_pdf(event.id, ReportRequest(kind=ReportKind.RECORD), out)
    bbox = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    page_width = 595.3
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert max(right_edges) < page_width - 30
    text = " ".join(pdf_text(out).split())
    assert all(word in text for word in long_name.split())


def test_one_unit_only_and_unknown_unit_refused(report_demo, event, tmp_path):
    out = tmp_path / "unit.pdf"
    request = ReportRequest(kind=ReportKind.RECORD, unit="Dinas Kesehatan")
    report_demo.reports.write_pdf(event.id, request, out)
    text = pdf_text(out)
    assert "Unit kerja: Dinas Kesehatan" in text and "Unit kerja: Dinas Sosial" not in text
    refused = report_demo.reports.write_pdf(event.id, ReportRequest(unit="Dinas Antah"), out)
    assert "tidak ada di acara ini" in str(refused.errors[0])


def test_an_event_in_wit_prints_every_time_with_its_zone(report_demo, event, tmp_path):
    from dataclasses import replace

    from openpyxl import load_workbook

    from app.core.events import TimeZone

    report_demo.events.save(replace(event, time_zone=TimeZone.WIT))
    assert report_demo.events.get(event.id).time_zone is TimeZone.WIT
    out = tmp_path / "wit.pdf"
    report_demo.reports.write_pdf(event.id, ReportRequest(kind=ReportKind.RECORD), out)
    text = pdf_text(out)
    assert "pukul 07.30 WIT s.d. selesai" in text
    times = re.findall(r"\b\d\d\.\d\d(?: (?:WIB|WITA|WIT))?\b", text.split("Unit kerja:", 1)[1])
    assert times and all(t.endswith(" WIT") for t in times), times[:5]
    sheet = tmp_path / "wit.xlsx"
    report_demo.reports.export(event.id, sheet)
    book = load_workbook(sheet)
    assert book["Hadir"]["F5"].value == "Jam Hadir (WIT)"
    assert book["Hadir"]["A2"].value.endswith("pukul 07.30 WIT")


def test_a_nik_is_printed_only_by_its_last_four_digits(report_demo, event, tmp_path):
    from app.core.nip import IdKind

    out = tmp_path / "lengkap.pdf"
    report_demo.reports.write_pdf(event.id, ReportRequest(), out)  # daftar hadir and rekap
    form = tmp_path / "tanda-tangan.pdf"
    report_demo.reports.write_pdf(event.id, ReportRequest(kind=ReportKind.SIGNING_FORM), form)
    with_nik = [p for p in report_demo.people.expected(event.id) if p.id_kind is IdKind.NIK]
    assert with_nik
    for text in (pdf_text(out), pdf_text(form)):
        for person in with_nik:
            assert person.id_number not in text
            assert f"•••• •••• •••• {person.id_number[-4:]}" in text
