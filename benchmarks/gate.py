"""The gate under load, on a demo event of 10,000 people, through the real gate view.

    python benchmarks/gate.py [--people 10000] [--badges 150] [--burst 100]

1. Camera: 1280x720 frames delivered at 30 fps by a stand-in camera (each badge in
   view for 2 frames, then 2 empty frames). Measured: time from the frame entering the
   decoder to the check-in committed and the gate view showing it; decoded frames per
   second; the longest the UI thread went without running its event loop while the
   camera runs (from one second after the view appeared).
2. USB scanner: ``--burst`` badge codes typed as key events at full speed, each ended by
   Enter; all must be recorded once, none lost, none doubled.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest

from app.bootstrap import create_application, open_settings
from app.core.checkin import CheckinResult
from app.scanning.frame_source import CameraInfo, Captured
from app.store.models import Checkin, ScanLog
from app.ui.sound import GateSounds
from app.ui.views.gerbang_view import GerbangView
from app.ui.widgets.camera_panel import CameraAccess
from benchmarks.demo_event import demo_event
from benchmarks.frameset import background, code_frame
from benchmarks.machine import machine_facts, percentile

FPS = 30
LEAD_IN_FRAMES = 30  # one second of empty frames while the view settles (not timed)


class PacedCamera:
    """Plays frames at a steady 30 fps like a webcam; records how late each was taken."""

    live = False

    def __init__(self, images: list[np.ndarray]) -> None:
        self.name = "Kamera uji (1280x720)"
        self.images = images
        self.position = 0
        self.started = 0.0
        self.lag: list[float] = []

    def read(self) -> Captured | None:
        if self.position >= len(self.images):
            return None
        if self.position == 0:
            self.started = time.perf_counter()
        due = self.started + self.position / FPS
        wait = due - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        else:
            self.lag.append(-wait)
        self.position += 1
        return Captured(self.images[self.position - 1], time.monotonic(), self.position - 1)

    def close(self) -> None:
        self.position = len(self.images)


class LoopWatch:
    """Ticks on the UI thread every millisecond; the longest gap is the longest block."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now


def wait_until(done: Callable[[], bool], timeout: float) -> bool:
    """Run the real event loop (as the app does) until ``done()`` or the timeout."""
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    check.start()
    loop.exec()
    check.stop()
    return done()


def summary(label: str, values: list[float], unit: str, floor: str) -> str:
    return (
        f"| {label} | {len(values)} | {np.median(values):.1f} {unit} | "
        f"{percentile(values, 0.99):.1f} {unit} | {max(values):.1f} {unit} | {floor} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--badges", type=int, default=150)
    parser.add_argument("--burst", type=int, default=100)
    args = parser.parse_args()
    _application = create_application([])  # kept alive for the whole run
    started = time.perf_counter()
    with demo_event(args.people) as demo:
        services, folder = demo.services, demo.folder
        print(f"demo event of {args.people:,} people in {time.perf_counter() - started:.0f} s")
        event = services.events.get(demo.event_id)
        assert event is not None and event.id is not None
        absent = [
            p for p in services.store.people.expected_people(event.id)
            if services.store.checkins.prior_checkin(event.id, p.id) is None
        ]  # fmt: skip
        random.Random(1).shuffle(absent)
        camera_people = absent[: args.badges]
        burst_people = absent[args.badges : args.badges + args.burst]
        rng = random.Random(2)
        empty = background(rng, 1280, 720)
        images: list[np.ndarray] = [empty] * LEAD_IN_FRAMES
        for person in camera_people:
            token = services.badges.token_for(int(event.organisation_id or 0), person)
            images += [code_frame("badge", token, (1280, 720), rng)] * 2 + [empty] * 2
        camera = PacedCamera(images)
        access = CameraAccess(lambda: [CameraInfo(0, "uji")], lambda i, r: camera, False)
        view = GerbangView(services, open_settings(), access, GateSounds(Path(folder), print))
        view.sounds.enabled = False
        view.set_event(event)
        view.resize(1150, 650)
        latencies: list[float] = []
        results: list[CheckinResult] = []

        def shown(result: CheckinResult, began: float) -> None:
            latencies.append((time.perf_counter() - began) * 1000)
            results.append(result)

        view.result_shown.connect(shown)
        watch = LoopWatch()
        view.show()
        run_started = time.perf_counter()
        wait_until(lambda: camera.position >= LEAD_IN_FRAMES, 10)
        gc.freeze()  # as the app does once its window is up
        watch.last = time.perf_counter()
        watch.timer.start()
        wait_until(lambda: len(results) >= len(camera_people), 120)
        wait_until(lambda: camera.position >= len(images), 30)
        run_seconds = time.perf_counter() - run_started
        watch.timer.stop()
        recorded = sum(1 for r in results if r.outcome.is_recorded)
        camera_latencies = list(latencies)

        latencies.clear()
        results.clear()
        view.camera.deactivate()
        codes = [
            services.badges.token_for(int(event.organisation_id or 0), p) for p in burst_people
        ]
        typed = time.perf_counter()
        for code in codes:
            QTest.keyClicks(view, code)
            QTest.keyClick(view, "\r")
        typing_seconds = time.perf_counter() - typed
        wait_until(lambda: len(results) >= len(codes), 60)
        burst_seconds = time.perf_counter() - typed
        ids = [p.id for p in burst_people]
        stored = Checkin.select().where(Checkin.person.in_(ids)).count()
        logged = ScanLog.select().where(ScanLog.person.in_(ids)).count()
        view.shutdown()
        view.close()

    print(f"\nGate on a {args.people:,}-person event, 1280x720 at {FPS} fps\n{machine_facts()}\n")
    print("| measure | n | median | p99 | max | floor |")
    print("|---|---:|---:|---:|---:|---|")
    print(summary("frame into decoder -> check-in committed -> gate view shows it",
                  camera_latencies, "ms", "median < 15 ms, p99 < 50 ms"))  # fmt: skip
    print(summary("UI thread: gap between 1 ms ticks", watch.gaps, "ms", "max < 16 ms"))
    decoded_fps = camera.position / run_seconds
    print(
        f"\ncamera: {len(camera_people)} badges, {recorded} recorded; {camera.position} frames "
        f"in {run_seconds:.1f} s = {decoded_fps:.1f} frames/s decoded "
        f"(frames taken late: {len(camera.lag)}, worst {max(camera.lag, default=0) * 1000:.1f} ms)"
    )
    print(
        f"scanner burst: {len(codes)} codes typed in {typing_seconds:.2f} s, all shown after "
        f"{burst_seconds:.2f} s; stored check-ins {stored}, scan log rows {logged}, "
        f"results {len(results)} (want {len(codes)} each)"
    )
    return 0 if stored == logged == len(codes) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
