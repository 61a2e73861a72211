"""How fast the live counts follow other stations: a 1-second poll versus PostgreSQL
LISTEN/NOTIFY, on a 10,000-person event (7,000 present).

    python benchmarks/live_counts.py [--pg postgresql://netra:netra@127.0.0.1/postgres]
                                     [--commits 20]

Another station (a separate connection) commits check-ins at random moments. Measured:
from its commit to the poller seeing the new count (the poll every station runs: counts
through ``StationLink.snapshot``), and from its commit to a LISTEN connection receiving
a NOTIFY sent in the same transaction. Also the cost of one poll, with and without the
gate's last 20 check-ins.
"""

from __future__ import annotations

import argparse
import random
import select
import statistics
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg2

from app.core.clock import FixedClock
from app.services.container import Services
from app.store.store import Store
from benchmarks.machine import machine_facts, percentile
from benchmarks.scratch_db import DEFAULT_ADMIN_URL, scratch_database

POLL_SECONDS = 1.0
CHANNEL = "netra_checkin"

MORNING = datetime(2024, 10, 1, 7, 0)  # the demo event's day, before the late time


def poll_cost(services: Services, event_id: int, recent: int) -> list[float]:
    samples = []
    for _ in range(200):
        began = time.perf_counter()
        services.link.snapshot(event_id, recent=recent)
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def row(label: str, samples: list[float], unit: str = "ms") -> str:
    return (
        f"| {label} | {len(samples)} | {statistics.median(samples):.1f} {unit} | "
        f"{percentile(samples, 0.95):.1f} {unit} | {max(samples):.1f} {unit} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=DEFAULT_ADMIN_URL)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--commits", type=int, default=20)
    args = parser.parse_args()
    with scratch_database(args.pg) as (server, _):
        rows = run(server, args.people, args.commits)
    print(f"\nLive counts across stations, {args.people:,}-person event\n{machine_facts()}\n")
    print("| measure | samples | median | p95 | max |")
    print("|---|---:|---:|---:|---:|")
    print("\n".join(rows))
    return 0


def run(server: str, people: int, commits: int) -> list[str]:
    store = Store(server)
    services = Services.build(store, clock=FixedClock(MORNING))
    event_id = services.demo.ensure_demo(people).event_id
    absent = [p.id for p in store.people.expected_people(event_id)][-commits * 2 :]
    store.db.execute_sql("DELETE FROM checkin WHERE person_id IN %s", (tuple(absent),))
    poll_cost(services, event_id, 20)  # warm the server's caches first
    costs = [
        row("one poll: counts", poll_cost(services, event_id, 0)),
        row("one poll: counts + last 20 (gate)", poll_cost(services, event_id, 20)),
    ]

    committed: dict[int, float] = {}
    seen_by_poll: dict[int, float] = {}
    seen_by_notify: dict[int, float] = {}
    done = threading.Event()

    def poller() -> None:
        last = services.link.snapshot(event_id, recent=0).counts.present
        while not done.is_set():
            present = services.link.snapshot(event_id, recent=0).counts.present
            now = time.time()
            for count in range(last + 1, present + 1):
                seen_by_poll[count] = now
            last = present
            time.sleep(POLL_SECONDS)

    listener = psycopg2.connect(server)
    listener.autocommit = True
    listener.cursor().execute(f"LISTEN {CHANNEL}")

    def listen() -> None:
        while not done.is_set():
            if select.select([listener], [], [], 0.2)[0]:
                listener.poll()
                now = time.time()
                while listener.notifies:
                    seen_by_notify[int(listener.notifies.pop(0).payload)] = now

    threads = [threading.Thread(target=poller), threading.Thread(target=listen)]
    for thread in threads:
        thread.start()
    writer = psycopg2.connect(server)
    base = services.events.counts(event_id).present
    rng = random.Random(4)
    for number, person_id in enumerate(absent[:commits], start=1):
        time.sleep(rng.uniform(0.3, 1.7))
        with writer, writer.cursor() as cursor:
            cursor.execute(
                "INSERT INTO checkin (event_id, person_id, at, station, method, operator, late, "
                "note) VALUES (%s, %s, now(), 'Gerbang 9', 'scanner', 'bench', false, '')",
                (event_id, person_id),
            )
            cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(base + number)))
        committed[base + number] = time.time()
    time.sleep(POLL_SECONDS * 2)
    done.set()
    for thread in threads:
        thread.join()
    writer.close()
    listener.close()
    store.close()
    poll = [(seen_by_poll[c] - at) * 1000 for c, at in committed.items() if c in seen_by_poll]
    notify = [(seen_by_notify[c] - at) * 1000 for c, at in committed.items()
              if c in seen_by_notify]  # fmt: skip
    return [
        *costs,
        row(f"commit elsewhere -> count seen, poll every {POLL_SECONDS:.0f} s", poll),
        row("commit elsewhere -> NOTIFY received (LISTEN connection)", notify),
    ]


if __name__ == "__main__":
    sys.exit(main())
