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
    inner = _inside_frame(dark, width, height)
    return _ink(inner)


def _dark(region: np.ndarray) -> np.ndarray:
    """Pen ink, light pressure included: clearly darker than the paper around it."""
    paper = float(np.percentile(region, 90))
    threshold = paper - max(40.0, 0.25 * paper)
    return (region < threshold).astype(np.uint8)


def _inside_frame(dark: np.ndarray, width: float, height: float) -> np.ndarray:
    m, px = MARGIN_MM, PX_PER_MM
    top = _frame_line(dark, m, axis=1)
    bottom = _frame_line(dark, m + height, axis=1)
    left = _frame_line(dark, m, axis=0)
    right = _frame_line(dark, m + width, axis=0)
    inset = round(INSET_MM * px)
    return dark[top + inset : bottom - inset, left + inset : right - inset]


def _frame_line(dark: np.ndarray, expected_mm: float, axis: int) -> int:
    """The row (axis=1) or column (axis=0) of a frame line near where it should be; where
    it should be when no line is found, with a wider inset to stay clear of it."""
    share = dark.mean(axis=axis)
    smooth = np.convolve(share, np.ones(3) / 3, mode="same")
    expected = round(expected_mm * PX_PER_MM)
    low, high = (
        max(expected - round(MARGIN_MM * PX_PER_MM), 0),
        expected + round(MARGIN_MM * PX_PER_MM),
    )
    window = smooth[low : high + 1]
    best = int(np.argmax(window))
    if window[best] >= FRAME_MIN_FRACTION:
        return low + best
    return expected


def _ink(inner: np.ndarray) -> InkMeasure:
    if inner.size == 0:
        return InkMeasure(0.0, 0.0, 0.0)
    count, _, stats, _ = cv2.connectedComponentsWithStats(inner, connectivity=8)
    kept = stats[1:][stats[1:, cv2.CC_STAT_AREA] >= SPECK_PX] if count > 1 else stats[:0]
    if len(kept) == 0:
        return InkMeasure(0.0, 0.0, 0.0)
    x0 = kept[:, cv2.CC_STAT_LEFT].min()
    y0 = kept[:, cv2.CC_STAT_TOP].min()
    x1 = (kept[:, cv2.CC_STAT_LEFT] + kept[:, cv2.CC_STAT_WIDTH]).max()
    y1 = (kept[:, cv2.CC_STAT_TOP] + kept[:, cv2.CC_STAT_HEIGHT]).max()
    area = float(kept[:, cv2.CC_STAT_AREA].sum()) / PX_PER_MM**2
    return InkMeasure(area, float(x1 - x0) / PX_PER_MM, float(y1 - y0) / PX_PER_MM)


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
