"""Reading scanned pakta sheets back: speed, matching, signed/empty decision, memory.

Prints the sheets of ``--people`` people, then makes each sheet a scan (``pakta_paper_scans``:
signed, empty or a dot in the box; noise, skew up to 5 degrees, a share upside down, JPEG,
150 or 300 dpi, a share of phone photos in perspective), in shuffled order, and feeds them to
``PaktaPaperService.scan`` in folders of ``--chunk`` images, as an office would. Only the scan
is timed. Covers are left out of the bundles here (they are read and skipped in the tests).

Nothing grows with the batch but the truth table and the page results: the sheets are
printed one unit per PDF, and each folder of scans is made, read and deleted before the
next, so the resident memory printed at 1.000, 5.000 and 10.000 pages is the scanner's.

    .venv/bin/python -m benchmarks.pakta_paper --people 1000
    nice .venv/bin/python -u -m benchmarks.pakta_paper --people 10000   # the floor's full size

The table is printed at 1.000 and 5.000 pages too, and at the end.
"""

from __future__ import annotations

import argparse
import math
import random
import resource
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from app.core.clock import FixedClock
from app.core.events import Event
from app.core.pakta_paper import BoxVerdict, PageOutcome
from app.reports.pakta_sheets_pdf import COVER_ROWS
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.pakta_paper_scan import PageResult, ScanReport
from app.services.pakta_paper_service import unit_of
from benchmarks.demo_event import demo_event
from benchmarks.machine import machine_facts, percentile
from benchmarks.pakta_paper_scans import Degradation, Ink, degrade, draw_ink

RSS_MARKS = (1000, 5000, 10000)
INK_SHARES = {Ink.SIGNED: 0.8, Ink.EMPTY: 0.15, Ink.DOT: 0.05}
EXPECTED = {Ink.SIGNED: BoxVerdict.SIGNED, Ink.EMPTY: BoxVerdict.EMPTY, Ink.DOT: None}


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mib() -> float:
    """Resident memory now (the peak includes making the scans, which is not the scanner)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def print_sheets(
    services: Services, event: Event, folder: Path
) -> list[tuple[pdfium.PdfDocument, int, int]]:
    """The sheets, one PDF per unit; (its document, page index, person id) of every personal
    sheet, covers skipped. pdfium reads a page from its file only when it is rendered."""
    by_unit: dict[str, list[int]] = {}
    for person in services.pakta.candidates(event):
        by_unit.setdefault(unit_of(person), []).append(person.id)
    pages = []
    for number, (unit, people) in enumerate(by_unit.items()):
        path = folder / f"sheets_{number:03d}.pdf"
        assert not isinstance(services.pakta_paper.write_sheets(event, path, unit), Invalid)
        document = pdfium.PdfDocument(str(path))
        first = max(1, math.ceil(len(people) / COVER_ROWS))
        pages.extend((document, first + n, person_id) for n, person_id in enumerate(people))
    return pages


def how_to_degrade(rng: random.Random) -> Degradation:
    return Degradation(
        dpi=rng.choice((150, 300)),
        skew_deg=rng.uniform(-5, 5),
        upside_down=rng.random() < 0.25,
        noise=rng.uniform(2, 12),
        jpeg_quality=rng.randint(45, 90),
        phone=rng.random() < 0.05,
    )


def render(document: pdfium.PdfDocument, index: int, dpi: int) -> np.ndarray:
    page = document[index]
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    image = bitmap.to_numpy()
    image = (image[:, :, 0] if image.ndim == 3 else image).copy()
    bitmap.close()
    page.close()
    return image


@dataclass
class Run:
    """What one benchmark run measured."""

    truth: dict[str, tuple[int, Ink, Degradation]] = field(default_factory=dict)
    results: list[PageResult] = field(default_factory=list)
    chunk_seconds: list[float] = field(default_factory=list)
    page_seconds: list[float] = field(default_factory=list)
    sheets_seconds: float = 0.0
    sheets: int = 0  # printed, one per person of the event
    rss_after_first_folder: float = float("nan")
    rss_at: dict[int, tuple[float, float]] = field(default_factory=dict)  # pages: now, peak

    def mark_memory(self) -> bool:
        """Note the memory at each mark passed; True when one was."""
        passed = [m for m in RSS_MARKS if len(self.results) >= m and m not in self.rss_at]
        for mark in passed:
            self.rss_at[mark] = (rss_mib(), peak_rss_mib())
        return bool(passed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=300, help="one sheet each")
    parser.add_argument("--chunk", type=int, default=250, help="images per scanned folder")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--keep-misses", type=Path, metavar="DIR", help="copy missed pages here")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    run = Run()
    with demo_event(args.people, FixedClock(datetime(2024, 10, 1, 7))) as demo:
        services, folder = demo.services, demo.folder
        event = services.events.list_events()[0]
        started = time.perf_counter()
        pages = print_sheets(services, event, folder)
        run.sheets_seconds, run.sheets = time.perf_counter() - started, len(pages)
        pages = pages[: args.people]
        rng.shuffle(pages)
        for start in range(0, len(pages), args.chunk):
            batch = folder / f"batch_{start:06d}"
            batch.mkdir()
            chunk = pages[start : start + args.chunk]
            for seq, (document, index, person_id) in enumerate(chunk, start):
                how = how_to_degrade(rng)
                ink = rng.choices(list(INK_SHARES), weights=list(INK_SHARES.values()))[0]
                image = draw_ink(render(document, index, how.dpi), ink, how.dpi, rng)
                name = f"{seq:06d}.jpg"
                (batch / name).write_bytes(degrade(image, how, rng))
                run.truth[name] = (person_id, ink, how)
            marks = [time.perf_counter()]

            def page_read(_done: int, _total: int, marks: list[float] = marks) -> bool:
                marks.append(time.perf_counter())
                return True  # the scan's keep_going: a page read, go on

            report = services.pakta_paper.scan(event, batch, page_read)
            assert isinstance(report, ScanReport)
            run.chunk_seconds.append(marks[-1] - marks[0])
            run.page_seconds.extend(np.diff(marks).tolist())
            run.results.extend(report.pages)
            if args.keep_misses:
                keep_misses(report, run, batch, args.keep_misses)
            shutil.rmtree(batch)
            if math.isnan(run.rss_after_first_folder):
                run.rss_after_first_folder = rss_mib()
            if run.mark_memory() and len(run.results) < len(pages):
                report_figures(args, run)  # figures so far, for a run stopped before its end
        for document in {id(d): d for d, _, _ in pages}.values():
            document.close()
    report_figures(args, run)
    return 0


def keep_misses(report: ScanReport, run: Run, batch: Path, into: Path) -> None:
    """Pages not matched, or with the box misread, copied for a person to look at."""
    into.mkdir(parents=True, exist_ok=True)
    for page in report.pages:
        _, ink, _ = run.truth[page.label]
        expected = EXPECTED[ink]
        misread = page.verdict is not expected if expected else page.verdict is BoxVerdict.SIGNED
        if page.outcome is not PageOutcome.RECORDED or misread:
            shutil.copy(batch / page.label, into / f"{page.outcome.value}_{page.label}")


def report_figures(args: argparse.Namespace, run: Run) -> None:
    results, truth = run.results, run.truth
    total = len(results)
    matched = wrong = decided = empty_as_signed = 0
    outcomes: Counter[str] = Counter()
    misses = []
    for page in results:
        person_id, ink, how = truth[page.label]
        outcomes[page.outcome.value] += 1
        if page.outcome not in (PageOutcome.RECORDED, PageOutcome.REPLACED):
            misses.append(f"{page.label}: {page.outcome.value} {how}")
            continue
        if page.person_id != person_id:
            wrong += 1
            continue
        matched += 1
        expected = EXPECTED[ink]
        right = page.verdict is expected if expected else page.verdict is not BoxVerdict.SIGNED
        decided += right
        if ink is not Ink.SIGNED and page.verdict is BoxVerdict.SIGNED:
            empty_as_signed += 1
        if not right:
            misses.append(f"{page.label}: {ink.value} read as {page.verdict} {how}")
    per_page = run.page_seconds
    print(f"\nPakta on paper: {total} scanned pages, seed {args.seed}\n{machine_facts()}\n")
    print("| measure | value | floor |\n|---|---:|---|")
    print(f"| sheets PDFs for {run.sheets:,} people (s) | {run.sheets_seconds:.1f} | |")
    print(f"| pages per second (scan only) | {total / sum(run.chunk_seconds):.1f} | >= 2 |")
    print(f"| seconds per page, median | {np.median(per_page):.3f} | |")
    print(f"| seconds per page, p95 | {percentile(per_page, 0.95):.3f} | |")
    print(f"| matched to their person | {100 * matched / total:.2f} % | >= 99.9 % |")
    print(f"| matched to a wrong person | {wrong} | 0 |")
    print(f"| signed/empty decision right | {100 * decided / max(matched, 1):.2f} % | >= 99 % |")
    print(f"| empty box or dot counted as signed | {empty_as_signed} | 0 |")
    first = len(run.results) if len(run.chunk_seconds) == 1 else args.chunk
    print(f"| RSS after the first {first:,} pages (MiB) | {run.rss_after_first_folder:.0f} | |")
    marks = sorted({**run.rss_at, total: (rss_mib(), peak_rss_mib())}.items())
    for mark, (now, peak) in marks:
        print(f"| RSS after {mark:,} pages, now / peak (MiB) | {now:.0f} / {peak:.0f} | flat |")
    print(f"\noutcomes: {dict(outcomes)}")
    for line in misses[:20]:
        print(" ", line)


if __name__ == "__main__":
    sys.exit(main())
