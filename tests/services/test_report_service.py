from pathlib import Path

import pytest
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from app.core.progress import Cancelled
from app.core.report_data import ReportRequest
from app.store.models import AuditLog


def test_unit_list_for_the_report_choice_equals_the_report_units(demo):
    from app.core.report_data import units_of

    event = demo.events.list_events()[0]
    assert demo.reports.units(event.id) == units_of(demo.reports.report_input(event.id))


def _stop_at(rows: int, heard: list[tuple[int, int]]):
    def keep_going(done: int, total: int) -> bool:
        heard.append((done, total))
        return done < rows

    return keep_going


@pytest.mark.parametrize("name", ["kehadiran.xlsx", "kehadiran.csv", "daftar.pdf"])
def test_a_stopped_report_file_leaves_the_old_file_and_no_part_behind(report_demo, tmp_path, name):
    event = report_demo.events.list_events()[0]
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / name
    out.write_bytes(b"the file of yesterday")
    heard: list[tuple[int, int]] = []
    if out.suffix == ".pdf":
        report = report_demo.reports.attendance(event.id)
        result = report_demo.reports.save_pdf(report, ReportRequest(), out, _stop_at(40, heard))
    else:
        result = report_demo.reports.export(event.id, out, keep_going=_stop_at(40, heard))
    assert isinstance(result, Cancelled)
    assert 40 <= heard[-1][0] < heard[-1][1]  # stopped midway, where it was told to
    assert out.read_bytes() == b"the file of yesterday"
    assert sorted(p.name for p in out.parent.iterdir()) == [name]
    assert not [temp for temp in ALL_TEMP_FILES if Path(temp).exists()]  # openpyxl's own
    assert not AuditLog.select().where(AuditLog.action == "export.write").exists()


def test_preview_drawing_stopped_returns_cancelled_and_counts_every_row(report_demo):
    event = report_demo.events.list_events()[0]
    report = report_demo.reports.attendance(event.id)
    heard: list[tuple[int, int]] = []
    assert isinstance(
        report_demo.reports.render_pdf(report, ReportRequest(), b"", _stop_at(30, heard)), Cancelled
    )
    complete: list[tuple[int, int]] = []
    assert isinstance(
        report_demo.reports.render_pdf(report, ReportRequest(), b"", _stop_at(10**9, complete)),
        bytes,
    )
    assert complete[0][0] == 0 and complete[-1][0] == complete[-1][1] > len(report.lines)
