"""The gate when the shared server is cut in the middle of a burst, through the real main
window, gate view, check-in worker and task runner, on a local PostgreSQL server.

    python benchmarks/gate_cut.py [--people 600] [--actions 90] [--every-ms 100]
                                  [--how cut|stall]
                                  [--pg postgresql://netra:netra@127.0.0.1/postgres]

The station reaches the server through the loopback proxy of the tests
(``tests/tcp_proxy.py``, run in a child process). One gate action every ``--every-ms``:
badge scans, forgotten badges (search by name, then record by hand) and walk-in guests.
Halfway through, the proxy is cut (``--how cut``: every connection closed at once) or
stalled (``--how stall``: nothing answers any more, as when a cable is pulled, so the
station only learns it from its connection timeouts); after the last action it
is restored and the outbox is sent. Measured:

- the UI thread's longest stall, from a 1 ms ``QTimer`` heartbeat on its event loop,
  before the cut, during it and after the server returns (floor: max < 50 ms);
- every manual entry made during the cut: kept for the outbox (and on the server after
  it returns) or refused with a message; none may be lost or left unanswered.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QObject, QTimer, Slot

from app.bootstrap import create_application, open_settings
from app.core.checkin import CheckinResult, Guest
from app.core.people import Person
from app.services.container import Services
from app.services.event_service import Invalid
from app.store.models import Checkin
from app.store.station_cache import StationCache
from app.store.store import Store
from app.ui.main_window import MainWindow
from app.ui.views.gerbang_view import GerbangView
from app.ui.workers.checkin_worker import GateAnswer, ManualEntry, Scan, WalkIn
from benchmarks.gate import summary, wait_until
from benchmarks.machine import machine_facts
from benchmarks.scratch_db import DEFAULT_ADMIN_URL, scratch_database

STALL_FLOOR_MS = 50
PROXY_CHILD = """
import sys
from tests.tcp_proxy import TcpProxy
proxy = TcpProxy(sys.argv[1])
print(proxy.url, flush=True)
for line in sys.stdin:
    getattr(proxy, line.strip())()
proxy.cut()
"""


class ProxyProcess:
    """The tests' loopback proxy in a child process: its forwarding threads then do not
    compete with the gate for this process's GIL, as no proxy does on a real venue LAN."""

    def __init__(self, server_url: str) -> None:
        root = Path(__file__).resolve().parent.parent
        self.child = subprocess.Popen(
            [sys.executable, "-c", PROXY_CHILD, server_url], cwd=root, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )  # fmt: skip
        assert self.child.stdout is not None
        self.url = self.child.stdout.readline().strip()

    def _say(self, word: str) -> None:
        """Sent without waiting for the child: the UI thread must not wait on the benchmark."""
        assert self.child.stdin is not None
        self.child.stdin.write(word + "\n")
        self.child.stdin.flush()

    def cut(self, how: str) -> None:
        self._say(how)

    def restore(self) -> None:
        self._say("restore")

    def close(self) -> None:
        self.child.communicate(timeout=10)


class Heartbeat:
    """Ticks on the UI thread every millisecond; each gap is how long the loop was held."""

    def __init__(self) -> None:
        self.gaps: list[tuple[float, float]] = []  # (when, gap in ms)
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now, (now - self.last) * 1000))
        self.last = now

    def between(self, start: float, end: float) -> list[float]:
        return [gap for when, gap in self.gaps if start < when <= end]


class Answers(QObject):
    """The check-in worker's answers, received on the UI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[tuple[float, GateAnswer]] = []

    @Slot(object)
    def take(self, answer: GateAnswer) -> None:
        self.received.append((time.perf_counter(), answer))


def plan(people: list[Person], actions: int) -> list[tuple[str, Person]]:
    """Mostly scans, every third a forgotten badge, every tenth a walk-in guest."""
    steps = []
    for index, person in enumerate(people[:actions]):
        kind = "walkin" if index % 10 == 9 else "manual" if index % 3 == 2 else "scan"
        steps.append((kind, person))
    return steps


def act(gate: GerbangView, kind: str, person: Person, token: str, index: int) -> None:
    """What the gate staff do, through the same widgets' signals the clicks emit."""
    if kind == "scan":
        gate.scanner_input(token, time.perf_counter())
    elif kind == "manual":
        gate.open_manual()
        gate.manual.search.setText(person.name)
        gate.manual.run_search()
        gate.manual.record_requested.emit(person.id, "Kartu tertinggal")
    else:
        guest = Guest(f"Tamu Uji {index}", f"33740112037{index:05d}", "Kantor Uji", "Undangan")
        gate.walkin.record_requested.emit(guest)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=600)
    parser.add_argument("--actions", type=int, default=90)
    parser.add_argument("--every-ms", type=int, default=100)
    parser.add_argument(
        "--how", choices=("cut", "stall"), default="cut",
        help="cut: every connection closed; stall: nothing answers any more (cable pulled)",
    )  # fmt: skip
    parser.add_argument("--pg", default=DEFAULT_ADMIN_URL)
    args = parser.parse_args()
    _application = create_application([])  # kept alive for the whole run
    with tempfile.TemporaryDirectory() as folder, scratch_database(args.pg) as (url, version):
        os.environ["NETRA_DATA_DIR"] = folder
        proxy = ProxyProcess(url)
        store = Store(proxy.url)
        cache = StationCache(Path(folder) / "cache.sqlite3")
        services = Services.build(store, station="Gerbang 1", cache=cache)
        event_id = services.demo.ensure_demo(args.people).event_id
        present = {row.person_id for row in Checkin.select(Checkin.person)}
        absent = [p for p in services.people.expected(event_id) if p.id not in present]
        random.Random(1).shuffle(absent)
        steps = plan(absent, args.actions)
        cut_at = len(steps) // 2
        event = services.events.get(event_id)
        assert event is not None
        organisation = int(event.organisation_id or 0)
        tokens = [services.badges.token_for(organisation, person) for _, person in steps]

        window = MainWindow(services, open_settings())
        window.show()
        assert wait_until(lambda: window.current_event is not None, 30)
        window.show_place("gerbang")
        gate = window.place("gerbang").view
        assert isinstance(gate, GerbangView)
        gate.sounds.enabled = False
        assert wait_until(lambda: cache.holds_event(event_id), 30), "the cache never filled"
        gc.freeze()  # as the app does once its window is up
        answers = Answers()
        gate.checkin_worker.answered.connect(answers.take)
        heartbeat = Heartbeat()
        heartbeat.start()
        idle = time.perf_counter()
        wait_until(lambda: False, 2.0)  # the idle gate, as a baseline of the machine's load
        began = time.perf_counter()
        moments: dict[str, float] = {}
        for index, (kind, person) in enumerate(steps):
            if index == cut_at:
                moments["cut"] = time.perf_counter()
                proxy.cut(args.how)
            act(gate, kind, person, tokens[index], index)
            wait_until(lambda: False, args.every_ms / 1000)
        moments["last"] = time.perf_counter()
        answered = wait_until(lambda: len(answers.received) >= len(steps), 60)
        moments["restore"] = time.perf_counter()
        proxy.restore()
        synced = wait_until(
            lambda: services.link.online and window.link_label.text() == "Server terhubung", 30
        )
        wait_until(lambda: False, 1.0)
        moments["end"] = time.perf_counter()
        heartbeat.timer.stop()

        made_in_cut = {p.id for kind, p in steps[cut_at:] if kind == "manual"}
        during = [
            answer
            for _, answer in answers.received
            if isinstance(answer.request, ManualEntry) and answer.request.person_id in made_in_cut
        ]
        kept = [a for a in during if isinstance(a.outcome, CheckinResult)]
        refused = [a for a in during if isinstance(a.outcome, Invalid)]
        made = len(made_in_cut)
        kept_ids = [a.request.person_id for a in kept if isinstance(a.request, ManualEntry)]
        on_server = Checkin.select().where(
            (Checkin.event == event_id) & Checkin.person.in_(kept_ids)
        ).count()  # fmt: skip
        walkins = [a for _, a in answers.received if isinstance(a.request, WalkIn)]
        scans = [a for _, a in answers.received if isinstance(a.request, Scan)]
        window.close()
        cache.close()
        store.close()
        proxy.close()

    print(
        f"\nGate with the server {args.how} mid-burst: {len(steps)} actions, one every "
        f"{args.every_ms} ms, {args.how} before action {cut_at + 1}; PostgreSQL {version // 10000} "
        f"through a loopback proxy\n{machine_facts()}, load average {os.getloadavg()[0]:.1f}\n"
    )
    print("| UI thread, gap between 1 ms heartbeats | ticks | median | p99 | max | floor |")
    print("|---|---:|---:|---:|---:|---|")
    phases = [
        ("idle gate, 2 s (the machine's own noise)", idle, began),
        (f"before the {args.how}", began, moments["cut"]),
        (f"server {args.how} (actions, then answers)", moments["cut"], moments["restore"]),
        ("server back, outbox sent", moments["restore"], moments["end"]),
    ]
    for label, start, end in phases:
        print(summary(label, heartbeat.between(start, end), "ms", f"max < {STALL_FLOOR_MS} ms"))
    refusal = f": {refused[0].outcome.errors[0].message}" if refused else ""
    print(
        f"\nmanual entries during the {args.how}: {made} made, {len(kept)} kept for the outbox "
        f"({on_server} on the server after it returned), {len(refused)} refused with a "
        f"message{refusal}; {made - len(kept) - len(refused)} unanswered"
    )
    print(f"walk-ins: {len(walkins)} answered, {recorded(walkins)} recorded; refused: "
          f"{'; '.join(messages(walkins)) or 'none'}")  # fmt: skip
    print(f"scans: {len(scans)} answered, {recorded(scans)} recorded")
    print(f"every request answered: {answered}; back online after the restore: {synced}")
    stalls = heartbeat.between(began, moments["end"])
    good = (
        answered and synced and max(stalls) < STALL_FLOOR_MS
        and made == len(kept) + len(refused) and on_server == len(kept)
    )  # fmt: skip
    return 0 if good else 1


def recorded(answers: list[GateAnswer]) -> int:
    return sum(
        1 for a in answers if isinstance(a.outcome, CheckinResult) and a.outcome.outcome.is_recorded
    )


def messages(answers: list[GateAnswer]) -> set[str]:
    return {a.outcome.errors[0].message for a in answers if isinstance(a.outcome, Invalid)}


if __name__ == "__main__":
    sys.exit(main())
