"""QR code modules for badges, at error correction M, computed by zxing-cpp's encoder.

A token of digits and capitals is encoded in the compact alphanumeric mode, so an
18-digit NIP's token fits version 6. The matrix is drawn by the callers as vector
rectangles (PDF) or scaled pixels (PNG), so it stays crisp at any size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import zxingcpp

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_matrix(text: str) -> np.ndarray:
    """A square boolean array, True for a dark module, without the quiet zone."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    return np.asarray(barcode.to_image(scale=1, add_quiet_zones=False)) < 128


def qr_version(matrix: np.ndarray) -> int:
    return (matrix.shape[0] - 17) // 4


def dark_runs(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows, first columns and lengths of every horizontal run of dark modules."""
    padded = np.zeros((matrix.shape[0], matrix.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = matrix
    edges = np.diff(padded, axis=1)
    rows, starts = np.nonzero(edges == 1)
    _, ends = np.nonzero(edges == -1)
    return rows, starts, ends - starts


def qr_operators(text: str, origin: tuple[float, float], size: float) -> str:
    """The code, quiet zone included in ``size``, as PDF operators: one filled path of run
    rectangles in module units, with its lower-left corner at ``origin`` (points). Plain
    text, so badge workers can prepare it in other processes."""
    matrix = qr_matrix(text)
    count = matrix.shape[0]
    module = size / (count + 2 * QUIET_ZONE)
    x = origin[0] + QUIET_ZONE * module
    y = origin[1] + QUIET_ZONE * module
    rows, columns, lengths = dark_runs(matrix)
    numbers = np.column_stack([columns, count - 1 - rows, lengths]).ravel().tolist()
    rectangles = ("%d %d %d 1 re " * len(lengths) % tuple(numbers))[:-1]  # one C-level format
    return f"q 0 g {module:.4f} 0 0 {module:.4f} {x:.3f} {y:.3f} cm {rectangles} f Q"


def draw_qr(canvas: Canvas, text: str, origin: tuple[float, float], size: float) -> None:
    canvas.addLiteral(qr_operators(text, origin, size))
