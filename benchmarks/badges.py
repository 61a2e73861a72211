"""Signing and drawing 10,000 badges into one PDF (ten ID cards per A4 page).

python benchmarks/badges.py [--people 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.clock import FixedClock
from app.services.badge_print_service import BadgeRequest, BadgesWritten
from app.services.container import Services
from app.store.store import Store
from benchmarks.machine import print_table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    samples = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = Store(str(folder / "netra.sqlite3"))
        services = Services.build(store, clock=FixedClock(datetime(2024, 10, 1, 7, 0)))
        services.demo.ensure_demo(args.people)
        event_id = services.events.list_events()[0].id or 0
        for run in range(args.runs):
            out = folder / f"kartu{run}.pdf"
            started = time.perf_counter()
            result = services.badge_printing.write_pdf(BadgeRequest(event_id, out))
            samples.append(time.perf_counter() - started)
            assert isinstance(result, BadgesWritten), result
        size = out.stat().st_size / 1024 / 1024
        store.close()
    print_table(
        f"Badges to PDF, {args.people:,} people ({result.pages:,} pages, {size:.0f} MB)",
        [("sign + lay out + write PDF", samples, "< 20 s")],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
