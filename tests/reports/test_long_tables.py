"""Long tables split page by page in linear time, onto the very pages reportlab's own split gave.

The "before" is drawn in the test itself: the same report with each unit's table handed to
reportlab whole (``Table.split`` measuring and copying what is left at every page), as the
daftar hadir was drawn before. Every page must hold the same text and draw the same
operators, so a row that moves page, a line drawn in another order, fails.
"""

import io
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.platypus import Table

from app.core.report_data import Paper, ReportKind, ReportRequest, build_report
from app.reports import pdf_parts
from app.reports.attendance_pdf import render_attendance_pdf
from app.reports.pdf_parts import TableParts

PEOPLE = 3_000  # 40 units of about 75 people: most units run over three pages


class _WholeTable(Table):
    """Made in place of a ``PagedRows``: the table as it was drawn before, one reportlab Table
    that splits itself (a class, so the progress count can still ask ``isinstance``)."""

    def __new__(cls, parts: TableParts, end: int) -> Table:
        return pdf_parts._table(parts, 0, end, True, False)


def _page_texts(pdf: bytes, folder, name: str) -> list[str]:
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def _page_drawings(pdf: bytes) -> list[bytes]:
    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def long_report(tmp_path_factory):
    from datetime import datetime

    from app.core.clock import FixedClock
    from app.services.container import Services
    from app.store.store import Store

    store = Store(str(tmp_path_factory.mktemp("long") / "netra.sqlite3"))
    services = Services.build(store, clock=FixedClock(datetime(2024, 10, 1, 7, 0)))
    event_id = services.demo.ensure_demo(PEOPLE).event_id
    report = build_report(services.reports.report_input(event_id), None)
    store.close()
    return report


@pytest.mark.parametrize(
    "request_",
    [
        ReportRequest(kind=ReportKind.SIGNING_FORM),
        ReportRequest(kind=ReportKind.COMPLETE),
        ReportRequest(kind=ReportKind.RECORD, paper=Paper.F4),
    ],
    ids=["form", "complete", "record-f4"],
)
def test_every_page_holds_the_rows_reportlab_split_itself_put_there(
    long_report, request_, tmp_path, monkeypatch
):
    paged = render_attendance_pdf(long_report, request_)
    monkeypatch.setattr(pdf_parts, "PagedRows", _WholeTable)
    whole = render_attendance_pdf(long_report, request_)

    before, after = _page_texts(whole, tmp_path, "before"), _page_texts(paged, tmp_path, "after")
    assert len(after) == len(before) > 60
    for number, (old, new) in enumerate(zip(before, after, strict=True), start=1):
        assert new == old, f"page {number} holds other text"
    moved = [
        number
        for number, (old, new) in enumerate(
            zip(_page_drawings(whole), _page_drawings(paged), strict=True), start=1
        )
        if old != new
    ]
    assert moved == []


def _names_table(names: list[str]) -> TableParts:
    return TableParts(
        header=["No", "Nama"],
        widths=[20.0 * pdf_parts.mm, 100.0 * pdf_parts.mm],
        body=[[str(i), name] for i, name in enumerate(names, start=1)],
        closing=[],
        styles=lambda first, count, head: [],
    )


def test_a_unit_of_a_hundred_pages_costs_each_row_a_few_table_rows(long_report, monkeypatch):
    """Split by reportlab, every page's table copied all the rows left (quadratic); here a row
    goes through a few tables of a page's size whatever the length of its unit."""
    rows_built: list[int] = []
    real_init = Table.__init__

    def counting_init(self, data, *args, **kwargs):
        rows_built.append(len(data))
        real_init(self, data, *args, **kwargs)

    lines = [line for group in long_report.groups for line in group.lines]
    parts = _names_table([line.person.display_name for line in lines])
    monkeypatch.setattr(Table, "__init__", counting_init)
    pdf = pdf_parts.build_document(pdf_parts.kept_table(parts), Paper.A4, "satu unit", "Netra")
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 50
    assert sum(rows_built) < 8 * len(lines)


@pytest.mark.parametrize("rows", [40, 700], ids=["one-page", "many-pages"])
def test_progress_counts_every_row_of_a_paged_table_once(rows):
    """The rows a ``PagedRows`` holds are in the total and heard as its pages are drawn: the
    last rows kept with the closing block are the last heard, after all the others."""
    parts = _names_table([f"Peserta nomor {n}" for n in range(rows)])
    story = pdf_parts.kept_table(parts)
    assert isinstance(story[0], pdf_parts.PagedRows)
    heard: list[tuple[int, int]] = []

    def keep_going(done: int, total: int) -> bool:
        heard.append((done, total))
        return True

    pdf = pdf_parts.build_document(story, Paper.A4, "satu unit", "Netra", keep_going=keep_going)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert (pages > 10) == (rows > 100)
    assert {total for _, total in heard} == {rows}
    done = [done for done, _ in heard]
    assert done[0] == 0 and done == sorted(done)
    assert done[-2:] == [rows - pdf_parts.KEPT_ROWS, rows]
