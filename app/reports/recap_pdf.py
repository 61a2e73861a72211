"""The recap: present / expected / late / absent per unit with a bar chart, then the absentees."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from app.core.locale_format import number, percent
from app.core.report_data import AttendanceReport, UnitGroup, UnitTotals
from app.reports.pdf_parts import (
    BODY_SIZE,
    BOLD,
    CONTENT_WIDTH,
    FONT,
    HEADING,
    SUBTOTAL_FILL,
    header_cells,
    table_style,
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
RECAP_WIDTHS = [9, 69, 17, 15, 16, 17, 19, 18]
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
        if stringWidth(text, FONT, size) <= limit:
            return text
        while text and stringWidth(text + "…", FONT, size) > limit:
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
            canvas.setFont(FONT, size)
            canvas.drawString(0, y + self.row * 0.2, self._label(totals.unit, size))
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


def recap_section(report: AttendanceReport) -> list[Flowable]:
    units = [group.totals for group in report.unit_groups]
    rows = [_recap_row(str(i), totals) for i, totals in enumerate(units, start=1)]
    total_row = _recap_row("", report.totals)
    widths = [w * mm for w in RECAP_WIDTHS]
    rows = [[row[0], wrap_lines(row[1], widths[1]), *row[2:]] for row in rows]
    last = len(rows) + 1
    table = Table(
        [header_cells(RECAP_HEADERS, widths), *rows, total_row], colWidths=widths, repeatRows=1
    )
    table.setStyle(
        table_style(
            [
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 1), (0, -1), "RIGHT"),
                ("FONT", (0, last), (-1, last), BOLD, BODY_SIZE),
                ("BACKGROUND", (0, last), (-1, last), SUBTOTAL_FILL),
            ]
        )
    )
    story: list[Flowable] = [table]
    if report.guests:
        story.append(
            Paragraph(
                f"Selain itu hadir {number(report.guests)} tamu yang tidak terdaftar.", HEADING
            )
        )
    story += [
        Spacer(1, 8),
        KeepTogether(
            [
                Paragraph("Grafik persentase kehadiran per unit kerja", HEADING),
                AttendanceBars(units),
            ]
        ),
    ]
    return story


def _absent_table(group: UnitGroup) -> Table | None:
    absent = [line for line in group.lines if not line.present]
    if not absent:
        return None
    widths = [w * mm for w in ABSENT_WIDTHS]
    rows: list[list[Any]] = [
        [
            str(i),
            wrap_lines(line.person.display_name, widths[1]),
            wrap_lines(line.person.display_id, widths[2]),
            wrap_lines(line.person.position, widths[3]),
            wrap_lines(line.remarks, widths[4]),
        ]
        for i, line in enumerate(absent, start=1)
    ]
    table = Table([header_cells(ABSENT_HEADERS, widths), *rows], colWidths=widths, repeatRows=1)
    table.setStyle(table_style([("ALIGN", (0, 1), (0, -1), "RIGHT")]))
    return table


def absentees_section(report: AttendanceReport) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 8),
        Paragraph("DAFTAR PEGAWAI TIDAK HADIR PER UNIT KERJA", HEADING),
    ]
    for group in report.unit_groups:
        table = _absent_table(group)
        if table is None:
            continue
        text = f"{group.unit}: {number(group.totals.absent)} orang tidak hadir"
        heading = Paragraph(escape(text), HEADING)
        story += [KeepTogether([heading, table])] if group.totals.absent < 8 else [heading, table]
    if report.totals.absent == 0:
        story.append(Paragraph("Semua pegawai yang diharapkan hadir.", HEADING))
    return story
