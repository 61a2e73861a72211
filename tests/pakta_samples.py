"""Synthetic handwriting for pakta tests: a looping signature, a dot, a stray line; personal
sheets printed by the real writer, inked and scanned as a scanner or a phone leaves them."""

from __future__ import annotations

import math
import random
from dataclasses import replace

from app.core.ink import InkPoint, Stroke, point
from app.services.event_service import Invalid
from app.services.pakta_paper_scan import ScanReport
from benchmarks.pakta_paper_scans import degrade, draw_ink, render_pages


def scribble(seed: float = 0.0, pressure: float = 0.5) -> list[Stroke]:
    """Two strokes that loop like a hand signature, about 400 x 120 pad pixels."""
    points: list[InkPoint] = []
    t = 0.0
    for i in range(140):
        a = i / 140 * 4.4 * math.pi
        x = 60 + i * 2.8 + 30 * math.cos(a * 1.7 + seed)
        y = 110 - 45 * math.sin(a) + 12 * math.sin(a * 3.1)
        t += 9 + 6 * math.sin(i / 7)
        points.append(point(x, y, pressure + 0.2 * math.sin(a), t))
    tail = tuple(point(80 + i * 12, 160 - i, pressure, t + 200 + i * 7) for i in range(30))
    return [tuple(points), tail]


def dot() -> list[Stroke]:
    return [(point(100, 100, 0.5, 0), point(101, 100, 0.5, 8))]


def stray_line() -> list[Stroke]:
    return [tuple(point(40 + i * 10, 90 + i * 0.5, 0.5, i * 8.0) for i in range(40))]


# -- paper sheets printed, inked and scanned back ------------------------------------------


def sheets_pdf(demo, event, tmp_path, unit=None):
    out = tmp_path / f"sheets_{event.id}.pdf"
    result = demo.pakta_paper.write_sheets(event, out, unit)
    assert not isinstance(result, Invalid), result
    return out.read_bytes()


def scan_folder(tmp_path, pdf, picks, dpi=200, name="scans"):
    """Write the chosen pages of ``pdf`` as scans: ``picks`` is [(page index, ink, how)]."""
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    pages = list(render_pages(pdf, dpi))
    rng = random.Random(7)
    for seq, (index, ink, how) in enumerate(picks, start=1):
        image = draw_ink(pages[index], ink, dpi, rng)
        (folder / f"{seq:03d}.jpg").write_bytes(degrade(image, replace(how, dpi=dpi), rng))
    return folder


def scanned(demo, event, folder):
    report = demo.pakta_paper.scan(event, folder)
    assert isinstance(report, ScanReport), report
    return report
