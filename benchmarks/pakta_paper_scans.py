"""Scanned pakta sheets made from the real printed PDF: signatures of varied size and
pressure, empty boxes, boxes with only a dot, scanner noise, skew, pages upside down, JPEG
compression at 150 or 300 dpi, and phone photos in perspective.

Used by ``benchmarks/pakta_paper.py`` and by the tests, so both judge the scanner on the
same kind of page.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np
import pypdfium2 as pdfium

from app.core.pakta_paper import SIGNATURE_BOX


class Ink(StrEnum):
    SIGNED = "signed"
    EMPTY = "empty"
    DOT = "dot"


@dataclass(frozen=True)
class Degradation:
    dpi: int = 200
    skew_deg: float = 0.0
    upside_down: bool = False
    noise: float = 6.0  # grey-level sigma of the sensor noise
    jpeg_quality: int = 80
    phone: bool = False  # a photo in perspective, in colour, unevenly lit


def render_pages(pdf: bytes, dpi: int) -> Iterator[np.ndarray]:
    """The PDF's pages as grey images, one at a time."""
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = bitmap.to_numpy()
            image = image[:, :, 0].copy() if image.ndim == 3 else image.copy()
            bitmap.close()
            page.close()
            yield image
    finally:
        document.close()


def box_pixels(dpi: int) -> tuple[int, int, int, int]:
    left, top, width, height = (v * dpi / 25.4 for v in SIGNATURE_BOX)
    return round(left), round(top), round(width), round(height)


def draw_ink(page: np.ndarray, ink: Ink, dpi: int, rng: random.Random) -> np.ndarray:
    """Ink in the page's signature box, as a pen leaves it."""
    page = page.copy()
    left, top, width, height = box_pixels(dpi)
    px_per_mm = dpi / 25.4
    if ink is Ink.DOT:
        x = left + rng.uniform(0.15, 0.85) * width
        y = top + rng.uniform(0.2, 0.8) * height
        radius = max(1, round(rng.uniform(0.3, 0.9) * px_per_mm))
        cv2.circle(page, (round(x), round(y)), radius, rng.randint(20, 90), -1, cv2.LINE_AA)
    elif ink is Ink.SIGNED:
        _draw_signature(page, (left, top, width, height), px_per_mm, rng)
    return page


def _draw_signature(
    page: np.ndarray, box: tuple[int, int, int, int], px_per_mm: float, rng: random.Random
) -> None:
    left, top, width, height = box
    span = rng.uniform(0.18, 0.8) * width  # a short paraf to a sweeping signature
    tall = rng.uniform(0.25, 0.7) * height
    x0 = left + rng.uniform(0.05, 0.95 - span / width) * width
    y_mid = top + rng.uniform(0.35, 0.65) * height
    grey = rng.randint(10, 150)  # heavy ballpoint to a light touch
    thickness = max(1, round(rng.uniform(0.25, 0.7) * px_per_mm))
    points = []
    steps = 120
    loops = rng.uniform(2, 6)
    phase = rng.uniform(0, 6.3)
    for i in range(steps):
        t = i / (steps - 1)
        x = x0 + t * span + 0.08 * span * np.sin(loops * 6.28 * t + phase)
        y = y_mid + 0.5 * tall * np.sin(loops * 3.14 * t + phase) * np.cos(1.7 * t)
        points.append((round(x), round(y)))
    cv2.polylines(page, [np.array(points, dtype=np.int32)], False, grey, thickness, cv2.LINE_AA)
    if rng.random() < 0.6:  # an underline or a flourish
        y = round(y_mid + 0.45 * tall)
        end = round(x0 + span * rng.uniform(0.5, 1.0))
        cv2.line(page, (round(x0), y), (end, y + rng.randint(-8, 8)), grey, thickness, cv2.LINE_AA)


def degrade(page: np.ndarray, how: Degradation, rng: random.Random) -> bytes:
    """The page as a scanner or a phone would hand it over, JPEG-encoded."""
    image = page
    if how.phone:
        image = _phone_photo(image, rng)
    else:
        image = _skew(image, how.skew_deg)
        if how.upside_down:
            image = cv2.rotate(image, cv2.ROTATE_180)
    noise = np.empty(image.shape, np.int16)  # cv2's generator: ten times numpy's speed here
    cv2.setRNGSeed(rng.randint(0, 2**31))
    cv2.randn(noise, 0, how.noise)
    image = np.clip(noise + image, 0, 255).astype(np.uint8)
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, how.jpeg_quality])
    assert ok
    return encoded.tobytes()


def _skew(image: np.ndarray, degrees: float) -> np.ndarray:
    if not degrees:
        return image
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), borderValue=235)


def _phone_photo(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """The sheet lying on a desk, shot from above at a slant: perspective, a darker desk
    around it, light falling off towards one side, a warm colour cast."""
    h, w = page.shape[:2]
    pad = round(0.12 * w)
    out_w, out_h = w + 2 * pad, h + 2 * pad
    j = 0.06 * w
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    target = np.float32(
        [
            [pad + rng.uniform(0, j), pad + rng.uniform(0, j)],
            [pad + w - rng.uniform(0, j), pad + rng.uniform(0, j)],
            [pad + w - rng.uniform(0, j / 2), pad + h - rng.uniform(0, j / 2)],
            [pad + rng.uniform(0, j / 2), pad + h - rng.uniform(0, j / 2)],
        ]
    )
    matrix = cv2.getPerspectiveTransform(corners, target)
    grey = cv2.warpPerspective(page, matrix, (out_w, out_h), borderValue=90)
    ramp = np.linspace(rng.uniform(0.75, 0.9), 1.0, out_w, dtype=np.float32)[None, :]
    lit = (grey * ramp).astype(np.uint8)  # one grey float copy, not three colour ones
    warm = [cv2.convertScaleAbs(lit, alpha=a) for a in (0.88, 0.96, 1.0)]  # B, G, R
    colour = cv2.merge(warm)
    if rng.random() < 0.5:
        colour = cv2.rotate(colour, cv2.ROTATE_180)
    return colour
