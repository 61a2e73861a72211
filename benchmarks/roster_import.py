"""Importing a 10,000-row SIASN-style .xlsx roster into a fresh event (read, check, store).

python benchmarks/roster_import.py [--people 10000] [--runs 5]
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
from app.services.container import Services
from app.store.store import Store
from benchmarks.machine import print_table
from tests.roster_files import demo_rows, write_xlsx


def time_one_import(folder: Path, roster: Path, run: int) -> float:
    store = Store(str(folder / f"run{run}.sqlite3"))
    services = Services.build(store, clock=FixedClock(datetime(2024, 10, 1, 7, 0)))
    services.demo.ensure_demo(1)
    event = services.events.list_events()[0]
    started = time.perf_counter()
    result = services.roster.import_file(roster, event.organisation_id, event.id)
    elapsed = time.perf_counter() - started
    store.close()
    if not hasattr(result, "created"):
        raise RuntimeError(f"import refused: {result}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000, help="rows of the roster")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        roster = write_xlsx(folder / "pegawai.xlsx", demo_rows(args.people + 1)[1:])
        samples = [time_one_import(folder, roster, run) for run in range(args.runs)]
    print_table(
        f"Roster import, {args.people:,}-row .xlsx into a new event",
        [("read + check + store + add to event", samples, "< 3.0 s")],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
