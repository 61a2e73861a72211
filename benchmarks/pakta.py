"""Pakta: ink outline per pad update, signed PDF export and verify for many signers.

    python benchmarks/pakta.py [--people 120] [--signers 40] [--runs 7]

The ink outline is recomputed for the stroke being written on every pen sample, so
it must stay far below a frame (16 ms); export and verify run once after the ceremony.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.clock import FixedClock
from app.core.ink import ink_shape, point
from benchmarks.demo_event import demo_event
from benchmarks.machine import print_table


def signature_strokes(seed: int) -> list[tuple]:
    points = []
    for i in range(300):
        a = i / 300 * 8 * math.pi
        x = 60 + i * 2 + 30 * math.cos(a * 1.7 + seed)
        points.append(point(x, 120 - 45 * math.sin(a), 0.5 + 0.3 * math.sin(a), i * 9.0))
    return [tuple(points[:150]), tuple(points[150:])]


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=120, help="people on the demo event")
    parser.add_argument("--signers", type=int, default=40)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    long_stroke = signature_strokes(0)[0]
    outline = [timed(lambda: ink_shape(long_stroke)) for _ in range(args.runs * 10)]
    clock = FixedClock(datetime(2024, 10, 1, 7))
    with demo_event(max(args.signers, args.people), clock) as demo:
        services, folder = demo.services, demo.folder
        event = services.events.list_events()[0]
        for person in services.pakta.candidates(event)[: args.signers]:
            services.pakta.add_signer(event.id, person.id)
        for number, signer in enumerate(services.pakta.signers(event.id)):
            services.pakta.sign(event, signer, signature_strokes(number))
        out = Path(folder) / "pakta.pdf"
        export = [timed(lambda: services.pakta.export_pdf(event, out)) for _ in range(args.runs)]
        verify = [timed(lambda: services.pakta.verify_pdf(event.id, out)) for _ in range(args.runs)]
    print_table(
        f"Pakta integritas, {args.signers} signers, 150-point strokes",
        [
            ("ink outline of one 150-point stroke", outline, "0.016"),
            (f"export combined PDF ({args.signers} pages)", export, "10"),
            (f"verify combined PDF ({args.signers} pages)", verify, "20"),
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
