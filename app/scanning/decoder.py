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

import cv2
import numpy as np
import zxingcpp

QR = zxingcpp.BarcodeFormat.QRCode
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


def _read(gray: np.ndarray) -> list[str]:
    return [code.text for code in _codes(gray) if code.valid]


def _global_threshold(gray: np.ndarray) -> list[str]:
    # Without the inverted and downscaled retries: those gained nothing on the frame set
    # and would cost every frame without a code (benchmarks/decoders.py).
    codes = zxingcpp.read_barcodes(
        gray, formats=QR, try_rotate=False, try_invert=False, try_downscale=False,
        binarizer=zxingcpp.Binarizer.GlobalHistogram,
    )  # fmt: skip
    return [code.text for code in codes]


def _second_look(gray: np.ndarray) -> list[str]:
    factor = 3 if gray.shape[1] < SMALL_FRAME_WIDTH else 2
    enlarged = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    return _read(enlarged) or _read(_sharpen(enlarged))


def decode_frame(frame: np.ndarray) -> list[str]:
    """Every QR payload in a BGR, BGRA or grey frame, each once, in reading order."""
    gray = to_gray(frame)
    codes = _codes(gray)
    found = [code.text for code in codes if code.valid]
    if not found:
        found = _global_threshold(gray)
    if len(found) < len(codes):
        found.extend(_second_look(gray))
    return list(dict.fromkeys(found))
