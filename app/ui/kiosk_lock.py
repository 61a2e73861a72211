"""Locking a gate station to the gate view (kiosk), kept across restarts in the database.

While locked, leaving the gate, switching events, backup and restore, the language,
closing Netra and the gate's own settings need the admin PIN (``PinService`` named
"admin": scrypt, never stored in clear, five wrong tries lock it for a while). Leaving the
gate with the PIN unlocks the station; the other actions are allowed once and the lock
stays. The lock is an entry in the audit trail (``StationLockService``), so editing the
settings file does not lift it; a lock an older version kept there is taken over once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.core.admin_pin import PinCheck
from app.services.container import Services
from app.settings import GATE_LOCK, Settings
from app.ui.dialogs.admin_pin_dialog import AdminPinDialog
from app.ui.workers.task_runner import Pool


class KioskLock(QObject):
    lock_changed = Signal(bool)

    def __init__(
        self, services: Services, settings: Settings, parent: QWidget, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.pool = pool  # the PIN dialog checks the PIN in it, off the UI thread
        self.services = services
        self.settings = settings
        self.window = parent
        self.dialog: AdminPinDialog | None = None  # the open one, for tests and screenshots
        if settings.get(GATE_LOCK):
            services.station_lock.adopt_settings_lock(services.station)

    @property
    def locked(self) -> bool:
        return self.services.station_lock.is_locked(self.services.station)

    def lock(self) -> bool:
        """Lock, creating the admin PIN first when there is none (else nobody could unlock)."""
        if self.locked:
            return True
        if not self.services.admin_pins.is_set() and not self._ask(
            self.tr("Gerbang akan dikunci. Untuk membukanya nanti diperlukan PIN admin.")
        ):
            return False
        if not self.services.station_lock.lock(self.services.station):
            return False
        self.lock_changed.emit(True)
        return True

    def unlock(self) -> bool:
        if not self.locked:
            return True
        station = self.services.station
        if not self._ask(
            self.tr("Buka kunci gerbang: masukkan PIN admin."),
            lambda pin: self.services.station_lock.unlock(station, pin),
        ):
            return False
        self.lock_changed.emit(False)
        return True

    def allow(self, action: str) -> bool:
        """True when unlocked, or when the admin PIN is given for this one ``action``."""
        if not self.locked:
            return True
        return self._ask(self.tr("Gerbang terkunci. {action} memerlukan PIN admin.").format(
            action=action
        ))  # fmt: skip

    def _ask(self, purpose: str, check: Callable[[str], PinCheck] | None = None) -> bool:
        self.dialog = AdminPinDialog(
            self.services.admin_pins, purpose, self.window, check, self.pool
        )
        try:
            return self.dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.dialog.deleteLater()
            self.dialog = None
