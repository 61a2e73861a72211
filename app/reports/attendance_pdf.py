"""The daftar hadir in the two forms Indonesian offices use, on A4 or F4.

- The form to sign during the apel (``ReportKind.SIGNING_FORM``): everyone expected,
  No, Nama, NIP, Jabatan and a wide Tanda Tangan column whose numbers alternate
  left and right so neighbours do not sign over each other; no status.
- The record after the apel (``ReportKind.RECORD``): the same people (and walk-in
  guests) with their status, time of arrival and the reason of each absence.

Rows are grouped under a heading per unit kerja, so no column repeats the unit.
Each group ends with its subtotal; the last rows, the totals and the closing
"Mengetahui," block always share a page (``pdf_parts.kept_table``).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from app.core.heap import collector_paused
from app.core.locale_format import clock_time, number, percent
from app.core.progress import KeepGoing, always
from app.core.report_data import (
    GUEST_GROUP,
    AttendanceLine,
    AttendanceReport,
    ReportKind,
    ReportRequest,
    UnitGroup,
)
from app.reports.anchor_stamp import anchor_stamp
from app.reports.moments_pdf import moments_section
from app.reports.pakta_recap_pdf import pakta_coverage_section
from app.reports.pdf_parts import (
    CELL_BOLD,
    HEADING,
    SUBTOTAL_FILL,
    TableParts,
    build_document,
    header_cells,
    kept_table,
    kop,
    section_heading,
    signature_block,
    text_paragraph,
    title_block,
    wrap_lines,
)
from app.reports.recap_pdf import absentees_section, recap_section

FORM_HEADERS = ["No", "Nama", "NIP / ID", "Jabatan", "Tanda Tangan"]
FORM_WIDTHS = [9, 52, 34, 40, 45]
RECORD_HEADERS = ["No", "Nama", "NIP / ID", "Jabatan", "Jam Hadir", "Status", "Keterangan"]
RECORD_WIDTHS = [9, 46, 33, 35, 16, 17, 24]
SIGN_PADDING = 8
DOCUMENT_HEADINGS = {
    ReportKind.SIGNING_FORM: "DAFTAR HADIR",
    ReportKind.RECORD: "DAFTAR HADIR (CATATAN KEHADIRAN)",
    ReportKind.COMPLETE: "DAFTAR HADIR (CATATAN KEHADIRAN)",
    ReportKind.RECAP: "REKAPITULASI KEHADIRAN",
}


def _position(line: AttendanceLine, guests: bool) -> str:
    """Guests come from anywhere, so their unit goes with their position."""
    person = line.person
    if guests and person.unit:
        return f"{person.position} ({person.unit})" if person.position else person.unit
    return person.position


def _person_cells(line: AttendanceLine, row: int, widths: list[float], guests: bool) -> list[Any]:
    person = line.person
    return [
        str(row),
        wrap_lines(person.display_name, widths[1]),
        wrap_lines(person.printed_id, widths[2]),
        wrap_lines(_position(line, guests), widths[3]),
    ]


def _form_parts(group: UnitGroup, first_number: int) -> TableParts:
    widths = [w * mm for w in FORM_WIDTHS]
    body = [
        [*_person_cells(line, first_number + i, widths, False), f"{first_number + i}. ............"]
        for i, line in enumerate(group.lines)
    ]
    subtotal = f"Jumlah {group.unit}: {number(len(group.lines))} orang"

    def styles(first: int, count: int, head: int) -> list[tuple[Any, ...]]:
        rows = range(head, head + count)
        commands: list[tuple[Any, ...]] = [
            ("ALIGN", (0, head), (0, -1), "RIGHT"),
            ("TOPPADDING", (0, head), (-1, head + count - 1), SIGN_PADDING),
            ("BOTTOMPADDING", (0, head), (-1, head + count - 1), SIGN_PADDING),
            ("VALIGN", (-1, head), (-1, head + count - 1), "BOTTOM"),
        ]
        # Odd numbers sign on the left of the box, even numbers on the right.
        numbers = zip(rows, range(first_number + first, first_number + first + count), strict=True)
        return commands + [("ALIGN", (-1, r), (-1, r), "RIGHT") for r, n in numbers if n % 2 == 0]

    return _with_subtotal(FORM_HEADERS, widths, body, subtotal, styles)


def _record_parts(group: UnitGroup, first_number: int, zone: str) -> TableParts:
    widths = [w * mm for w in RECORD_WIDTHS]
    guests = group.unit == GUEST_GROUP
    body = [
        [
            *_person_cells(line, first_number + i, widths, guests),
            f"{clock_time(line.checkin.at.time())} {zone}" if line.checkin else "",
            line.status,
            wrap_lines(line.remarks, widths[6]),
        ]
        for i, line in enumerate(group.lines)
    ]

    def styles(first: int, count: int, head: int) -> list[tuple[Any, ...]]:
        return [("ALIGN", (0, head), (0, -1), "RIGHT"), ("ALIGN", (4, head), (4, -1), "CENTER")]

    return _with_subtotal(RECORD_HEADERS, widths, body, _record_subtotal(group), styles)


def _with_subtotal(
    headers: list[str], widths: list[float], body: list[list[Any]], subtotal: str, styles: Any
) -> TableParts:
    closing = [[text_paragraph(subtotal, CELL_BOLD)] + [""] * (len(headers) - 1)]
    return TableParts(
        header=header_cells(headers, widths),
        widths=widths,
        body=body,
        closing=closing,
        styles=styles,
        closing_styles=[
            ("SPAN", (0, -1), (-1, -1)),
            ("BACKGROUND", (0, -1), (-1, -1), SUBTOTAL_FILL),
        ],
    )


def _record_subtotal(group: UnitGroup) -> str:
    totals = group.totals
    if totals.expected == 0:
        return f"Jumlah {group.unit}: {number(len(group.lines))} orang hadir"
    return (
        f"Jumlah {group.unit}: hadir {number(totals.present)} dari {number(totals.expected)} "
        f"({percent(totals.present, totals.expected)}), terlambat {number(totals.late)}, "
        f"tidak hadir {number(totals.absent)}"
    )


def _summary(report: AttendanceReport, form: bool) -> str:
    totals = report.totals
    if form:
        return f"Jumlah seluruhnya: {number(totals.expected)} pegawai."
    summary = (
        f"Jumlah seluruhnya: hadir {number(totals.present)} dari {number(totals.expected)} "
        f"pegawai ({percent(totals.present, totals.expected)}), terlambat "
        f"{number(totals.late)}, tidak hadir {number(totals.absent)}"
    )
    if report.guests:
        summary += f"; tamu {number(report.guests)} orang"
    return summary + "."


def sheet_section(report: AttendanceReport, form: bool) -> list[Flowable]:
    """Every group's table; the last one keeps its last rows with the totals and signature."""
    groups = report.unit_groups if form else report.groups
    closing = [text_paragraph(_summary(report, form), HEADING), signature_block(report.event)]
    story: list[Flowable] = []
    next_number = 1
    for index, group in enumerate(groups):
        story += section_heading(f"Unit kerja: {group.unit}")
        if form:
            parts = _form_parts(group, next_number)
        else:
            parts = _record_parts(group, next_number, report.event.time_zone)
        story += kept_table(parts, closing if index == len(groups) - 1 else ())
        next_number += len(group.lines)
    if not groups:
        story.append(signature_block(report.event))
    return story


@collector_paused()
def render_attendance_pdf(
    report: AttendanceReport,
    request: ReportRequest,
    numbered: bool = True,
    keep_going: KeepGoing = always,
) -> bytes:
    """The whole document for ``request.kind``, as PDF bytes (``numbered`` and ``keep_going``:
    see ``build_document``; raises ``Cancelled``)."""
    event = report.event
    kind = request.kind
    story: list[Flowable] = [*kop(event), *title_block(event, DOCUMENT_HEADINGS[kind],
                                                      report.unit_filter)]  # fmt: skip
    if kind is not ReportKind.RECAP:
        story += sheet_section(report, kind is ReportKind.SIGNING_FORM)
    if kind is ReportKind.COMPLETE:
        story += [
            PageBreak(),
            *title_block(event, "LAMPIRAN: REKAPITULASI KEHADIRAN", report.unit_filter),
        ]
    if kind in (ReportKind.RECAP, ReportKind.COMPLETE):
        story += recap_section(report)
        if report.later_moments:
            story += moments_section(report)
        story += pakta_coverage_section(report.pakta)
        closing = [signature_block(event)] if kind is ReportKind.RECAP else []
        story += absentees_section(report, closing)
    story += anchor_stamp(report.anchor)
    titles = {ReportKind.RECAP: "Rekapitulasi Kehadiran"}
    title = f"{titles.get(kind, 'Daftar Hadir')} - {event.title}"
    return build_document(story, request.paper, title, event.organiser, numbered, keep_going)
