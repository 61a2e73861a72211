"""Drop repeated reads of the same code: a badge held in front of the camera for seconds
is decoded in every frame, and some scanners send a code twice.

A payload passes when it has not been seen for ``hold`` seconds; every sighting,
passed or not, restarts that time, so a badge that stays in view passes once.
"""

from __future__ import annotations

CAMERA_HOLD_SECONDS = 2.0
SCANNER_HOLD_SECONDS = 1.5


class RepeatFilter:
    def __init__(self, hold: float) -> None:
        self.hold = hold
        self._last_seen: dict[str, float] = {}

    def admit(self, payload: str, now: float) -> bool:
        """True for a new sighting; ``now`` in seconds on any steady clock."""
        last = self._last_seen.get(payload)
        self._last_seen[payload] = now
        if len(self._last_seen) > 64:
            self._forget_before(now - self.hold)
        return last is None or not 0 <= now - last <= self.hold

    def _forget_before(self, moment: float) -> None:
        self._last_seen = {p: t for p, t in self._last_seen.items() if t >= moment}
