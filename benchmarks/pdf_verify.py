"""Time ``netra pdf verify`` of the signed daftar hadir of a demo event of 10,000 people.

    python benchmarks/pdf_verify.py [--people 10000] [--runs 3]

Each run validates the PAdES signature, draws the daftar hadir again from the SQLite
file and compares every page (boxes, annotations, fonts, drawing, pixels at 36 dpi).
Signing is timed too: it is what ``netra report attendance`` adds to drawing the PDF.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader

from app.core.report_data import ReportKind, ReportRequest
from app.reports.attendance_pdf import render_attendance_pdf
from app.services.event_service import Invalid
from benchmarks.demo_event import demo_event
from benchmarks.machine import print_table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with demo_event(args.people) as demo:
        services, event_id = demo.services, demo.event_id
        request = ReportRequest(kind=ReportKind.RECORD)
        path = demo.folder / "daftar-hadir.pdf"
        written = services.reports.write_pdf(event_id, request, path)
        assert not isinstance(written, Invalid)
        report = services.reports.attendance(event_id)
        assert not isinstance(report, Invalid)
        drawn = render_attendance_pdf(report, request)
        organisation = int(report.event.organisation_id or 0)
        signing, verifying = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            services.pdf_signing.sign(organisation, drawn, {"document": "benchmark"})
            signing.append(time.perf_counter() - started)
            started = time.perf_counter()
            verdict = services.pdf_verify.verify(path)
            verifying.append(time.perf_counter() - started)
            assert not isinstance(verdict, Invalid) and verdict.ok, verdict
        pages = len(PdfReader(path).pages)
    print_table(
        f"Signed daftar hadir of {args.people:,} people ({pages} pages)",
        [
            ("sign the finished PDF", signing, "-"),
            ("pdf verify (signature + every page drawn again and compared)", verifying, "< 30 s"),
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
