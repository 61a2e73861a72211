"""The recap: present / expected / late / absent per unit with a bar chart, then the absentees."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.core.locale_format import number, percent
from app.core.report_data import AttendanceReport, UnitGroup, UnitTotals
from app.reports.fonts import draw_string, string_width
from app.reports.pdf_parts import (
    BODY_SIZE,
    BOLD,
    CONTENT_WIDTH,
    FONT,
    HEADING,
    SUBTOTAL_FILL,
    TableParts,
    header_cells,
    kept_table,
    section_heading,
    wrap_lines,
)

ON_TIME = colors.HexColor("#2E7D4F")
LATE = colors.HexColor("#E0A526")
ABSENT = colors.HexColor("#E3E6EA")
RECAP_HEADERS = [
    "No",
    "Unit Kerja",
    "Diharapkan",
    "Hadir",
    "% Hadir",
    "Terlambat",
    "Tidak Hadir",
    "% Tidak Hadir",
]
RECAP_WIDTHS = [9, 63, 19, 15, 16, 17, 19, 22]
ABSENT_HEADERS = ["No", "Nama", "NIP", "Jabatan", "Keterangan"]
ABSENT_WIDTHS = [9, 55, 33, 45, 38]


def _recap_row(label: str, totals: UnitTotals) -> list[str]:
    return [
        label,
        totals.unit,
        number(totals.expected),
        number(totals.present),
        percent(totals.present, totals.expected),
        number(totals.late),
        number(totals.absent),
        percent(totals.absent, totals.expected),
    ]


class AttendanceBars(Flowable):
    """Horizontal bars per unit: on time (green), late (amber), absent (grey), with the share."""

    ROW = 11.0
    LABEL_WIDTH = 62 * mm

    def __init__(self, units: list[UnitTotals]) -> None:
        super().__init__()
        self.units = units
        self.row = self.ROW if len(units) <= 60 else max(5.0, 660 / len(units))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return CONTENT_WIDTH, self.row * len(self.units) + 22

    def _label(self, text: str, size: float) -> str:
        limit = self.LABEL_WIDTH - 4
        if string_width(text, FONT, size) <= limit:
            return text
        while text and string_width(text + "…", FONT, size) > limit:
            text = text[:-1]
        return text + "…"

    def draw(self) -> None:
        canvas = self.canv
        size = min(BODY_SIZE, self.row * 0.72)
        bar_left = self.LABEL_WIDTH
        bar_width = CONTENT_WIDTH - bar_left - 30
        top = self.row * len(self.units) + 22
        legend_y = top - 9
        for index, (fill, text) in enumerate(
            ((ON_TIME, "hadir tepat waktu"), (LATE, "terlambat"), (ABSENT, "tidak hadir"))
        ):
            x = bar_left + index * 80
            canvas.setFillColor(fill)
            canvas.rect(x, legend_y, 8, 6, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont(FONT, BODY_SIZE)
            canvas.drawString(x + 11, legend_y, text)
        for index, totals in enumerate(self.units):
            y = top - 22 - (index + 1) * self.row
            height = self.row * 0.7
            canvas.setFillColor(colors.black)
            draw_string(canvas, 0, y + self.row * 0.2, self._label(totals.unit, size), FONT, size)
            canvas.setFillColor(ABSENT)
            canvas.rect(bar_left, y + self.row * 0.1, bar_width, height, stroke=0, fill=1)
            if totals.expected:
                on_time = (totals.present - totals.late) / totals.expected * bar_width
                late = totals.late / totals.expected * bar_width
                canvas.setFillColor(ON_TIME)
                canvas.rect(bar_left, y + self.row * 0.1, on_time, height, stroke=0, fill=1)
                canvas.setFillColor(LATE)
                canvas.rect(bar_left + on_time, y + self.row * 0.1, late, height, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont(BOLD, size)
            canvas.drawString(
                bar_left + bar_width + 3,
                y + self.row * 0.2,
                percent(totals.present, totals.expected),
            )


def _right_aligned_numbers(first: int, count: int, head: int) -> list[tuple[Any, ...]]:
    return [("ALIGN", (2, head), (-1, -1), "RIGHT"), ("ALIGN", (0, head), (0, -1), "RIGHT")]


def number_column(first: int, count: int, head: int) -> list[tuple[Any, ...]]:
    return [("ALIGN", (0, head), (0, -1), "RIGHT")]


def recap_table(units: list[UnitTotals], total: UnitTotals) -> list[Flowable]:
    """Present / expected / late / absent per unit, its last rows kept with the Jumlah row."""
    widths = [w * mm for w in RECAP_WIDTHS]
    rows = [_recap_row(str(i), totals) for i, totals in enumerate(units, start=1)]
    rows = [[row[0], wrap_lines(row[1], widths[1]), *row[2:]] for row in rows]
    parts = TableParts(
        header=header_cells(RECAP_HEADERS, widths),
        widths=widths,
        body=rows,
        closing=[_recap_row("", total)],
        styles=_right_aligned_numbers,
        closing_styles=[
            ("FONT", (0, -1), (-1, -1), BOLD, BODY_SIZE),
            ("BACKGROUND", (0, -1), (-1, -1), SUBTOTAL_FILL),
        ],
    )
    return kept_table(parts)


def recap_section(report: AttendanceReport) -> list[Flowable]:
    """The recap table (its last rows kept with the Jumlah row) and the bar chart."""
    units = [group.totals for group in report.unit_groups]
    story: list[Flowable] = recap_table(units, report.totals)
    if report.guests:
        story.append(
            Paragraph(
                f"Selain itu hadir {number(report.guests)} tamu yang tidak terdaftar.", HEADING
            )
        )
    story += [
        Spacer(1, 8),
        attendance_chart(units),
    ]
    return story


def attendance_chart(units: list[UnitTotals]) -> Flowable:
    return KeepTogether(
        [Paragraph("Grafik persentase kehadiran per unit kerja", HEADING), AttendanceBars(units)]
    )


def _absent_parts(group: UnitGroup) -> TableParts | None:
    absent = [line for line in group.lines if not line.present]
    if not absent:
        return None
    widths = [w * mm for w in ABSENT_WIDTHS]
    rows: list[list[Any]] = [
        [
            str(i),
            wrap_lines(line.person.display_name, widths[1]),
            wrap_lines(line.person.printed_id, widths[2]),
            wrap_lines(line.person.position, widths[3]),
            wrap_lines(line.remarks, widths[4]),
        ]
        for i, line in enumerate(absent, start=1)
    ]
    header = header_cells(ABSENT_HEADERS, widths)
    return TableParts(header, widths, rows, [], number_column)


def absentees_section(report: AttendanceReport, closing: Sequence[Flowable]) -> list[Flowable]:
    """The absentees per unit; ``closing`` stays on the page of the last rows."""
    tables = [(group, parts) for group in report.unit_groups if (parts := _absent_parts(group))]
    story: list[Flowable] = [
        Spacer(1, 8),
        Paragraph("DAFTAR PEGAWAI TIDAK HADIR PER UNIT KERJA", HEADING),
    ]
    for index, (group, parts) in enumerate(tables):
        story += section_heading(f"{group.unit}: {number(group.totals.absent)} orang tidak hadir")
        story += kept_table(parts, closing if index == len(tables) - 1 else ())
    if not tables:
        story.append(
            KeepTogether([Paragraph("Semua pegawai yang diharapkan hadir.", HEADING), *closing])
        )
    return story
