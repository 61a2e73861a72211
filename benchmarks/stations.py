"""Check-ins per second and latency with 1, 4 and 8 gate stations (each its own process) on
one PostgreSQL server, beside one station on SQLite, on a 10,000-person event.

    python benchmarks/stations.py [--pg postgresql://netra:netra@127.0.0.1/postgres]
                                  [--people 10000] [--scans 1000]

A last run has four stations on the server, one of whose clocks is set minutes behind (an
injected clock): its check-ins must carry the server's time, inside the run's real interval.

Every scan is a full check-in through the real service (badge verified, person re-read,
check-in and scan log written, audit entry appended, one committed transaction). Each
station scans ``--scans`` different people who are not yet present; the check-ins are
cleared between runs. A fresh PostgreSQL database is created and dropped.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.clock import FixedClock
from app.services.container import Services
from app.store.store import Store
from benchmarks.machine import machine_facts, percentile
from benchmarks.scan_worker import run_stations
from benchmarks.scratch_db import DEFAULT_ADMIN_URL, scratch_database

MORNING = datetime(2024, 10, 1, 7, 0)  # the demo event's day, before the late time


def prepare(target: str, people: int) -> tuple[int, list[str]]:
    """A demo event with nobody present yet, and every attendee's badge code."""
    store = Store(target)
    services = Services.build(store, clock=FixedClock(MORNING))
    event_id = services.demo.ensure_demo(people).event_id
    store.db.execute_sql("DELETE FROM checkin")
    organisation = services.events.get(event_id).organisation_id
    codes = [b.token for b in services.badges.issue(organisation, store.people.expected_people(
        event_id))]  # fmt: skip
    store.close()
    return event_id, codes


def clear_checkins(target: str) -> None:
    store = Store(target)
    store.db.execute_sql("DELETE FROM checkin")
    store.close()


SLOW_STATION, SLOW_S = 2, 7 * 60


def measure(
    target: str, event_id: int, codes: list[str], stations: int, scans: int,
    slow: dict[int, int] | None = None,
) -> str:  # fmt: skip
    lists = [codes[i * scans : (i + 1) * scans] for i in range(stations)]
    results = run_stations(target, event_id, lists, slow)
    if slow:
        print(slow_station_times(target, results))
    clear_checkins(target)
    latencies = [value * 1000 for result in results for value in result["latencies"]]
    wall = max(r["finished"] for r in results) - min(r["started"] for r in results)
    recorded = sum(r["outcomes"].get("recorded", 0) + r["outcomes"].get("late", 0)
                   for r in results)  # fmt: skip
    assert recorded == stations * scans, results[0]["outcomes"]
    return (
        f"| {stations} | {stations * scans:,} | {len(latencies) / wall:,.0f} | "
        f"{statistics.median(latencies):.1f} | {percentile(latencies, 0.99):.1f} | "
        f"{max(latencies):.1f} |"
    )


def slow_station_times(target: str, results: list[dict]) -> str:
    """Where the slow station's check-ins got their time, against the run's real interval."""
    store = Store(target)
    station = f"Gerbang {SLOW_STATION}"
    rows = store.db.execute_sql(
        "SELECT at, time_source FROM checkin WHERE station = %s" if not store.is_sqlite
        else "SELECT at, time_source FROM checkin WHERE station = ?", (station,),
    ).fetchall()  # fmt: skip
    store.close()
    began = datetime.fromtimestamp(int(results[SLOW_STATION - 1]["started"]))
    ended = datetime.fromtimestamp(results[SLOW_STATION - 1]["finished"] + 1)
    sources = Counter(str(row[1]) for row in rows)
    slow_by = timedelta(seconds=SLOW_S)
    inside = sum(1 for row in rows if began <= _naive(row[0]) <= ended)
    return (
        f"{station}, clock {SLOW_S // 60} min behind: {len(rows):,} check-ins, time source "
        f"{dict(sources)}, {inside:,} stamped inside the run's real interval "
        f"{began:%H:%M:%S}-{ended:%H:%M:%S} (its clock said {began - slow_by:%H:%M:%S})"
    )


def _naive(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=DEFAULT_ADMIN_URL)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--scans", type=int, default=1_000)
    args = parser.parse_args()
    rows = []
    with scratch_database(args.pg) as (server, version):
        event_id, codes = prepare(server, args.people)
        name = f"PostgreSQL {version // 10000}.{version % 10000}"
        for stations in (1, 4, 8):
            rows.append(f"| {name} " + measure(server, event_id, codes, stations, args.scans))
        slow = {SLOW_STATION: SLOW_S}
        rows.append(f"| {name}, Gerbang {SLOW_STATION} {SLOW_S // 60} min slow " +
                    measure(server, event_id, codes, 4, args.scans, slow))  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        sqlite = str(Path(folder) / "netra.sqlite3")
        event_id, codes = prepare(sqlite, args.people)
        rows.append("| SQLite (WAL, synchronous=FULL) " +
                    measure(sqlite, event_id, codes, 1, args.scans))  # fmt: skip
    print(f"\nCheck-ins by concurrent stations, {args.people:,}-person event\n{machine_facts()}\n")
    print("| database | stations | check-ins | check-ins/s | median ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
