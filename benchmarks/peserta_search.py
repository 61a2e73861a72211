"""One keystroke in the Peserta search box to the table repainted, on 10,000 people.

    python benchmarks/peserta_search.py [--people 10000]

Types realistic searches letter by letter (names, a NIP, a unit), then erases them
with backspace, into the real view offscreen; each sample is one key press until the
table has repainted. The CPU time of the same key press is printed too: on a shared
machine the wall time also holds the time other processes took the cores.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.bootstrap import create_application
from app.core.clock import FixedClock
from app.ui.views.peserta_view import PesertaView
from app.ui.workers.task_runner import InlinePool
from benchmarks.demo_event import demo_event
from benchmarks.machine import print_table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    args = parser.parse_args()
    application = create_application([])
    samples: list[float] = []
    cpu: list[float] = []
    with demo_event(args.people, FixedClock(datetime(2024, 10, 1, 7, 0))) as demo:
        view = PesertaView(demo.services, pool=InlinePool())  # the roster read before typing
        view.resize(1366, 700)
        view.show()
        view.set_event(demo.services.events.get(demo.event_id))
        application.processEvents()
        nip = view.model.person_at(len(view.model._visible) // 2).id_number
        for query in ("sri wahyu", nip[:10], "dinas kesehatan", "budi santoso"):
            view.search.clear()
            application.processEvents()
            keys = [*query, *[Qt.Key.Key_Backspace] * len(query)]
            for key in keys:
                started, cpu_started = time.perf_counter(), time.process_time()
                QTest.keyClick(view.search, key, Qt.KeyboardModifier.NoModifier)
                view.table.viewport().repaint()
                application.processEvents()
                samples.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - cpu_started) * 1000)
                if view.model._text != view.search.text():
                    raise RuntimeError(f"a keystroke was dropped: {view.search.text()!r}")
        view.close()
    print_table(
        f"Peserta search, keystroke to table repainted, {args.people:,} people",
        [("one key press", samples, "p95 < 25 ms"), ("its CPU time", cpu, "")],
        unit="ms",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
