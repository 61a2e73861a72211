"""The look of the audience screen for one event: colours, font, optional background image."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.errors import FieldError
from app.core.events import JPEG_MAGIC, PNG_MAGIC
from app.core.refusals import Refusal, Refused

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
FONTS = ("Noto Sans", "Noto Serif")
# Read from the back of a hall on a washed-out projector: well above WCAG's 4.5.
MIN_CONTRAST = 7.0


@dataclass(frozen=True)
class Theme:
    background: str = "#0b3d2e"
    text: str = "#ffffff"
    highlight: str = "#ffd54a"
    dim: str = "#8fb5a6"
    font: str = "Noto Sans"
    background_image: bytes | None = None


THEME_PRESETS: dict[str, Theme] = {
    "Hijau pemerintahan": Theme(),
    "Biru malam": Theme(background="#0d1b3e", highlight="#ffd54a", dim="#8c9bc0"),
    "Merah putih": Theme(background="#7a0c12", highlight="#ffe08a", dim="#d7a3a6"),
    "Hitam": Theme(background="#000000", highlight="#ffd54a", dim="#8a8a8a"),
    "Putih (ruang terang)": Theme(
        background="#ffffff", text="#111111", highlight="#8a1c1c", dim="#8a8a8a"
    ),
}


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio between two ``#rrggbb`` colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def validate_theme(theme: Theme) -> list[FieldError]:
    errors: list[FieldError] = []
    colours = {
        "latar": theme.background,
        "teks": theme.text,
        "sorotan": theme.highlight,
        "redup": theme.dim,
    }
    for name, colour in colours.items():
        if not HEX_COLOUR.match(colour):
            errors.append(FieldError(name, Refused(Refusal.COLOUR_FORM, name=name)))
    if errors:
        return errors
    for name in ("teks", "sorotan"):
        ratio = contrast(colours[name], theme.background)
        if ratio < MIN_CONTRAST:
            errors.append(
                FieldError(
                    name,
                    Refused(
                        Refusal.LOW_CONTRAST,
                        name=name,
                        ratio=f"{ratio:.1f}".replace(".", ","),
                        minimum=f"{MIN_CONTRAST:.0f}",
                    ),
                )
            )
    if theme.font not in FONTS:
        errors.append(FieldError("huruf", Refused(Refusal.FONT_UNKNOWN, fonts=", ".join(FONTS))))
    image = theme.background_image
    if image is not None and not image.startswith((PNG_MAGIC, JPEG_MAGIC)):
        errors.append(FieldError("gambar_latar", Refused(Refusal.BACKGROUND_NOT_IMAGE)))
    return errors
