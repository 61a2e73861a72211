"""Layout rules of every attendance document, read from the text of each page.

For every unit size from 1 to 80 people, every document and both papers: a table
that goes on to another page repeats its header there; the "Mengetahui," block
shares its page with the last rows before it; no page holds only a total line.
The reports are built in memory (no database) and read in this process, so the
~800 PDFs take seconds, not minutes.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pypdfium2 as pdfium
import pytest

from app.core.events import Event, EventKind
from app.core.nip import EmploymentStatus, IdKind
from app.core.people import Person
from app.core.report_data import (
    Absence,
    AbsenceReason,
    AttendanceReport,
    CheckinRecord,
    Paper,
    ReportInput,
    ReportKind,
    ReportRequest,
    build_report,
)
from app.reports.attendance_pdf import render_attendance_pdf

SIZES = range(1, 81)
RECAP_ROW = re.compile(r"^\d+ Unit Kerja \d{3}\b", re.MULTILINE)
UNIT = "Dinas Pekerjaan Umum dan Penataan Ruang"
EVENT = Event(
    title="Apel Netralitas ASN",
    kind=EventKind.APEL,
    day=date(2024, 10, 1),
    start_time=time(7, 30),
    late_after=time(7, 45),
    venue="Lapangan Upacara",
    organiser="Pemerintah Kabupaten Wanasari",
    kop_lines=["PEMERINTAH KABUPATEN WANASARI", "SEKRETARIAT DAERAH"],
    presiding_name="Drs. H. Bambang Sutrisno, M.Si.",
    presiding_position="Sekretaris Daerah",
)


def _person(number: int, unit: str) -> Person:
    # Every seventh position is long enough to wrap, so row heights vary like a real roster.
    position = "Analis Kebijakan Ahli Muda pada Bidang Perencanaan" if number % 7 == 0 else "Staf"
    return Person(
        id_number=f"{number:016d}", id_kind=IdKind.NIK, name=f"Pegawai{number:03d} Contoh",
        front_title="", back_title="", status=EmploymentStatus.NON_ASN, gender="L", grade="",
        position=position, unit=unit, id=number,
    )  # fmt: skip


def unit_report(size: int) -> AttendanceReport:
    """One unit of ``size`` people: two of three present (some late), the rest absent."""
    people = [_person(n, UNIT) for n in range(1, size + 1)]
    at = datetime(2024, 10, 1, 7, 20)
    attendees = [
        (p, CheckinRecord(p.id, at, "Gerbang 1", "camera", p.id % 5 == 0))
        for p in people
        if p.id % 3
    ]
    absences = [Absence(p.id, AbsenceReason.SAKIT) for p in people if p.id % 6 == 0]
    return build_report(ReportInput(EVENT, people, attendees, absences), UNIT)


def units_report(units: int) -> AttendanceReport:
    """``units`` units of two people each, one present: a recap table ``units`` rows long."""
    people = [_person(n, f"Unit Kerja {n // 2 + 1:03d}") for n in range(units * 2)]
    at = datetime(2024, 10, 1, 7, 20)
    attendees = [(p, CheckinRecord(p.id, at, "G1", "camera", False)) for p in people[::2]]
    return build_report(ReportInput(EVENT, people, attendees, []), None)


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, read in this process by PDFium (a pdftotext per PDF would
    spend more time starting processes than these tests spend drawing)."""
    document = pdfium.PdfDocument(pdf)
    return [document[i].get_textpage().get_text_range() for i in range(len(document))]


def names_on(page: str) -> list[str]:
    return [word for word in page.split() if word.startswith("Pegawai")]


def check_pages(pages: list[str], last_rows: list[str], what: str) -> None:
    for number, page in enumerate(pages, start=1):
        where = f"{what}, halaman {number}"
        if names_on(page):
            assert "Nama" in page and "No" in page, f"{where}: rows without the header"
        body = [line for line in page.splitlines() if line.strip() and "Halaman" not in line]
        totals = [line for line in body if line.startswith("Jumlah")]
        assert len(totals) < len(body) - 2 or names_on(page) or "Unit Kerja" in page, (
            f"{where}: only a total line"
        )
    closing = [page for page in pages if "Mengetahui," in page]
    assert len(closing) == 1, f"{what}: {len(closing)} closing blocks"
    missing = [name for name in last_rows if name not in closing[0]]
    assert not missing, f"{what}: the closing block is without its last rows {missing}"


def last_names(lines: list, count: int = 3) -> list[str]:
    return [line.person.name.split()[0] for line in lines[-count:]]


@pytest.mark.parametrize("paper", list(Paper))
@pytest.mark.parametrize("kind", [ReportKind.SIGNING_FORM, ReportKind.RECORD])
def test_daftar_hadir_keeps_its_last_rows_with_the_closing_block(kind, paper):
    for size in SIZES:
        report = unit_report(size)
        pages = page_texts(render_attendance_pdf(report, ReportRequest(kind, UNIT, paper)))
        check_pages(pages, last_names(report.lines), f"{kind} {paper} {size} orang")
        if size <= 8:  # kop, title, a short table and the closing block fit on one page
            assert len(pages) == 1, f"{kind} {paper} {size} orang: {len(pages)} pages"


@pytest.mark.parametrize("paper", list(Paper))
@pytest.mark.parametrize("kind", [ReportKind.RECAP, ReportKind.COMPLETE])
def test_recap_keeps_its_last_absentees_with_the_closing_block(kind, paper):
    for size in SIZES:
        report = unit_report(size)
        pages = page_texts(render_attendance_pdf(report, ReportRequest(kind, UNIT, paper)))
        last = report.absent_lines() if kind is ReportKind.RECAP else report.lines
        check_pages(pages, last_names(last), f"{kind} {paper} {size} orang")


@pytest.mark.parametrize("paper", list(Paper))
def test_recap_total_row_never_stands_alone(paper):
    for units in range(40, 81):
        report = units_report(units)
        pages = page_texts(
            render_attendance_pdf(report, ReportRequest(ReportKind.RECAP, None, paper))
        )
        total_page = next(p for p in pages if "Jumlah" in p and RECAP_ROW.search(p))
        previous_units = [g.unit for g in report.unit_groups[-3:]]
        assert all(unit in total_page for unit in previous_units), f"{units} unit, {paper}"
        for page in pages:
            if RECAP_ROW.search(page):
                assert "Diharapkan" in page.replace("\n", ""), f"{units} unit, {paper}: no header"
