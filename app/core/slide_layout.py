"""Fit text blocks into a box as large as they go, wrapping only between words.

The measuring is injected (``TextMeasure``), so the same search runs with Qt's font
metrics in the application and with anything measurable in tests; no screen is needed.
Every size the search returns has been checked: no line is wider than the box, no word
is split, and the blocks together are no taller than the box.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

SEARCH_STEPS = 18
SMALLEST_SIZE = 2.0
LABEL_GAP = 0.45  # space between a point's number and its text, in font sizes
# A break is allowed after a space or after a slash ("calon/bakal"), never inside a word.
TOKEN = re.compile(r"[^\s/]*/|[^\s/]+")


class TextMeasure(Protocol):
    def width(self, text: str, size: float, bold: bool) -> float: ...

    def line_height(self, size: float, bold: bool) -> float: ...


class Emphasis(StrEnum):
    NORMAL = "normal"
    HIGHLIGHT = "highlight"
    DIM = "dim"


@dataclass(frozen=True)
class Block:
    """A paragraph; ``scale`` is relative to the slide's base size, gaps in base sizes."""

    text: str
    scale: float = 1.0
    bold: bool = False
    emphasis: Emphasis = Emphasis.NORMAL
    label: str = ""
    centred: bool = False
    gap_before: float = 0.0


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Line:
    text: str
    x: float
    y: float  # top of the line
    width: float


@dataclass(frozen=True)
class PlacedBlock:
    block: Block
    size: float
    line_height: float
    lines: tuple[Line, ...]
    label_x: float

    @property
    def top(self) -> float:
        return self.lines[0].y

    @property
    def bottom(self) -> float:
        return self.lines[-1].y + self.line_height


@dataclass(frozen=True)
class TextLayout:
    base_size: float
    box: Box
    blocks: tuple[PlacedBlock, ...]

    @property
    def height(self) -> float:
        return self.blocks[-1].bottom - self.blocks[0].top if self.blocks else 0.0


def words(text: str) -> list[tuple[str, bool]]:
    """Tokens with whether a space precedes them; slashes end a token but keep no space."""
    tokens: list[tuple[str, bool]] = []
    for match in TOKEN.finditer(text):
        spaced = match.start() > 0 and text[match.start() - 1].isspace()
        tokens.append((match.group(), spaced))
    return tokens


def wrap(text: str, width: float, measure_width: Callable[[str], float]) -> list[str] | None:
    """Greedy lines no wider than ``width``; None when a single word does not fit."""
    lines: list[str] = []
    current = ""
    for token, spaced in words(text):
        candidate = f"{current}{' ' if spaced and current else ''}{token}"
        if measure_width(candidate) <= width:
            current = candidate
            continue
        if measure_width(token) > width:
            return None
        if current:
            lines.append(current)
        current = token
    if current:
        lines.append(current)
    return lines


def _label_width(block: Block, size: float, measure: TextMeasure) -> float:
    return measure.width(block.label, size, True) + LABEL_GAP * size if block.label else 0.0


def _place(
    blocks: list[Block], box: Box, base: float, measure: TextMeasure
) -> list[PlacedBlock] | None:
    placed: list[PlacedBlock] = []
    y = 0.0
    for block in blocks:
        size = base * block.scale
        height = measure.line_height(size, block.bold)
        indent = _label_width(block, size, measure)
        text_width = box.width - indent
        if text_width <= 0:
            return None

        def width(text: str, size: float = size, bold: bool = block.bold) -> float:
            return measure.width(text, size, bold)

        lines = wrap(block.text, text_width, width)
        if lines is None:
            return None
        if placed:
            y += block.gap_before * base
        placed_lines = []
        for text in lines or [""]:
            line_width = measure.width(text, size, block.bold)
            x = box.x + indent
            if block.centred:
                x = box.x + (box.width - line_width) / 2
            placed_lines.append(Line(text, x, y, line_width))
            y += height
        placed.append(PlacedBlock(block, size, height, tuple(placed_lines), box.x))
    if y > box.height:
        return None
    return placed


def _centre_vertically(placed: list[PlacedBlock], box: Box) -> tuple[PlacedBlock, ...]:
    total = placed[-1].bottom if placed else 0.0
    offset = box.y + (box.height - total) / 2
    return tuple(
        PlacedBlock(
            p.block,
            p.size,
            p.line_height,
            tuple(Line(line.text, line.x, line.y + offset, line.width) for line in p.lines),
            p.label_x,
        )
        for p in placed
    )


def fit(blocks: list[Block], box: Box, measure: TextMeasure, largest: float) -> TextLayout:
    """The largest base size up to ``largest`` at which every block fits the box."""
    if not blocks:
        return TextLayout(0.0, box, ())
    low, high = SMALLEST_SIZE, max(largest, SMALLEST_SIZE)
    best = _place(blocks, box, low, measure) or []
    best_size = low
    top = _place(blocks, box, high, measure)
    if top is not None:
        return TextLayout(high, box, _centre_vertically(top, box))
    for _ in range(SEARCH_STEPS):
        middle = (low + high) / 2
        placed = _place(blocks, box, middle, measure)
        if placed is None:
            high = middle
        else:
            low, best, best_size = middle, placed, middle
    return TextLayout(best_size, box, _centre_vertically(best, box))
