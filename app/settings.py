"""Every user preference, declared once with its type and default, stored through QSettings.

Upgrade steps run in order when the stored settings are older than ``VERSION``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: Callable[[Any], T]  # a type: str, int, bool
    default: T


STATION_NAME = Setting("station/name", str, "Gerbang 1")
CURRENT_EVENT = Setting("event/current", int, 0)
LANGUAGE = Setting("ui/language", str, "")
CAMERA_INDEX = Setting("gate/camera", int, 0)
CAMERA_RESOLUTION = Setting("gate/resolution", str, "1280x720")
GATE_SOUNDS = Setting("gate/sounds", bool, True)
# Empty: the SQLite file in the data folder; else the shared server (--db and NETRA_DB win).
DATABASE_URL = Setting("database/url", str, "")
# Where older versions kept the gate lock; read once to take such a lock over. The lock
# itself lives in the database (app.services.station_lock_service).
GATE_LOCK = Setting("gate/locked", bool, False)

VERSION = 1
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


class Settings:
    def __init__(self, backend: QSettings) -> None:
        self.backend = backend
        # Called with (key, new value) after a change, so every change can be audited.
        self.listeners: list[Callable[[str, object], None]] = []
        self._upgrade()

    def get(self, setting: Setting[T]) -> T:
        value = self.backend.value(setting.key, setting.default)
        if setting.kind is bool and isinstance(value, str):
            return setting.kind(value.lower() == "true")
        try:
            return setting.kind(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        changed = self.get(setting) != value
        self.backend.setValue(setting.key, value)
        self.backend.sync()
        if changed:
            for listener in self.listeners:
                listener(setting.key, value)

    def _upgrade(self) -> None:
        stored = int(str(self.backend.value("settings/version", 0) or 0))
        for version in range(stored + 1, VERSION + 1):
            step = UPGRADES.get(version)
            if step:
                step(self.backend)
        if stored != VERSION:
            self.backend.setValue("settings/version", VERSION)
