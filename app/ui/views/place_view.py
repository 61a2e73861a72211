"""What the main window asks of each place (view), whatever the place is."""

from __future__ import annotations

from typing import Protocol

from app.core.events import Event


class PlaceView(Protocol):
    def set_event(self, event: Event | None) -> None:
        """Show ``event`` (None: there is none yet)."""

    def set_locked(self, locked: bool) -> None:
        """The station was locked to the gate (True), or unlocked."""

    def leave(self) -> None:
        """The user chose another place."""

    def shutdown(self) -> None:
        """The window closes: stop what runs, let the work under way finish."""


class PlaceDefaults:
    """The answers of a place that neither locks nor runs anything of its own."""

    def set_locked(self, locked: bool) -> None:
        return None

    def leave(self) -> None:
        return None

    def shutdown(self) -> None:
        return None
