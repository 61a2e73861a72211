"""One PNG per person: the badge's QR code with name and number, for sending to phones.

Many employees show the code on a phone screen at the gate, so the image is
large, high in contrast, and named so HR can find each person's file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from app.paths import resource
from app.reports.fonts import FILES, SANS, SANS_BOLD, font_runs
from app.reports.qr_matrix import QUIET_ZONE, qr_matrix

MODULE_PIXELS = 12
CAPTION_HEIGHT = 150
MAX_FILE_NAME = 80


@dataclass(frozen=True)
class BadgeImage:
    file_id: str  # what the file name starts with: the NIP, never a whole NIK
    plain_name: str  # for the file name
    caption: list[str]  # lines under the code: name with titles, grouped NIP, unit
    token: str


def file_name(file_id: str, plain_name: str) -> str:
    """``199001012015031001_Siti_Aminah.png``: safe on Windows, sorted by NIP."""
    words = re.sub(r"[^0-9A-Za-z]+", "_", plain_name).strip("_")
    return f"{file_id}_{words}"[:MAX_FILE_NAME] + ".png"


@lru_cache(maxsize=32)
def _font(face: str, size: int) -> ImageFont.FreeTypeFont:
    # BASIC layout: the runs come already joined and in visual order (see ``fonts``).
    path = str(resource("fonts", FILES[face]))
    return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.BASIC)


def _runs_width(draw: ImageDraw.ImageDraw, runs: list[tuple[str, str]], size: int) -> float:
    return sum(draw.textlength(piece, font=_font(face, size)) for piece, face in runs)


def _draw_centred(
    draw: ImageDraw.ImageDraw, text: str, base: str, size: int, box: tuple[int, int]
) -> None:
    """One caption line in the bundled fonts, a fallback font per run, cut to the width."""
    width, top = box
    runs = list(font_runs(text, base))
    while _runs_width(draw, runs, size) > width - 40 and len(text) > 4:
        text = text[:-2] + "…"
        runs = list(font_runs(text, base))
    x = (width - _runs_width(draw, runs, size)) / 2
    for piece, face in runs:
        draw.text((x, top + size), piece, fill=0, font=_font(face, size), anchor="ls")
        x += draw.textlength(piece, font=_font(face, size))


def render_badge_image(badge: BadgeImage) -> Image.Image:
    matrix = qr_matrix(badge.token)
    padded = np.pad(matrix, QUIET_ZONE, constant_values=False)
    pixels = np.where(padded, 0, 255).astype(np.uint8)
    code = Image.fromarray(pixels, "L").resize(
        (padded.shape[1] * MODULE_PIXELS, padded.shape[0] * MODULE_PIXELS), Image.Resampling.NEAREST
    )
    image = Image.new("L", (code.width, code.height + CAPTION_HEIGHT), 255)
    image.paste(code, (0, 0))
    draw = ImageDraw.Draw(image)
    sizes = (34, 30, 26)
    top = code.height - MODULE_PIXELS * 2
    for index, line in enumerate(badge.caption[:3]):
        _draw_centred(
            draw, line, SANS_BOLD if index == 0 else SANS, sizes[index], (image.width, top)
        )
        top += sizes[index] + 14
    return image


def write_badge_images(badges: list[BadgeImage], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for badge in badges:
        path = folder / file_name(badge.file_id, badge.plain_name)
        render_badge_image(badge).save(path, optimize=True)
        written.append(path)
    return written
