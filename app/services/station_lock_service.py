"""Locking a station to the gate view. The state lives in the database as audit entries
(``station.lock`` / ``station.unlock``), not in the settings file: editing a file on the
laptop does not lift it, and every change is in the audit trail.

A station is locked when its own name is, or when a lock was taken by the station that
holds its key (so renaming the station in the settings file does not lift it on a shared
server); on a station's own SQLite file, any lock entry locks it.
While any station of a database is locked, every command that changes data there asks
for the admin PIN (``app.cli.lock_guard``).
"""

from __future__ import annotations

from app.core.admin_pin import PinCheck
from app.core.clock import Clock
from app.services.auditor import Auditor
from app.services.pin_service import PinService
from app.store.database import is_postgresql
from app.store.store import Store


class StationLockService:
    def __init__(
        self, store: Store, clock: Clock, actor: str, admin_pins: PinService, fingerprint: str
    ) -> None:
        """``fingerprint``: this station's key, named in its lock entries."""
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)
        self.admin_pins = admin_pins
        self.fingerprint = fingerprint

    def is_locked(self, station: str) -> bool:
        locked = self.store.station_lock.locked_stations()
        if station in locked or self.store.station_lock.locked_by_key(self.fingerprint):
            return True
        return bool(locked) and not self._shared()

    def locked_stations(self) -> list[str]:
        return self.store.station_lock.locked_stations()

    def lock(self, station: str) -> bool:
        """Lock; refused (False) while there is no admin PIN, or nobody could unlock."""
        if not self.admin_pins.is_set():
            return False
        with self.store.write():
            if not self.is_locked(station):
                self._append(self.store.station_lock.LOCK, station)
        return True

    def unlock(self, station: str, pin: str) -> PinCheck:
        with self.store.write():
            check = self.admin_pins.check_within_transaction(pin)
            if check.accepted:
                locked = self.store.station_lock.locked_stations()
                mine = [station, *self.store.station_lock.locked_by_key(self.fingerprint)]
                lifted = mine if self._shared() else locked
                for name in (n for n in locked if n in lifted):
                    self._append(self.store.station_lock.UNLOCK, name)
        return check

    def _shared(self) -> bool:
        """A shared server: each gate has its own lock."""
        return is_postgresql(self.store.db)

    def adopt_settings_lock(self, station: str) -> None:
        """A station locked by an older version (in its settings file) stays locked, once;
        after that only the database decides."""
        if not self.store.station_lock.ever_locked(station):
            self.lock(station)

    def _append(self, action: str, station: str) -> None:
        self.audit.record(
            action, self.store.station_lock.ENTITY, station, None, {"fingerprint": self.fingerprint}
        )
