"""One gate station as its own process: scans a list of badge codes through the real
check-in service, as fast as it can, from an agreed moment on.

    python -m benchmarks.scan_worker DB EVENT_ID STATION CODES_FILE START_EPOCH [SLOW_S]

``SLOW_S``: the station's clock runs that many seconds behind the real time (an injected
clock, the system clock untouched).

Prints one JSON line: outcome counts and each scan's latency in seconds. Used by
``benchmarks/stations.py`` and by the tests of the one-check-in rule across stations.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.checkin import Method
from app.core.clock import SystemClock
from app.services.container import Services
from app.store.store import Store


class SlowClock:
    """The station's wall clock, set back by ``seconds``."""

    def __init__(self, seconds: int) -> None:
        self.behind = timedelta(seconds=seconds)

    def now(self) -> datetime:
        return SystemClock().now() - self.behind


def main(argv: list[str]) -> int:
    target, event_id, station, codes_file, start, *slow = argv
    codes = Path(codes_file).read_text().split()
    store = Store(target)
    clock = SlowClock(int(slow[0])) if slow else SystemClock()
    services = Services.build(store, clock, actor="bench", station=station)
    services.events.counts(int(event_id))  # connected and warm before the start
    time.sleep(max(0.0, float(start) - time.time()))
    began_all = time.time()
    outcomes: Counter[str] = Counter()
    latencies = []
    for code in codes:
        began = time.perf_counter()
        result = services.checkins.scan(int(event_id), code, Method.SCANNER, station)
        latencies.append(time.perf_counter() - began)
        outcomes[result.outcome.value] += 1
    finished = time.time()
    store.close()
    print(json.dumps({"outcomes": outcomes, "latencies": latencies, "started": began_all,
                      "finished": finished}))  # fmt: skip
    return 0


def run_stations(
    target: str, event_id: int, code_lists: list[list[str]], slow: dict[int, int] | None = None
) -> list[dict]:
    """One process per list, all starting their first scan at the same moment; ``slow``:
    station number -> seconds its clock is behind."""
    slow = slow or {}
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for number, codes in enumerate(code_lists, start=1):
            path = Path(folder) / f"codes{number}.txt"
            path.write_text("\n".join(codes))
            files.append(path)
        start = time.time() + 1.5 + 0.25 * len(files)  # every process ready by then
        children = [
            subprocess.Popen(
                [sys.executable, "-m", "benchmarks.scan_worker", target, str(event_id),
                 f"Gerbang {number}", str(path), str(start),
                 *([str(slow[number])] if number in slow else [])],
                stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent,
            )
            for number, path in enumerate(files, start=1)
        ]  # fmt: skip
        outputs = [child.communicate(timeout=600)[0] for child in children]
    if any(child.returncode for child in children):
        raise RuntimeError(f"a station process failed: {[c.returncode for c in children]}")
    return [json.loads(output) for output in outputs]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
