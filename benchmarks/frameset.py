"""Synthetic webcam frames of badges and phone screens, with the payloads each one holds.

The decoder benchmark and the tests share this: every frame is drawn from a seed,
so the set is the same on every machine. Cases cover what a gate camera sees:
printed badges small, tilted, blurred, noisy, dim, under glare and JPEG-compressed;
badges shown on a phone screen (pixel grid -> moire, reflections); frames with no
code at all (including QR-like clutter) and frames with two badges.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

import cv2
import numpy as np
import qrcode
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.badge_token import issue_token

RESOLUTIONS = ((1280, 720), (640, 480))
BENCH_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32))).private_bytes(
    serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
)


@dataclass
class Frame:
    name: str
    case: str
    image: np.ndarray  # BGR, uint8
    payloads: list[str] = field(default_factory=list)


def bench_token(rng: random.Random) -> str:
    """A real badge token (149 characters, QR version 6) for a random 18-digit NIP."""
    nip = f"{rng.randint(1966, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    nip += f"{rng.randint(1990, 2024)}{rng.randint(1, 12):02d}{rng.choice('12')}"
    nip += f"{rng.randint(1, 999):03d}"
    return issue_token(BENCH_KEY, nip, rng.randint(1, 3), date(2024, 9, 1))


def qr_modules(text: str) -> np.ndarray:
    """The QR symbol as 0 (dark) / 255 (light) per module, with the 4-module quiet zone."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return np.where(np.array(code.get_matrix(), dtype=bool), 0, 255).astype(np.uint8)


def qr_image(text: str, module_px: int) -> np.ndarray:
    modules = qr_modules(text)
    return cv2.cvtColor(
        np.kron(modules, np.ones((module_px, module_px), np.uint8)), cv2.COLOR_GRAY2BGR
    )


def badge_card(text: str, rng: random.Random, module_px: int = 6) -> np.ndarray:
    """A printed ID card: coloured band, photo box, name lines, the QR code below."""
    code = qr_image(text, module_px)
    side = code.shape[0]
    height, width = int(side * 1.55), int(side * 1.05)
    card = np.full((height, width, 3), 246, np.uint8)
    band = tuple(int(c) for c in rng.choice([(40, 110, 20), (120, 60, 10), (30, 30, 150)]))
    cv2.rectangle(card, (0, 0), (width, int(side * 0.18)), band, -1)
    cv2.rectangle(
        card,
        (int(width * 0.05), int(side * 0.22)),
        (int(width * 0.3), int(side * 0.45)),
        (150, 150, 160),
        -1,
    )
    for line in range(3):
        y = int(side * (0.26 + 0.07 * line))
        cv2.line(
            card,
            (int(width * 0.36), y),
            (int(width * (0.9 - 0.15 * line)), y),
            (60, 60, 60),
            max(1, side // 60),
        )
    x0 = (width - side) // 2
    card[height - side - int(side * 0.04) : height - int(side * 0.04), x0 : x0 + side] = code
    return card


def phone_screen(text: str, rng: random.Random, module_px: int = 9) -> np.ndarray:
    """A phone showing the badge image: dark bezel, bluish screen, RGB sub-pixel stripes."""
    code = qr_image(text, module_px).astype(np.float32)
    side = code.shape[0]
    screen_h, screen_w = int(side * 1.9), int(side * 1.08)
    screen = np.full((screen_h, screen_w, 3), (250, 244, 238), np.float32)
    y0 = (screen_h - side) // 2
    x0 = (screen_w - side) // 2
    screen[y0 : y0 + side, x0 : x0 + side] = code
    cv2.rectangle(screen, (0, 0), (screen_w, int(side * 0.12)), (90, 90, 90), -1)
    stripes = np.ones_like(screen)
    for channel in range(3):
        stripes[:, channel::3, channel] = 1.0
        stripes[:, (channel + 1) % 3 :: 3, channel] = 0.55
    stripes[1::3, :, :] *= 0.8  # the gaps between pixel rows
    screen *= stripes
    bezel = int(side * 0.08)
    phone = np.full((screen_h + 4 * bezel, screen_w + 2 * bezel, 3), 25, np.float32)
    phone[2 * bezel : 2 * bezel + screen_h, bezel : bezel + screen_w] = screen
    return np.clip(phone, 0, 255).astype(np.uint8)


def background(rng: random.Random, width: int, height: int) -> np.ndarray:
    """An entrance seen by a webcam: a gradient, coloured blobs (people, clothes), mild texture."""
    np_rng = np.random.default_rng(rng.randint(0, 2**31))
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    base = 90 + 60 * (xs / width) + 30 * np.sin(ys / height * 3.1)
    image = np.dstack([base * f for f in (0.9, 1.0, 1.1)])
    for _ in range(8):
        color = [rng.randint(20, 230) for _ in range(3)]
        center = (rng.randint(0, width), rng.randint(0, height))
        axes = (rng.randint(width // 12, width // 4), rng.randint(height // 8, height // 2))
        cv2.ellipse(image, center, axes, rng.randint(0, 180), 0, 360, color, -1)
    texture = cv2.GaussianBlur(np_rng.normal(0, 12, (height, width)).astype(np.float32), (0, 0), 2)
    image += texture[..., None]
    return np.clip(image, 0, 255).astype(np.uint8)


def place(frame: np.ndarray, patch: np.ndarray, spec: Placement) -> None:
    """Warp ``patch`` into ``frame``: scaled to ``spec.size`` px tall, rotated, tilted in depth."""
    h, w = patch.shape[:2]
    scale = spec.size / h
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]]) - [w / 2, h / 2]
    corners *= scale
    tilt = np.tan(np.radians(spec.tilt))
    # Depth tilt around the vertical axis: the far edge shrinks.
    corners[:, 1] *= 1 - tilt * 0.35 * (corners[:, 0] / (w * scale / 2))
    corners[:, 0] *= np.cos(np.radians(spec.tilt))
    angle = np.radians(spec.angle)
    rotation = np.float32([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    corners = corners @ rotation.T + spec.center
    matrix = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [w, 0], [w, h], [0, h]]), corners.astype(np.float32)
    )
    height, width = frame.shape[:2]
    warped = cv2.warpPerspective(patch, matrix, (width, height), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (width, height))
    frame[mask > 127] = warped[mask > 127]


@dataclass(frozen=True)
class Placement:
    size: float
    center: tuple[float, float]
    angle: float = 0.0
    tilt: float = 0.0


def blur(image: np.ndarray, sigma: float) -> np.ndarray:
    return cv2.GaussianBlur(image, (0, 0), sigma)


def motion_blur(image: np.ndarray, length: int) -> np.ndarray:
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1 / length
    return cv2.filter2D(image, -1, kernel)


def noise(image: np.ndarray, sigma: float, rng: random.Random) -> np.ndarray:
    np_rng = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(image + np_rng.normal(0, sigma, image.shape), 0, 255).astype(np.uint8)


def dim(image: np.ndarray, gain: float) -> np.ndarray:
    return np.clip(image.astype(np.float32) * gain, 0, 255).astype(np.uint8)


def glare(
    image: np.ndarray, center: tuple[float, float], radius: float, strength: float
) -> np.ndarray:
    """A specular highlight: a bright blob that washes out part of the code."""
    height, width = image.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    blob = np.exp(-(((xs - center[0]) ** 2 + (ys - center[1]) ** 2) / (2 * radius**2)))
    return np.clip(image + strength * blob[..., None], 0, 255).astype(np.uint8)


def jpeg(image: np.ndarray, quality: int) -> np.ndarray:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_COLOR)


def webcam(image: np.ndarray, rng: random.Random) -> np.ndarray:
    """What every cheap webcam adds: slight softness, sensor noise, JPEG/MJPEG compression."""
    return jpeg(noise(blur(image, 0.6), 3, rng), 85)


Effect = Callable[[np.ndarray, random.Random, Placement], np.ndarray]


def _no_effect(image: np.ndarray, rng: random.Random, spec: Placement) -> np.ndarray:
    return image


# case name -> (relative code size, tilt degrees, effect). Sizes are the badge height as
# a share of the frame height; "small" puts ~2 px on a QR module at 640x480.
BADGE_CASES: dict[str, tuple[float, float, Effect]] = {
    "badge": (0.55, 0, _no_effect),
    "badge-small": (0.26, 0, _no_effect),
    "badge-tilted": (0.5, 40, _no_effect),
    "badge-rotated": (0.5, 0, _no_effect),
    "badge-blurred": (0.55, 0, lambda im, r, s: blur(im, 1.6)),
    "badge-motion": (0.55, 0, lambda im, r, s: motion_blur(im, 7)),
    "badge-noisy": (0.5, 0, lambda im, r, s: noise(im, 28, r)),
    "badge-dim": (0.5, 0, lambda im, r, s: noise(dim(im, 0.22), 4, r)),
    "badge-glare": (
        0.55,
        0,
        lambda im, r, s: glare(
            im, (s.center[0] + s.size * 0.12, s.center[1] + s.size * 0.2), s.size * 0.1, 210
        ),
    ),
    "badge-jpeg": (0.4, 0, lambda im, r, s: jpeg(im, 22)),
}
PHONE_CASES: dict[str, tuple[float, float, Effect]] = {
    "phone": (0.75, 0, _no_effect),
    "phone-small": (0.42, 0, _no_effect),
    "phone-tilted": (0.7, 30, _no_effect),
    "phone-glare": (
        0.75,
        0,
        lambda im, r, s: glare(im, (s.center[0] - s.size * 0.1, s.center[1]), s.size * 0.12, 170),
    ),
    "phone-dim-noisy": (0.7, 0, lambda im, r, s: noise(dim(im, 0.35), 12, r)),
}


def _random_center(rng: random.Random, width: int, height: int, size: float) -> tuple[float, float]:
    margin_x, margin_y = size * 0.45, size * 0.55
    return (
        rng.uniform(margin_x, max(margin_x + 1, width - margin_x)),
        rng.uniform(margin_y, max(margin_y + 1, height - margin_y)),
    )


def code_frame(
    case: str, token: str, resolution: tuple[int, int], rng: random.Random
) -> np.ndarray:
    """One frame of ``case`` holding ``token``."""
    width, height = resolution
    cases = BADGE_CASES | PHONE_CASES
    share, tilt, effect = cases[case]
    patch = phone_screen(token, rng) if case.startswith("phone") else badge_card(token, rng)
    size = share * height
    angle = rng.uniform(-35, 35) if case == "badge-rotated" else rng.uniform(-6, 6)
    spec = Placement(
        size, _random_center(rng, width, height, size), angle, tilt * rng.choice((-1, 1))
    )
    frame = background(rng, width, height)
    place(frame, patch, spec)
    return webcam(effect(frame, rng, spec), rng)


def clutter_frame(resolution: tuple[int, int], rng: random.Random) -> np.ndarray:
    """No code, but things that look like one: checkerboards, text, a card of random modules."""
    width, height = resolution
    frame = background(rng, width, height)
    np_rng = np.random.default_rng(rng.randint(0, 2**31))
    fake = np.where(np_rng.random((41, 41)) > 0.5, 0, 255).astype(np.uint8)
    fake = np.pad(fake, 4, constant_values=255)
    fake_card = cv2.cvtColor(np.kron(fake, np.ones((6, 6), np.uint8)), cv2.COLOR_GRAY2BGR)
    place(
        frame,
        fake_card,
        Placement(
            height * 0.4, _random_center(rng, width, height, height * 0.4), rng.uniform(-10, 10)
        ),
    )
    board = np.kron((np.indices((8, 8)).sum(axis=0) % 2) * 255, np.ones((12, 12))).astype(np.uint8)
    place(
        frame,
        cv2.cvtColor(board, cv2.COLOR_GRAY2BGR),
        Placement(height * 0.25, _random_center(rng, width, height, height * 0.25)),
    )
    for line in range(6):
        y = int(height * (0.1 + 0.05 * line))
        cv2.putText(
            frame, "DAFTAR HADIR APEL 2024", (20, y), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (20, 20, 20), 1
        )
    return webcam(frame, rng)


def two_code_frame(
    tokens: tuple[str, str], resolution: tuple[int, int], rng: random.Random
) -> np.ndarray:
    width, height = resolution
    frame = background(rng, width, height)
    size = height * 0.5
    for index, token in enumerate(tokens):
        center = (width * (0.27 + 0.46 * index), height * 0.5)
        place(frame, badge_card(token, rng), Placement(size, center, rng.uniform(-8, 8)))
    return webcam(frame, rng)


def frame_set(resolution: tuple[int, int], per_case: int = 4, seed: int = 7) -> Iterator[Frame]:
    """Every case ``per_case`` times, plus as many empty and two-code frames."""
    rng = random.Random(seed * 1000 + resolution[0])
    label = f"{resolution[0]}x{resolution[1]}"
    for case in [*BADGE_CASES, *PHONE_CASES]:
        for index in range(per_case):
            token = bench_token(rng)
            image = code_frame(case, token, resolution, rng)
            yield Frame(f"{label}-{case}-{index}", case, image, [token])
    for index in range(per_case * 2):
        yield Frame(f"{label}-no-code-{index}", "no-code", clutter_frame(resolution, rng))
    for index in range(per_case):
        tokens = (bench_token(rng), bench_token(rng))
        image = two_code_frame(tokens, resolution, rng)
        yield Frame(f"{label}-two-codes-{index}", "two-codes", image, list(tokens))
