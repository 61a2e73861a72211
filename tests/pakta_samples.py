"""Synthetic handwriting for pakta tests: a looping signature, a dot, a stray line."""

from __future__ import annotations

import math

from app.core.ink import InkPoint, Stroke, point


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
