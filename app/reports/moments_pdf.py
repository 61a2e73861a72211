"""The recap's pages on moments, for an event with several (kedatangan, pulang, ...):
attendance per moment, and who arrived but was not scanned at a later moment."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.core.locale_format import clock_time, number
from app.core.moments import Moment
from app.core.report_data import AttendanceLine, AttendanceReport
from app.reports.pdf_parts import (
    HEADING,
    TableParts,
    header_cells,
    kept_table,
    section_heading,
    wrap_lines,
)
from app.reports.recap_pdf import number_column

MOMENT_HEADERS = ["Sesi", "Jam", "Terlambat setelah", "Hadir", "Terlambat"]
MOMENT_WIDTHS = [60, 40, 30, 25, 25]
LEFT_HEADERS = ["No", "Nama", "NIP / ID", "Unit Kerja", "Jam {moment}"]
LEFT_WIDTHS = [9, 55, 33, 62, 21]
LEFT_HEADING = "HADIR SAAT {first}, TIDAK TERCATAT SAAT {later}"
NONE_LEFT = "Semua yang hadir saat {first} tercatat juga saat {later}."


def _right_aligned(first: int, count: int, head: int) -> list[tuple[Any, ...]]:
    return [("ALIGN", (3, head), (-1, -1), "RIGHT")]


def _moment_rows(report: AttendanceReport, zone: str) -> list[list[Any]]:
    expected = [line for line in report.lines if line.expected]
    late = [sum(1 for line in expected if line.late)] + [
        sum(1 for line in expected if (found := line.later[index][1]) is not None and found.late)
        for index in range(len(report.later_moments))
    ]
    present = [report.totals.present, *report.totals.later_present]
    return [
        [
            moment.name,
            f"{clock_time(moment.opens_at)}–{clock_time(moment.closes_at)} {zone}",
            f"{clock_time(moment.late_after)} {zone}",
            f"{number(present[index])} / {number(report.totals.expected)}",
            number(late[index]),
        ]
        for index, moment in enumerate(report.moments)
    ]


def _left_parts(lines: list[AttendanceLine], first: Moment, zone: str) -> TableParts:
    widths = [w * mm for w in LEFT_WIDTHS]
    rows: list[list[Any]] = [
        [
            str(i),
            wrap_lines(line.person.display_name, widths[1]),
            wrap_lines(line.person.display_id, widths[2]),
            wrap_lines(line.person.unit, widths[3]),
            f"{clock_time(line.checkin.at.time())} {zone}" if line.checkin else "",
        ]
        for i, line in enumerate(lines, start=1)
    ]
    headers = [*LEFT_HEADERS[:-1], LEFT_HEADERS[-1].format(moment=first.name)]
    return TableParts(header_cells(headers, widths), widths, rows, [], number_column)


def moments_section(report: AttendanceReport) -> list[Flowable]:
    """Attendance per moment of the expected people, then, for each later moment, who
    arrived at the first and was not scanned there."""
    zone = report.event.time_zone
    first = report.moments[0]
    widths = [w * mm for w in MOMENT_WIDTHS]
    parts = TableParts(
        header_cells(MOMENT_HEADERS, widths), widths, _moment_rows(report, zone), [],
        _right_aligned,
    )  # fmt: skip
    story: list[Flowable] = [
        Spacer(1, 8),
        Paragraph("KEHADIRAN PER SESI", HEADING),
        *kept_table(parts),
    ]
    for moment in report.later_moments:
        lines = [line for line in report.lines if moment in line.missed_later]
        names = {"first": first.name.upper(), "later": moment.name.upper()}
        story += section_heading(f"{LEFT_HEADING.format(**names)}: {number(len(lines))} orang")
        if lines:
            story += kept_table(_left_parts(lines, first, zone))
        else:
            story.append(Paragraph(NONE_LEFT.format(first=first.name, later=moment.name), HEADING))
    return story
