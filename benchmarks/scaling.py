"""How each bulk job grows with the people on one event: 10,000, 25,000 and 50,000.

    python benchmarks/scaling.py [--people 10000 25000 50000] [--runs 3] [--figures ...]

For each size it builds a demo event (and a SIASN-style .xlsx roster of as many rows), then
times, run after run, the daftar hadir PDF, the complete PDF, the XLSX with every sheet and the
roster import into a new event, as ``benchmarks/reports.py`` and ``roster_import.py`` do.
The sizes take turns within each run, so a machine whose load changes during the run slows
every size alike. It prints the median wall and CPU seconds per size and the growth from
the smallest size to the largest, which must stay at most linear: 5.5x for 5x the people
(wall or CPU: CPU seconds are the steadier figure on a machine shared with other work).

A figure is one entry in ``FIGURES``: a name and a function that, given a prepared size,
runs the job once. Peserta search and start to main window have their own scripts
(``peserta_search.py``, ``startup.py``), which take ``--people`` too; an entry here that
calls them is all a scaling line of theirs needs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.clock import FixedClock
from app.core.report_data import ReportKind, ReportRequest
from app.services.container import Services
from app.store.store import Store
from benchmarks.demo_event import DemoEvent, demo_event
from benchmarks.machine import machine_facts
from tests.roster_files import demo_rows, write_xlsx

MORNING = datetime(2024, 10, 1, 7, 0)
LINEAR_ROOM = 1.1  # growth allowed per growth of the people: 5.5x for 5x the people
FLOOR_PEOPLE = 50_000  # the size the floors are set for


@dataclass(frozen=True)
class Size:
    people: int
    demo: DemoEvent
    roster: Path  # an .xlsx of ``people`` rows


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``action``, which must not be refused."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    if not hasattr(result, "people") and not hasattr(result, "created"):
        raise RuntimeError(f"the job was refused: {result}")
    return time.perf_counter() - wall, time.process_time() - cpu


@contextmanager
def _services(size: Size) -> Iterator[Services]:
    """The size's own database opened again: peewee's models follow the store opened last."""
    store = Store(str(size.demo.database))
    try:
        yield Services.build(store, clock=FixedClock(MORNING))
    finally:
        store.close()


def _pdf(kind: ReportKind) -> Callable[[Size, int], tuple[float, float]]:
    def run(size: Size, number: int) -> tuple[float, float]:
        out = size.demo.folder / f"{kind.value}-{number}.pdf"
        with _services(size) as services:
            reports, event_id = services.reports, size.demo.event_id
            return _timed(lambda: reports.write_pdf(event_id, ReportRequest(kind), out))

    return run


def _xlsx(size: Size, number: int) -> tuple[float, float]:
    out = size.demo.folder / f"kehadiran-{number}.xlsx"
    with _services(size) as services:
        return _timed(lambda: services.reports.export(size.demo.event_id, out))


def _import(size: Size, number: int) -> tuple[float, float]:
    """Into a fresh database each time, as an office imports its roster once; making that
    database is not timed."""
    store = Store(str(size.demo.folder / f"import-{number}.sqlite3"))
    try:
        services = Services.build(store, clock=FixedClock(MORNING))
        services.demo.ensure_demo(1)
        event = services.events.list_events()[0]
        roster = services.roster
        return _timed(lambda: roster.import_file(size.roster, event.organisation_id, event.id))
    finally:
        store.close()


@dataclass(frozen=True)
class Figure:
    name: str
    run: Callable[[Size, int], tuple[float, float]]  # one timed run: wall and CPU seconds
    floor: float  # seconds at FLOOR_PEOPLE


FIGURES = [
    Figure("daftar hadir PDF", _pdf(ReportKind.RECORD), 12.0),
    Figure("complete PDF (sheet, recap, absentees)", _pdf(ReportKind.COMPLETE), 20.0),
    Figure("XLSX, every sheet", _xlsx, 6.0),
    Figure("roster import (.xlsx)", _import, 8.0),
]


@dataclass
class Samples:
    wall: list[float]
    cpu: list[float]


def _sizes(people: list[int], stack: ExitStack, folder: Path) -> Iterator[Size]:
    for count in people:
        started = time.perf_counter()
        demo = stack.enter_context(demo_event(count, FixedClock(MORNING)))
        roster = write_xlsx(folder / f"pegawai-{count}.xlsx", demo_rows(count + 1)[1:])
        print(f"  {count:,} people ready in {time.perf_counter() - started:.0f} s", flush=True)
        yield Size(count, demo, roster)


def _row(figure: Figure, people: list[int], samples: dict[int, Samples]) -> str:
    walls = [statistics.median(samples[count].wall) for count in people]
    cpus = [statistics.median(samples[count].cpu) for count in people]
    growth_wall, growth_cpu = walls[-1] / walls[0], cpus[-1] / cpus[0]
    cells = " | ".join(f"{wall:.2f} ({cpu:.2f})" for wall, cpu in zip(walls, cpus, strict=True))
    linear = min(growth_wall, growth_cpu) <= LINEAR_ROOM * people[-1] / people[0]
    verdict = "linear" if linear else "FASTER THAN LINEAR"
    if people[-1] == FLOOR_PEOPLE:
        verdict += ", floor met" if walls[-1] < figure.floor else ", OVER THE FLOOR"
    return (
        f"| {figure.name} | {cells} | {growth_wall:.2f}x ({growth_cpu:.2f}x) | "
        f"< {figure.floor:g} s at {FLOOR_PEOPLE:,} | {verdict} |"
    )


def _print_table(
    figures: list[Figure], people: list[int], results: dict[str, dict[int, Samples]],
    runs: int, started: float,
) -> None:  # fmt: skip
    heads = " | ".join(f"{count:,}" for count in people)
    print(
        f"\nScaling with the people on one event: median of {runs} runs, wall seconds "
        f"(CPU seconds)\n{machine_facts()}\n"
    )
    print(f"| figure | {heads} | growth {people[-1]:,} / {people[0]:,} | floor | |")
    print("|---|" + "---:|" * len(people) + "---:|---|---|")
    for figure in figures:
        print(_row(figure, people, results[figure.name]))
    print(f"\n{time.perf_counter() - started:.0f} s so far", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, nargs="+", default=[10_000, 25_000, 50_000])
    parser.add_argument("--runs", type=int, default=3)
    names = [figure.name for figure in FIGURES]
    parser.add_argument("--figures", nargs="+", choices=names, default=names, metavar="NAME")
    args = parser.parse_args()
    people = sorted(args.people)
    figures = [figure for figure in FIGURES if figure.name in args.figures]
    started = time.perf_counter()
    results = {figure.name: {count: Samples([], []) for count in people} for figure in figures}
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        sizes = list(_sizes(people, stack, folder))
        for number in range(args.runs):
            for figure in figures:
                for size in sizes:  # sizes take turns: a change of load hits them alike
                    wall, cpu = figure.run(size, number)
                    results[figure.name][size.people].wall.append(wall)
                    results[figure.name][size.people].cpu.append(cpu)
            # the table so far after every run: a long run on a busy machine still says something
            _print_table(figures, people, results, number + 1, started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
