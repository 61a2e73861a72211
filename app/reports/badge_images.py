"""One PNG per person: the badge's QR code with name and number, for sending to phones.

Many employees show the code on a phone screen at the gate, so the image is
large, high in contrast, and named so HR can find each person's file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from app.reports.qr_matrix import QUIET_ZONE, qr_matrix

MODULE_PIXELS = 12
CAPTION_HEIGHT = 150
MAX_FILE_NAME = 80


@dataclass(frozen=True)
class BadgeImage:
    id_number: str
    plain_name: str  # for the file name
    caption: list[str]  # lines under the code: name with titles, grouped NIP, unit
    token: str


def file_name(id_number: str, plain_name: str) -> str:
    """``199001012015031001_Siti_Aminah.png``: safe on Windows, sorted by NIP."""
    words = re.sub(r"[^0-9A-Za-z]+", "_", plain_name).strip("_")
    return f"{id_number}_{words}"[:MAX_FILE_NAME] + ".png"


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
        font = ImageFont.load_default(size=sizes[index])
        while draw.textlength(line, font=font) > image.width - 40 and len(line) > 4:
            line = line[:-2] + "…"
        draw.text((image.width / 2, top), line, fill=0, font=font, anchor="mt")
        top += sizes[index] + 14
    return image


def write_badge_images(badges: list[BadgeImage], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for badge in badges:
        path = folder / file_name(badge.id_number, badge.plain_name)
        render_badge_image(badge).save(path, optimize=True)
        written.append(path)
    return written
