"""Reading QR codes from camera frames: the one function the gate, ``netra decode`` and
``netra replay`` all use.

Chosen by measurement (``benchmarks/decoders.py``, table in the README): zxing-cpp reads a
720p frame in about a millisecond and finds more codes than OpenCV's detectors, which
take 10 to 40 times as long. A first pass runs zxing-cpp on the whole grey frame. When it
reads nothing, the same pixels go through zxing-cpp's GlobalHistogram binarizer once (one
threshold for the frame instead of local averages: it reads some small phone screens the
first pass does not even see, for a fraction of a millisecond). When the first pass saw a
QR symbol it could not read (a small or soft code, a phone screen's moire), a last pass
enlarges the frame two or three times and tries again, plain and then sharpened. Frames
read at once pay for nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import zxingcpp

# One format, which read_barcodes takes as the set of it: its stub lists only the set, and a
# module-level set would outlive the interpreter's clean-up and be reported as leaked.
QR: Any = zxingcpp.BarcodeFormat.QRCode
# The second pass enlarges the frame so a QR module spans a few more pixels; small
# frames more, large ones less, so it stays within a few milliseconds.
SMALL_FRAME_WIDTH = 960


def to_gray(frame: np.ndarray) -> np.ndarray:
    if frame.ndim == 2:
        return frame
    code = cv2.COLOR_BGRA2GRAY if frame.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return cv2.cvtColor(frame, code)


def _sharpen(gray: np.ndarray) -> np.ndarray:
    soft = cv2.GaussianBlur(gray, (0, 0), 1.5)
    return cv2.addWeighted(gray, 2.0, soft, -1.0, 0)


def _codes(gray: np.ndarray) -> list[zxingcpp.Barcode]:
    # QR finder patterns are found at any angle; the extra 90-degree pass is for 1-D codes.
    return zxingcpp.read_barcodes(gray, formats=QR, try_rotate=False, return_errors=True)


def _global_threshold(gray: np.ndarray) -> list[zxingcpp.Barcode]:
    # Without the inverted and downscaled retries: those gained nothing on the frame set
    # and would cost every frame without a code (benchmarks/decoders.py).
    codes = zxingcpp.read_barcodes(
        gray, formats=QR, try_rotate=False, try_invert=False, try_downscale=False,
        binarizer=zxingcpp.Binarizer.GlobalHistogram,
    )  # fmt: skip
    return [code for code in codes if code.valid]


def _second_look(gray: np.ndarray) -> tuple[list[zxingcpp.Barcode], int]:
    """Valid codes of the enlarged frame, and the factor it was enlarged by."""
    factor = 3 if gray.shape[1] < SMALL_FRAME_WIDTH else 2
    enlarged = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    for image in (enlarged, _sharpen(enlarged)):
        found = [code for code in _codes(image) if code.valid]
        if found:
            return found, factor
    return [], factor


def _read_codes(gray: np.ndarray) -> list[tuple[zxingcpp.Barcode, int]]:
    codes = _codes(gray)
    found = [(code, 1) for code in codes if code.valid]
    if not found:
        found = [(code, 1) for code in _global_threshold(gray)]
    if len(found) < len(codes):
        more, factor = _second_look(gray)
        found.extend((code, factor) for code in more)
    return found


def decode_frame(frame: np.ndarray) -> list[str]:
    """Every QR payload in a BGR, BGRA or grey frame, each once, in reading order."""
    return list(dict.fromkeys(code.text for code, _ in _read_codes(to_gray(frame))))


@dataclass(frozen=True)
class LocatedCode:
    """A QR payload and the outer corners of its symbol in frame pixels, in the symbol's own
    order (top-left, top-right, bottom-right, bottom-left), so an upside-down code says so."""

    text: str
    corners: np.ndarray  # 4 x 2 float32


def locate_codes(frame: np.ndarray) -> list[LocatedCode]:
    """Like ``decode_frame``, with where each code lies and which way it faces."""
    located = []
    for code, factor in _read_codes(to_gray(frame)):
        p = code.position
        points = [p.top_left, p.top_right, p.bottom_right, p.bottom_left]
        corners = np.array([(q.x, q.y) for q in points], dtype=np.float32) / factor
        located.append(LocatedCode(code.text, corners))
    return located
