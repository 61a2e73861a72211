"""Handwritten signatures as data: strokes of points, the checks they must pass, and their ink.

A signature is kept as what the hand did (x, y, pressure, time for every point), never
as a picture, so it can be redrawn at any size and its fingerprint recomputed. The ink
look is derived here once, in plain geometry, and both the on-screen pad (Qt) and the
PDF (reportlab) fill the same outlines:

* the centre line passes through the points as cubic Bezier segments (Catmull-Rom
  control points), sampled finely;
* the width at each point follows the pen: faster strokes are thinner (as with a real
  pen, ink has less time to spread) and harder pressure is wider; the velocity is
  low-pass filtered so the width swells and thins smoothly;
* each stroke becomes one closed ribbon (left edge forward, right edge back) filled
  with the non-zero rule, plus a round dot at each end.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass

from app.core.refusals import Refusal, Refused

MIN_WIDTH = 1.0  # pad pixels
MAX_WIDTH = 4.2
VELOCITY_FILTER = 0.7  # weight of the new velocity against the previous one
MIN_INK_LENGTH = 180.0  # total stroke length in pad pixels
MIN_EXTENT = 70.0  # the longer side of the signature's box, in pad pixels
MIN_THICKNESS = 14.0  # spread across the main direction: below this it is a line
TRIM_MARGIN = 6.0
SAMPLE_STEP = 1.5  # pad pixels between samples of the centre line
DEFAULT_PRESSURE = 0.5


@dataclass(frozen=True)
class InkPoint:
    """One sample of the pen: position in pad pixels, pressure 0..1, milliseconds since start."""

    x: float
    y: float
    pressure: float
    t: float


Stroke = tuple[InkPoint, ...]


@dataclass(frozen=True)
class Signature:
    """Strokes after trimming: coordinates start at the margin; ``width``/``height`` the box."""

    strokes: tuple[Stroke, ...]
    width: float
    height: float

    def to_json(self) -> str:
        """Canonical text form: stored as is and hashed as is, so rounding happens once here."""
        return json.dumps(
            {
                "w": round(self.width, 2),
                "h": round(self.height, 2),
                "strokes": [[[p.x, p.y, p.pressure, p.t] for p in s] for s in self.strokes],
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> Signature:
        data = json.loads(text)
        strokes = tuple(
            tuple(InkPoint(float(x), float(y), float(p), float(t)) for x, y, p, t in stroke)
            for stroke in data["strokes"]
        )
        return cls(strokes, float(data["w"]), float(data["h"]))


def point(x: float, y: float, pressure: float, t: float) -> InkPoint:
    """A point rounded the way it is stored, so what is drawn equals what is kept."""
    return InkPoint(round(x, 2), round(y, 2), round(min(max(pressure, 0.0), 1.0), 3), round(t, 1))


def _length(stroke: Stroke) -> float:
    return sum(math.dist((a.x, a.y), (b.x, b.y)) for a, b in itertools.pairwise(stroke))


def _spread_across(points: list[InkPoint]) -> float:
    """Standard deviation across the main direction (the smaller principal axis)."""
    n = len(points)
    mx = sum(p.x for p in points) / n
    my = sum(p.y for p in points) / n
    sxx = sum((p.x - mx) ** 2 for p in points) / n
    syy = sum((p.y - my) ** 2 for p in points) / n
    sxy = sum((p.x - mx) * (p.y - my) for p in points) / n
    half_trace = (sxx + syy) / 2
    smaller = half_trace - math.sqrt(max(half_trace**2 - (sxx * syy - sxy**2), 0.0))
    return math.sqrt(max(smaller, 0.0))


def ink_problem(strokes: list[Stroke]) -> str | None:
    """Why these strokes are not a signature (a dot, a stray line), or None when they are."""
    points = [p for stroke in strokes for p in stroke]
    if not points:
        return Refused(Refusal.NO_SIGNATURE)
    length = sum(_length(s) for s in strokes)
    extent = max(
        max(p.x for p in points) - min(p.x for p in points),
        max(p.y for p in points) - min(p.y for p in points),
    )
    if length < MIN_INK_LENGTH or extent < MIN_EXTENT:
        return Refused(Refusal.SIGNATURE_TOO_SMALL)
    if 4 * _spread_across(points) < MIN_THICKNESS:
        return Refused(Refusal.SIGNATURE_ONLY_A_LINE)
    return None


def trimmed(strokes: list[Stroke]) -> Signature:
    """The strokes moved so the blank margins around them go, keeping a small edge."""
    points = [p for stroke in strokes for p in stroke]
    left = min(p.x for p in points) - TRIM_MARGIN
    top = min(p.y for p in points) - TRIM_MARGIN
    moved = tuple(
        tuple(point(p.x - left, p.y - top, p.pressure, p.t) for p in stroke) for stroke in strokes
    )
    width = max(p.x for p in points) - left + TRIM_MARGIN
    height = max(p.y for p in points) - top + TRIM_MARGIN
    return Signature(moved, round(width, 2), round(height, 2))


def widths(stroke: Stroke) -> list[float]:
    """Pen width at every point, from filtered velocity and pressure."""
    result: list[float] = []
    velocity = 0.0
    for index, p in enumerate(stroke):
        if index:
            previous = stroke[index - 1]
            raw = math.dist((p.x, p.y), (previous.x, previous.y)) / max(p.t - previous.t, 1.0)
            velocity = VELOCITY_FILTER * raw + (1 - VELOCITY_FILTER) * velocity
        base = max(MAX_WIDTH / (velocity + 1.0), MIN_WIDTH)
        result.append(base * (0.35 + 1.3 * p.pressure))
    if len(result) > 1:
        result[0] = result[1]  # the first point has no velocity of its own
    return result


@dataclass(frozen=True)
class InkShape:
    """What to fill for one stroke, already scaled: a closed ribbon and the end dots."""

    ribbon: list[tuple[float, float]]
    dots: list[tuple[float, float, float]]  # centre x, centre y, radius


def _centre_line(stroke: Stroke, stroke_widths: list[float]) -> list[tuple[float, float, float]]:
    """Samples (x, y, width) along Catmull-Rom Bezier segments through the points."""
    pts = [(p.x, p.y) for p in stroke]
    samples = [(pts[0][0], pts[0][1], stroke_widths[0])]
    for i in range(len(pts) - 1):
        p0, p1, p2 = pts[max(i - 1, 0)], pts[i], pts[i + 1]
        p3 = pts[min(i + 2, len(pts) - 1)]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        steps = max(2, math.ceil(math.dist(p1, p2) / SAMPLE_STEP))
        for step in range(1, steps + 1):
            u = step / steps
            a, b, c, d = (1 - u) ** 3, 3 * u * (1 - u) ** 2, 3 * u * u * (1 - u), u**3
            x = a * p1[0] + b * c1[0] + c * c2[0] + d * p2[0]
            y = a * p1[1] + b * c1[1] + c * c2[1] + d * p2[1]
            w = stroke_widths[i] + (stroke_widths[i + 1] - stroke_widths[i]) * u
            samples.append((x, y, w))
    return samples


def ink_shape(stroke: Stroke, scale: float = 1.0) -> InkShape:
    """The filled outline of one stroke, in pad pixels times ``scale``."""
    stroke_widths = widths(stroke)
    samples = _centre_line(stroke, stroke_widths)
    left: list[tuple[float, float]] = []
    right: list[tuple[float, float]] = []
    for index, (x, y, w) in enumerate(samples):
        ahead = samples[min(index + 1, len(samples) - 1)]
        behind = samples[max(index - 1, 0)]
        dx, dy = ahead[0] - behind[0], ahead[1] - behind[1]
        norm = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / norm * w / 2, dx / norm * w / 2
        left.append(((x + nx) * scale, (y + ny) * scale))
        right.append(((x - nx) * scale, (y - ny) * scale))
    first, last = samples[0], samples[-1]
    dots = [(first[0] * scale, first[1] * scale, first[2] / 2 * scale)]
    if len(samples) > 1:
        dots.append((last[0] * scale, last[1] * scale, last[2] / 2 * scale))
    return InkShape(left + right[::-1], dots)
