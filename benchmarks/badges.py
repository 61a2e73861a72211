"""Signing and drawing 10,000 badges into one PDF (ten ID cards per A4 page).

python benchmarks/badges.py [--people 10000] [--runs 3]

Besides the wall time it prints the CPU seconds of this process and of the worker
processes that lay out the cards: on a machine shared with other work the wall time
says little, while the CPU split shows what two idle cores would take (about the
larger of the main process's share and half the sum).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.clock import FixedClock
from app.services.badge_print_service import BadgeRequest, BadgesWritten
from benchmarks.demo_event import demo_event
from benchmarks.machine import print_table


def _cpu() -> tuple[float, float]:
    """CPU seconds used so far by this process and by its finished worker processes."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    samples, main_cpu, worker_cpu = [], [], []
    with demo_event(args.people, FixedClock(datetime(2024, 10, 1, 7, 0))) as demo:
        services, event_id, folder = demo.services, demo.event_id, demo.folder
        for run in range(args.runs):
            out = folder / f"kartu{run}.pdf"
            before = _cpu()
            started = time.perf_counter()
            result = services.badge_printing.write_pdf(BadgeRequest(event_id, out))
            samples.append(time.perf_counter() - started)
            after = _cpu()
            main_cpu.append(after[0] - before[0])
            worker_cpu.append(after[1] - before[1])
            assert isinstance(result, BadgesWritten), result
        size = out.stat().st_size / 1024 / 1024
    print_table(
        f"Badges to PDF, {args.people:,} people ({result.pages:,} pages, {size:.0f} MB)",
        [
            ("sign + lay out + write PDF", samples, "< 8 s"),
            ("CPU seconds, this process", main_cpu, "-"),
            ("CPU seconds, worker processes", worker_cpu, "-"),
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
