"""A gate station in a child process, for the kill test: scans badges one after another.

Prints ``ready`` once the store is open, then each check-in's token index only after the
real check-in service returned it as recorded, which is the moment the gate turns green.
Usage: ``python -m tests.services.checkin_child DB TOKENS_FILE EVENT_ID STATION``.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from app.core.checkin import Method
from app.core.clock import SystemClock
from app.services.container import Services
from app.store.store import Store


def main(db: str, tokens_file: str, event_id: int, station: str) -> None:
    store = Store(db)
    service = Services.build(store, SystemClock(), "kill-test", station).checkins
    tokens = Path(tokens_file).read_text("ascii").split()
    print("ready", flush=True)
    # Round and round until killed: once all are in, repeats are duplicates, still written.
    for index, token in itertools.cycle(enumerate(tokens)):
        result = service.scan(event_id, token, Method.SCANNER, station)
        if result.outcome.is_recorded:
            print(index, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
