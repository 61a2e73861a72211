"""The supervisor PIN: set it, change it, check it. Any guarded action goes through here."""

from __future__ import annotations

from app.core.admin_pin import PinCheck, check_pin, new_record, pin_problem
from app.core.clock import Clock
from app.core.errors import FieldError
from app.services.event_service import Invalid, Saved
from app.store import audit_repo, pins_repo
from app.store.store import Store

SUPERVISOR = "supervisor"
ADMIN = "admin"  # unlocks a gate station locked to the gate view


class PinService:
    def __init__(self, store: Store, clock: Clock, actor: str, name: str = SUPERVISOR) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.name = name

    def is_set(self) -> bool:
        return pins_repo.get(self.name) is not None

    def set_pin(self, new_pin: str, current_pin: str = "") -> Saved | Invalid | PinCheck:
        """Create the PIN, or change it when ``current_pin`` is right; refusals are values."""
        problem = pin_problem(new_pin)
        if problem:
            return Invalid([FieldError("pin", problem)])
        with self.store.write():
            if pins_repo.get(self.name) is not None:
                check = self.check_within_transaction(current_pin)
                if not check.accepted:
                    return check
            pins_repo.save(self.name, new_record(new_pin), self.clock.now())
            audit_repo.append(self.actor, "pin.set", "admin_pin", self.name, self.clock.now())
        return Saved(0)

    def check(self, pin: str) -> PinCheck:
        with self.store.write():
            return self.check_within_transaction(pin)

    def check_within_transaction(self, pin: str) -> PinCheck:
        """Check and store the updated wrong-try count; call inside a ``store.write()``."""
        now = self.clock.now()
        result = check_pin(pins_repo.get(self.name), pin, now)
        if result.record is not None:
            pins_repo.save(self.name, result.record, now)
        if not result.accepted:
            audit_repo.append(
                self.actor, "pin.refused", "admin_pin", self.name, now, None,
                {"verdict": result.verdict.value},
            )  # fmt: skip
        return result
