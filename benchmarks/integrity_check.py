"""What SQLite's integrity checks cost on an event of 10,000 people, to choose which
one runs at every start and before every backup.

    python benchmarks/integrity_check.py [--people 10000] [--runs 7]

The demo event (its roster, badges' keys, check-ins of 70 % and their audit entries) is
made once; each run then opens the file cold in a new connection and runs
``PRAGMA quick_check`` (pages and records readable: what Netra runs at start and before
a backup) and ``PRAGMA integrity_check`` (also every index against its table: what it
runs on the copy made by a backup and on a file about to be restored).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.demo_event import demo_event
from benchmarks.machine import print_table


def timed(path: Path, pragma: str) -> float:
    started = time.perf_counter()
    with sqlite3.connect(path) as connection:
        (answer,) = connection.execute(pragma).fetchone()
    elapsed = time.perf_counter() - started
    assert answer == "ok", answer
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with demo_event(args.people) as demo:
        path = demo.database
        demo.services.store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        size = path.stat().st_size / 1e6
        quick = [timed(path, "PRAGMA quick_check") for _ in range(args.runs)]
        full = [timed(path, "PRAGMA integrity_check") for _ in range(args.runs)]
        print_table(
            f"Integrity checks, demo event of {args.people:,} people ({size:.1f} MB file)",
            [
                ("quick_check (start, before backup)", quick, "< 1 s"),
                ("integrity_check (backup copy, restore)", full, "-"),
            ],
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
