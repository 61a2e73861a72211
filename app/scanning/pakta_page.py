"""Reading one scanned pakta sheet: its QR, and the ink in its signature box.

The page is brought to about 150 dpi (an A4 page's long side to ``WORK_LONG_SIDE``
pixels), which keeps a sheet QR's module at five pixels and a page under a tenth of a
second. The QR's four corners, in the symbol's own order, give the mapping from sheet
millimetres to page pixels, whichever way the page lies and however a phone tilted it.
Through that mapping the box and a margin around it are warped to a small upright grid;
the box's thick frame is then looked for near where it should be, so the ink is measured
inside the frame found, not inside a guess.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from app.core.pakta_paper import QR_SQUARE, SIGNATURE_BOX, InkMeasure
from app.core.pakta_sheet_token import FAMILY
from app.scanning.decoder import LocatedCode, locate_codes, to_gray

WORK_LONG_SIDE = 1800
PX_PER_MM = 4
MARGIN_MM = 6.0  # the frame is looked for this far either side of where it should be
INSET_MM = 1.6  # ink is measured this far inside the frame line found
SPECK_PX = 5  # components smaller than this (0.3 mm2) are scanner noise
FRAME_MIN_FRACTION = 0.3  # share of a row (column) the frame line darkens
FALLBACK_EXTRA_MM = 1.5  # a side not found is assumed this much further in
EDGE_BAND_PX = 2 * round(1.5 * PX_PER_MM) + 1  # the inner 1.5 mm along the counted area
SLIVER_PX = round(1.2 * PX_PER_MM)  # no wider than this: a line, not a pen stroke's loop
LINE_LENGTH_PX = 10 * PX_PER_MM  # a sliver this long and straight is a frame line
BAR_PX = round(3.5 * PX_PER_MM)  # a frame side seen through a mapping turned off
JPEG_QUALITY = 75


@dataclass(frozen=True)
class SheetReading:
    """What a page shows: the sheet QR's text (None when none was read), the ink in the box,
    and the page as stored: grey JPEG, turned upright by quarter turns."""

    token: str | None  # a pakta sheet's or a cover's code
    ink: InkMeasure | None
    image_jpeg: bytes


def read_sheet(image: np.ndarray) -> SheetReading:
    gray = _work_scale(to_gray(image))
    sheets = [code for code in locate_codes(gray) if code.text.upper().startswith(FAMILY)]
    if not sheets:
        return SheetReading(None, None, _jpeg(gray))
    code = sheets[0]
    ink = measure_box(gray, _sheet_to_page(code))
    return SheetReading(code.text, ink, _jpeg(_upright(gray, code)))


def _work_scale(gray: np.ndarray) -> np.ndarray:
    factor = WORK_LONG_SIDE / max(gray.shape)
    if factor >= 0.9:
        return gray
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)


def _sheet_to_page(code: LocatedCode) -> np.ndarray:
    """The homography from sheet millimetres to page pixels."""
    left, top, side = QR_SQUARE
    square = np.array(
        [(left, top), (left + side, top), (left + side, top + side), (left, top + side)],
        dtype=np.float32,
    )
    return cv2.getPerspectiveTransform(square, code.corners)


def measure_box(gray: np.ndarray, sheet_to_page: np.ndarray) -> InkMeasure:
    left, top, width, height = SIGNATURE_BOX
    origin = np.array(
        [[PX_PER_MM, 0, -PX_PER_MM * (left - MARGIN_MM)],
         [0, PX_PER_MM, -PX_PER_MM * (top - MARGIN_MM)],
         [0, 0, 1]],
        dtype=np.float64,
    )  # fmt: skip
    size = (round((width + 2 * MARGIN_MM) * PX_PER_MM), round((height + 2 * MARGIN_MM) * PX_PER_MM))
    region = cv2.warpPerspective(
        gray, origin @ np.linalg.inv(sheet_to_page), size, flags=cv2.INTER_LINEAR,
        borderValue=255,
    )  # fmt: skip
    dark = _dark(region)
    return _ink(dark, _inside_frame(dark, width, height))


def _dark(region: np.ndarray) -> np.ndarray:
    """Pen ink, light pressure included: clearly darker than the paper around it."""
    paper = float(np.percentile(region, 90))
    threshold = paper - max(40.0, 0.25 * paper)
    return (region < threshold).astype(np.uint8)


def _inside_frame(dark: np.ndarray, width: float, height: float) -> np.ndarray:
    """Where ink counts: inside the frame lines found, ``INSET_MM`` clear of them.

    Each side is found twice, in two stretches of its length, so a frame a little turned
    against the mapping (a QR corner read a pixel off) is followed, not cut across."""
    m = MARGIN_MM
    top = _side(dark, m, (m, m + width), horizontal=True, inward=1)
    bottom = _side(dark, m + height, (m, m + width), horizontal=True, inward=-1)
    left = _side(dark, m, (m, m + height), horizontal=False, inward=1)
    right = _side(dark, m + width, (m, m + height), horizontal=False, inward=-1)
    corners = [
        _crossing(a, b) for a, b in ((top, left), (top, right), (bottom, right), (bottom, left))
    ]
    mask = np.zeros_like(dark)
    cv2.fillConvexPoly(mask, np.round(np.array(corners)).astype(np.int32), 1)
    inset = round(INSET_MM * PX_PER_MM)
    return cv2.erode(mask, np.ones((2 * inset + 1, 2 * inset + 1), np.uint8))


Line = tuple[tuple[float, float], tuple[float, float]]  # two points (x, y) in grid pixels


def _side(
    dark: np.ndarray, expected_mm: float, span_mm: tuple[float, float], horizontal: bool,
    inward: int,
) -> Line:  # fmt: skip
    """A frame side as the line through where it lies in its first and its last third; where
    it should be (moved ``FALLBACK_EXTRA_MM`` inwards) in a third that shows no line."""
    px = PX_PER_MM
    start, end = span_mm
    third = (end - start) / 3
    points = []
    for a, b in ((start + 0.2 * third, start + third), (end - third, end - 0.2 * third)):
        stretch = (
            dark[:, round(a * px) : round(b * px)]
            if horizontal
            else dark[round(a * px) : round(b * px), :]
        )
        found = _frame_line(stretch, expected_mm, axis=1 if horizontal else 0)
        across = found if found is not None else (expected_mm + inward * FALLBACK_EXTRA_MM) * px
        along = (a + b) / 2 * px
        points.append((along, across) if horizontal else (across, along))
    return points[0], points[1]


def _crossing(first: Line, second: Line) -> tuple[float, float]:
    (x1, y1), (x2, y2) = first
    (x3, y3), (x4, y4) = second
    denominator = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
    a = x1 * y2 - y1 * x2
    b = x3 * y4 - y3 * x4
    return (
        (a * (x3 - x4) - (x1 - x2) * b) / denominator,
        (a * (y3 - y4) - (y1 - y2) * b) / denominator,
    )


def _frame_line(dark: np.ndarray, expected_mm: float, axis: int) -> float | None:
    """The row (axis=1) or column (axis=0) of a frame line near where it should be, or None."""
    share = dark.mean(axis=axis)
    smooth = np.convolve(share, np.ones(3) / 3, mode="same")
    expected = round(expected_mm * PX_PER_MM)
    low = max(expected - round(MARGIN_MM * PX_PER_MM), 0)
    window = smooth[low : expected + round(MARGIN_MM * PX_PER_MM) + 1]
    best = int(np.argmax(window))
    return float(low + best) if window[best] >= FRAME_MIN_FRACTION else None


def _ink(dark: np.ndarray, inside: np.ndarray) -> InkMeasure:
    """Ink inside the frame, scanner specks and slivers of the frame line itself left out."""
    _, labels, stats, _ = cv2.connectedComponentsWithStats(dark & inside, connectivity=8)
    edge = inside & cv2.bitwise_not(
        cv2.erode(inside, np.ones((EDGE_BAND_PX, EDGE_BAND_PX), np.uint8))
    )
    kept = [
        row
        for label, row in enumerate(stats[1:], start=1)
        if row[cv2.CC_STAT_AREA] >= SPECK_PX and not _frame_sliver(labels, label, row, edge)
    ]
    if not kept:
        return InkMeasure(0.0, 0.0, 0.0)
    boxes = np.array(kept)
    x0 = boxes[:, cv2.CC_STAT_LEFT].min()
    y0 = boxes[:, cv2.CC_STAT_TOP].min()
    x1 = (boxes[:, cv2.CC_STAT_LEFT] + boxes[:, cv2.CC_STAT_WIDTH]).max()
    y1 = (boxes[:, cv2.CC_STAT_TOP] + boxes[:, cv2.CC_STAT_HEIGHT]).max()
    area = float(boxes[:, cv2.CC_STAT_AREA].sum()) / PX_PER_MM**2
    return InkMeasure(area, float(x1 - x0) / PX_PER_MM, float(y1 - y0) / PX_PER_MM)


def _frame_sliver(labels: np.ndarray, label: int, row: np.ndarray, edge: np.ndarray) -> bool:
    """A straight mark along the box's length or height: the frame line showing through where
    the mapping is off, not a pen. Thin and long, or a little wider and nearly the whole
    side, or thin and lying wholly along the edge of the counted area."""
    x, y = row[cv2.CC_STAT_LEFT], row[cv2.CC_STAT_TOP]
    w, h = row[cv2.CC_STAT_WIDTH], row[cv2.CC_STAT_HEIGHT]
    thick, long = min(w, h), max(w, h)
    rows, columns = np.nonzero(edge)
    side = (np.ptp(rows) if h >= w else np.ptp(columns)) if rows.size else 0
    if thick <= SLIVER_PX and long >= LINE_LENGTH_PX:
        return True
    if thick <= BAR_PX and long >= 0.8 * side:
        return True
    if thick > SLIVER_PX:
        return False
    component = labels[y : y + h, x : x + w] == label
    return bool(np.all(edge[y : y + h, x : x + w][component]))


def _upright(gray: np.ndarray, code: LocatedCode) -> np.ndarray:
    """The page turned by quarter turns so the QR's top edge points up."""
    (x0, y0), (x1, y1) = code.corners[0], code.corners[1]
    angle = np.degrees(np.arctan2(y1 - y0, x1 - x0))  # 0 upright, 180 upside down
    turns = round(angle / 90) % 4
    rotations = {1: cv2.ROTATE_90_COUNTERCLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_CLOCKWISE}
    return cv2.rotate(gray, rotations[turns]) if turns else gray


def _jpeg(gray: np.ndarray) -> bytes:
    ok, encoded = cv2.imencode(".jpg", gray, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    assert ok
    return encoded.tobytes()
