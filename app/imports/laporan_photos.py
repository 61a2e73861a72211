"""Documentation photos HR brings in: checked whole before anything is kept, and a smaller
copy for print (the original file is kept as it came)."""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from app.core.refusals import Refusal, Refused

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
MAX_PHOTO_BYTES = 40 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a 60-megapixel camera; more is a crafted file
PRINT_LONG_SIDE = 1600  # about 200 dpi across a half A4 page


@dataclass(frozen=True)
class CheckedPhoto:
    data: bytes
    sha256: str
    suffix: str  # .jpg or .png, as the content is
    width: int
    height: int


def check_photo(name: str, data: bytes) -> CheckedPhoto | Refused:
    """The photo when it decodes whole; else the Indonesian reason naming the file."""
    if len(data) > MAX_PHOTO_BYTES:
        return Refused(Refusal.PHOTO_TOO_LARGE, name=name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as opened:
                kind = opened.format
                width, height = opened.size
                if width * height > MAX_PIXELS:
                    return Refused(
                        Refusal.TOO_MANY_PIXELS, name=name, pixels=width * height // 1_000_000
                    )
                opened.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Refused(Refusal.NOT_AN_IMAGE, name=name)
    except (OSError, ValueError, SyntaxError):
        return Refused(Refusal.IMAGE_TRUNCATED, name=name)
    if kind not in ("JPEG", "PNG"):
        return Refused(Refusal.NOT_AN_IMAGE, name=name)
    oriented = _oriented_size(data, (width, height))
    return CheckedPhoto(
        data, hashlib.sha256(data).hexdigest(), ".jpg" if kind == "JPEG" else ".png", *oriented
    )


def _oriented_size(data: bytes, size: tuple[int, int]) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as opened:
        orientation = opened.getexif().get(0x0112, 1)
    return (size[1], size[0]) if orientation in (5, 6, 7, 8) else size


def print_copy(data: bytes) -> tuple[bytes, int, int]:
    """A JPEG of at most ``PRINT_LONG_SIDE`` pixels, turned upright; with its size."""
    with Image.open(io.BytesIO(data)) as opened:
        opened.draft("RGB", (PRINT_LONG_SIDE, PRINT_LONG_SIDE))  # JPEG decodes smaller: faster
        image = ImageOps.exif_transpose(opened).convert("RGB")
    image.thumbnail((PRINT_LONG_SIDE, PRINT_LONG_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82)
    return out.getvalue(), image.width, image.height
