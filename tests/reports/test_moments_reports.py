"""Reports of an event with two moments: each moment shown, and who arrived but was not
scanned at the later one listed, in the PDF, the CSV and the workbook alike. Someone
scanned only at Pulang is not counted as arrived (on time or not) at Kedatangan."""

import csv
from dataclasses import replace
from datetime import time

import pytest
from openpyxl import load_workbook

from app.core.checkin import Method
from app.core.moments import Moment
from app.core.report_data import ReportKind, ReportRequest
from tests.reports.test_attendance_pdf import pdf_text

ARRIVAL = Moment("Kedatangan", time(6, 0), time(9, 0), time(7, 45), 1)
DEPARTURE = Moment("Pulang", time(15, 0), time(17, 0), time(16, 30))


@pytest.fixture
def two_moments(demo, clock):
    """The demo's arrivals, then at 15:10 one of them and one absentee scanned leaving."""
    event = demo.events.list_events()[0]
    demo.events.save(replace(event, moments=[ARRIVAL, DEPARTURE]))
    arrived = demo.store.attendance.checked_in_ids(event.id)
    people = demo.store.people.expected_people(event.id)
    stayed = next(p for p in people if p.id in arrived)
    only_leaving = next(p for p in people if p.id not in arrived)
    clock.at = clock.at.replace(hour=15, minute=10)
    for person in (stayed, only_leaving):
        code = demo.badges.token_for(event.organisation_id, person)
        assert demo.checkins.scan(event.id, code, Method.SCANNER, "Gerbang 1").moment.number == 2
    return demo, event, stayed, only_leaving, len(arrived)


def test_someone_scanned_only_when_leaving_is_not_counted_as_arrived(two_moments):
    services, event, stayed, only_leaving, arrived = two_moments
    report = services.reports.attendance(event.id)
    line = next(line for line in report.lines if line.person.id == only_leaving.id)
    assert not line.present and not line.late
    assert "tercatat saat Pulang" in line.remarks
    assert (report.totals.present, report.totals.later_present) == (arrived, (2,))
    left = {line.person.id for line in report.left_early_lines()}
    assert len(left) == arrived - 1 and stayed.id not in left and only_leaving.id not in left


def test_the_pdf_shows_each_moment_and_lists_who_left_early(two_moments, tmp_path):
    services, event, _, _, arrived = two_moments
    out = tmp_path / "laporan.pdf"
    services.reports.write_pdf(event.id, ReportRequest(ReportKind.COMPLETE), out)
    text = " ".join(pdf_text(out).split())
    assert "KEHADIRAN PER SESI" in text
    assert "Pulang 15.00–17.00 WIB 16.30 WIB 2 / 120" in text
    assert f"HADIR SAAT KEDATANGAN, TIDAK TERCATAT SAAT PULANG: {arrived - 1} orang" in text
    assert "tidak tercatat saat Pulang" in text  # in the Keterangan of the daftar hadir


def test_csv_and_workbook_carry_each_moment_and_the_left_early_sheet(two_moments, tmp_path):
    services, event, stayed, only_leaving, arrived = two_moments
    services.reports.export(event.id, tmp_path / "k.csv")
    with (tmp_path / "k.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[0]
    assert "Jam Kedatangan (WIB)" in header and "Jam Pulang (WIB)" in header
    by_id = {row[2].replace(" ", ""): row for row in rows[1:]}
    leaving = by_id[only_leaving.id_number]
    assert leaving[header.index("Status")] == "Tidak hadir"
    assert leaving[header.index("Jam Pulang (WIB)")] == "15:10:00"
    assert by_id[stayed.id_number][header.index("Keterangan")] in ("", "terlambat")
    services.reports.export(event.id, tmp_path / "k.xlsx")
    workbook = load_workbook(tmp_path / "k.xlsx")
    sheet = workbook["Tidak Tercatat Kemudian"]
    names = [row[1] for row in sheet.iter_rows(values_only=True) if isinstance(row[0], int)]
    assert len(names) == arrived - 1 and stayed.display_name not in names
    recap = workbook["Rekap per Unit"]
    assert "Hadir saat Pulang" in [c for row in recap.iter_rows(values_only=True) for c in row]
