"""Frames in, new badge payloads out: the capture-decode step shared by the gate camera
and ``netra replay``."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.scanning.decoder import decode_frame
from app.scanning.repeat_filter import CAMERA_HOLD_SECONDS, RepeatFilter

Decoder = Callable[[np.ndarray], list[str]]


class ScanPipeline:
    def __init__(self, decoder: Decoder = decode_frame, hold: float = CAMERA_HOLD_SECONDS) -> None:
        self.decoder = decoder
        self.repeats = RepeatFilter(hold)

    def process(self, image: np.ndarray, at: float) -> list[str]:
        """Payloads in this frame that were not already in view moments ago."""
        return [payload for payload in self.decoder(image) if self.repeats.admit(payload, at)]
