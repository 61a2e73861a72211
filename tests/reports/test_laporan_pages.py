"""Every page of the laporan and the berita acara as the head of a BKD reads them."""

import io
import subprocess
from datetime import date, time

import pytest
from pypdf import PdfReader

from app.core.events import Event, EventKind
from app.core.laporan_facts import GateClosure, LaporanFacts, UnitAttendance
from app.core.laporan_text import Official, default_text
from app.reports.berita_acara_pdf import berita_acara_story
from app.reports.bundle_pdf import render_part
from app.reports.laporan_pdf import laporan_story

EVENT = Event(
    "Apel dan Deklarasi Netralitas Aparatur Sipil Negara pada Pemilihan Gubernur, Bupati dan "
    "Wali Kota Serentak Tahun 2026", EventKind.DEKLARASI, date(2026, 12, 1), time(7, 30),
    time(7, 45), "Lapangan Upacara Kantor Bupati Seram Bagian Barat, Piru", "BKPSDM",
    kop_lines=["PEMERINTAH KABUPATEN SERAM BAGIAN BARAT", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN "
               "SUMBER DAYA MANUSIA"],
    presiding_name="Dr. Ir. H. Muhammad Abdurrahman Wahyudi, S.H., M.Si.",
    presiding_nip="197003151995031002", presiding_position="Sekretaris Daerah",
)  # fmt: skip
SEVEN_POINTS = [
    f"Butir ikrar ke-{n}: menjaga dan menegakkan prinsip netralitas pegawai ASN di instansi "
    "masing-masing dalam melaksanakan fungsi pelayanan publik, baik sebelum, selama, maupun "
    "sesudah pelaksanaan pemilihan."
    for n in range(1, 8)
]


def _facts(units: int, unsigned: int) -> LaporanFacts:
    return LaporanFacts(
        event_id=1, title=EVENT.title, day="2026-12-01", start="07.30 WIT", venue=EVENT.venue,
        presiding_name=EVENT.presiding_name, presiding_position=EVENT.presiding_position,
        expected=units * 250, present=units * 200, present_luring=units * 190,
        present_daring=units * 10, late=units * 5, absent=units * 50,
        absent_by_reason={"sakit": units, "izin": 2 * units, "alasan belum dicatat": 47 * units},
        guests=3,
        units=[UnitAttendance(f"Dinas Pemberdayaan Masyarakat dan Desa Wilayah {n}", 250, 200,
                              5, 50) for n in range(units)],
        ikrar_title="Ikrar Netralitas ASN", ikrar_points=SEVEN_POINTS, pakta_expected=80,
        pakta_signed=80 - unsigned,
        pakta_unsigned=[f"Drs. Pejabat {n}, M.Si. — Kepala Dinas {n}" for n in range(unsigned)],
        gate=GateClosure(closed=False),
    )  # fmt: skip


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize(("units", "unsigned"), [(1, 0), (12, 3), (40, 30), (80, 79)])
def test_the_reporters_block_shares_its_page_with_the_closing_words(units, unsigned):
    text = default_text(EVENT, "Piru")
    text = text.__class__(**{**text.__dict__, "reporter": Official("Dra. Pelapor", "", "Kepala")})
    pdf = render_part(laporan_story(EVENT, _facts(units, unsigned), text, date(2026, 12, 2),
                                    None), "Laporan", "BKPSDM")  # fmt: skip
    pages = _pages(pdf)
    (signed,) = [page for page in pages if "Dra. Pelapor" in page]
    assert "Demikian laporan ini dibuat" in signed and "V. PENUTUP" in signed
    for page in pages:  # no part heading left alone at the foot of a page
        last_line = page.strip().splitlines()[-1]
        assert not last_line.startswith(("I. ", "II. ", "III. ", "IV. ")), last_line
    table_pages = [page for page in pages if "\n250\n200\n" in page]  # a unit's row
    assert table_pages and all("Unit Kerja\nDiharapkan" in page for page in table_pages)


def test_berita_acara_with_seven_long_points_and_long_names_is_one_page(tmp_path):
    text = default_text(EVENT, "Piru")
    first = Official(
        "Prof. Dr. Ir. Hj. Siti Aminah Nurhasanah, S.H., M.Si., M.H.",
        "198001012005012003",
        "Inspektur Pembantu Wilayah III Inspektorat Daerah",
    )
    second = Official("Drs. Yohanis Sitompul Matulessy, M.A.P.", "", "Kepala Bagian Hukum")
    text = text.__class__(**{**text.__dict__, "witnesses": (first, second)})
    pdf = render_part(berita_acara_story(EVENT, _facts(40, 0), text), "BA", "BKPSDM")
    (page,) = _pages(pdf)
    assert "Pada hari ini Selasa tanggal satu bulan Desember tahun dua ribu dua puluh enam" in (
        " ".join(page.split())
    )
    path = tmp_path / "ba.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "ba")], check=True)
    assert len(list(tmp_path.glob("ba*.png"))) == 1
