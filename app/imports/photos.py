"""Portrait photos for badges: checked and made small before they are stored.

A camera photo of several megabytes would make a 10,000-badge PDF enormous, so
each is cut to a 3:4 portrait and scaled down to what a card prints at 300 dpi.
"""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

from app.core.refusals import Refusal, Refused

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
PHOTO_SIZE = (240, 320)  # 3:4, about 20 x 27 mm at 300 dpi
MAX_PHOTO_BYTES = 20 * 1024 * 1024


class PhotoError(Exception):
    """The data is not a usable picture; ``refusal`` says why."""

    def __init__(self, refusal: Refused) -> None:
        super().__init__(refusal)
        self.refusal = refusal


def prepare_photo(data: bytes) -> bytes:
    """A 3:4 JPEG of at most ``PHOTO_SIZE``, cropped around the centre."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(Refused(Refusal.PHOTO_OVER_20MB))
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            image = opened.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise PhotoError(Refused(Refusal.PHOTO_NOT_IMAGE)) from error
    width, height = image.size
    wanted_width = min(width, height * 3 // 4)
    wanted_height = min(height, width * 4 // 3)
    left, top = (width - wanted_width) // 2, (height - wanted_height) // 2
    image = image.crop((left, top, left + wanted_width, top + wanted_height))
    image.thumbnail(PHOTO_SIZE, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()
