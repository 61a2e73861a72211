"""A demo event of N people in a throw-away SQLite file and data folder, for benchmarks.

Every benchmark names the number of people ``--people``."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.core.clock import Clock
from app.services.container import Services
from app.store.store import Store


@dataclass(frozen=True)
class DemoEvent:
    services: Services
    event_id: int
    folder: Path  # where outputs may be written; removed afterwards
    database: Path  # the event's SQLite file, in ``folder``


@contextmanager
def demo_event(people: int, clock: Clock | None = None) -> Iterator[DemoEvent]:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["NETRA_DATA_DIR"] = folder
        database = Path(folder) / "bench.sqlite3"
        store = Store(str(database))
        try:
            services = Services.build(store, clock=clock)
            event_id = services.demo.ensure_demo(people).event_id
            yield DemoEvent(services, event_id, Path(folder), database)
        finally:
            store.close()
