"""The daftar hadir: an A4 portrait PDF in the form Indonesian offices sign and file.

One table per unit kerja (No, Nama, NIP, Jabatan, Unit Kerja, Jam Hadir,
Keterangan, and with blank signatures a Tanda Tangan column whose numbers
alternate left and right so neighbours do not sign over each other), each closed
by its subtotal; the header row repeats on every page.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.flowables import KeepTogether

from app.core.locale_format import clock_time, number, percent
from app.core.report_data import AttendanceReport, ReportKind, ReportRequest, UnitGroup
from app.reports.anchor_stamp import anchor_stamp
from app.reports.pdf_parts import (
    BOTTOM_MARGIN,
    CELL_BOLD,
    HEADING,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SUBTOTAL_FILL,
    NumberedCanvas,
    header_cells,
    kop,
    signature_block,
    table_style,
    title_block,
    wrap_lines,
)
from app.reports.recap_pdf import absentees_section, recap_section

HEADERS = ["No", "Nama", "NIP", "Jabatan", "Unit Kerja", "Jam Hadir", "Keterangan"]
WIDTHS = [8, 41, 32, 33, 37, 11, 18]
SIGNED_WIDTHS = [8, 33, 32, 26, 27, 11, 17, 26]
SIGN_PADDING = 7


def _rows(group: UnitGroup, first_number: int, widths: list[float], signed: bool) -> list[list]:
    rows: list[list[Any]] = []
    for offset, line in enumerate(group.lines):
        person = line.person
        row_number = first_number + offset
        row: list[Any] = [
            str(row_number),
            wrap_lines(person.display_name, widths[1]),
            wrap_lines(person.display_id, widths[2]),
            wrap_lines(person.position, widths[3]),
            wrap_lines(person.unit, widths[4]),
            clock_time(line.checkin.at.time()) if line.checkin else "",
            wrap_lines(line.remarks, widths[6]),
        ]
        if signed:
            row.append(f"{row_number}. ............")
        rows.append(row)
    return rows


def _subtotal(group: UnitGroup) -> str:
    totals = group.totals
    if totals.expected == 0:
        return f"Jumlah {group.unit}: {number(len(group.lines))} orang hadir"
    return (
        f"Jumlah {group.unit}: hadir {number(totals.present)} dari {number(totals.expected)} "
        f"({percent(totals.present, totals.expected)}), terlambat {number(totals.late)}, "
        f"tidak hadir {number(totals.absent)}"
    )


def unit_table(group: UnitGroup, first_number: int, signed: bool) -> Table:
    widths = [w * mm for w in (SIGNED_WIDTHS if signed else WIDTHS)]
    headers = [*HEADERS, "Tanda Tangan"] if signed else HEADERS
    body = _rows(group, first_number, widths, signed)
    subtotal = [Paragraph(escape(_subtotal(group)), CELL_BOLD)] + [""] * (len(headers) - 1)
    last = len(body) + 1
    extra: list[tuple[Any, ...]] = [
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("ALIGN", (5, 1), (5, -1), "CENTER"),
        ("SPAN", (0, last), (-1, last)),
        ("BACKGROUND", (0, last), (-1, last), SUBTOTAL_FILL),
    ]
    if signed:
        extra += [
            ("TOPPADDING", (0, 1), (-1, last - 1), SIGN_PADDING),
            ("BOTTOMPADDING", (0, 1), (-1, last - 1), SIGN_PADDING),
            ("VALIGN", (-1, 1), (-1, last - 1), "BOTTOM"),
        ]
        # Odd numbers sign on the left of the box, even numbers on the right.
        extra += [("ALIGN", (-1, row), (-1, row), "RIGHT") for row in range(2, last, 2)]
    table = Table([header_cells(headers, widths), *body, subtotal], colWidths=widths, repeatRows=1)
    table.setStyle(table_style(extra))
    return table


def sheet_section(report: AttendanceReport, signed: bool) -> list[Flowable]:
    story: list[Flowable] = []
    next_number = 1
    for group in report.groups:
        heading = Paragraph(escape(f"Unit kerja: {group.unit}"), HEADING)
        table = unit_table(group, next_number, signed)
        story.append(KeepTogether([heading, table]) if len(group.lines) < 8 else heading)
        if len(group.lines) >= 8:
            story.append(table)
        next_number += len(group.lines)
    totals = report.totals
    summary = (
        f"Jumlah seluruhnya: hadir {number(totals.present)} dari {number(totals.expected)} "
        f"pegawai ({percent(totals.present, totals.expected)}), terlambat "
        f"{number(totals.late)}, tidak hadir {number(totals.absent)}"
    )
    if report.guests:
        summary += f"; tamu {number(report.guests)} orang"
    story.append(Paragraph(summary + ".", HEADING))
    return story


def render_attendance_pdf(report: AttendanceReport, request: ReportRequest) -> bytes:
    """The whole document for ``request.kind``, as PDF bytes."""
    event = report.event
    story: list[Flowable] = [*kop(event)]
    if request.kind is not ReportKind.RECAP:
        story += title_block(event, "DAFTAR HADIR", report.unit_filter)
        story += sheet_section(report, request.blank_signatures)
        story.append(signature_block(event))
    if request.kind is not ReportKind.SHEET:
        if request.kind is ReportKind.COMPLETE:
            story.append(PageBreak())
        heading = (
            "LAMPIRAN: REKAPITULASI KEHADIRAN"
            if request.kind is ReportKind.COMPLETE
            else ("REKAPITULASI KEHADIRAN")
        )
        story += title_block(event, heading, report.unit_filter)
        story += recap_section(report)
        story += absentees_section(report)
        if request.kind is ReportKind.RECAP:
            story.append(signature_block(event))
    story += anchor_stamp(report.anchor)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=f"Daftar Hadir - {event.title}",
        author=event.organiser,
        creator="Netra",
    )
    document.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()
