"""Time the daftar hadir PDF and the XLSX export for a demo event of 10,000 people.

    python benchmarks/reports.py [--people 10000] [--runs 5]

Each run reads the event from the SQLite file, arranges the report and writes the
file, as ``netra report attendance`` and ``netra export`` do.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.report_data import ReportKind, ReportRequest
from benchmarks.demo_event import demo_event
from benchmarks.machine import print_table


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with demo_event(args.people) as demo:
        services, event_id, out = demo.services, demo.event_id, demo.folder
        sheet = ReportRequest(kind=ReportKind.RECORD)
        complete = ReportRequest(kind=ReportKind.COMPLETE)
        rows = [
            (
                "daftar hadir PDF (record after the apel)",
                [
                    timed(lambda: services.reports.write_pdf(event_id, sheet, out / "a.pdf"))
                    for _ in range(args.runs)
                ],
                "< 5 s",
            ),
            (
                "complete PDF (record + recap + absentees)",
                [
                    timed(lambda: services.reports.write_pdf(event_id, complete, out / "b.pdf"))
                    for _ in range(args.runs)
                ],
                "-",
            ),
            (
                "XLSX, six sheets",
                [
                    timed(lambda: services.reports.export(event_id, out / "a.xlsx"))
                    for _ in range(args.runs)
                ],
                "< 5 s",
            ),
            (
                "CSV",
                [
                    timed(lambda: services.reports.export(event_id, out / "a.csv"))
                    for _ in range(args.runs)
                ],
                "-",
            ),
        ]
        pages = (out / "a.pdf").read_bytes().count(b"/Type /Page\n")
    print_table(f"Reports for a demo event of {args.people:,} people ({pages} pages)", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
