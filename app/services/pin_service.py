"""The supervisor and admin PINs: set, change, check, recover. Any guarded action goes
through here.

Every record set is sealed in the audit trail (``record_seal``): a row swapped for one
with another PIN is refused (``TAMPERED``), and a deleted row does not make room for a
new PIN (``REMOVED``): only a recovery code signed with the organisation's private key
(``app.core.pin_recovery``) sets one again.
"""

from __future__ import annotations

from app.core.admin_pin import (
    PinCheck,
    PinRecord,
    PinVerdict,
    check_pin,
    new_record,
    pin_problem,
    record_seal,
)
from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.pin_recovery import recovery_request, recovery_valid, sign_recovery
from app.core.refusals import Refusal, Refused
from app.services.auditor import Auditor
from app.services.event_service import Invalid, Saved
from app.store.store import Store

SUPERVISOR = "supervisor"
ADMIN = "admin"  # unlocks a gate station locked to the gate view
NOT_COUNTED = (PinVerdict.ACCEPTED, PinVerdict.MUST_CHANGE)


class PinService:
    def __init__(self, store: Store, clock: Clock, actor: str, name: str = SUPERVISOR) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)
        self.name = name

    def is_set(self) -> bool:
        """True once a PIN was set here, even if its row has since been deleted."""
        return (
            self.store.pins.get(self.name) is not None
            or self.store.pins.last_setting(self.name) is not None
        )

    def set_pin(self, new_pin: str, current_pin: str = "") -> Saved | Invalid | PinCheck:
        """Create the PIN, or change it when ``current_pin`` is right (a too-short old PIN
        is good for this); refusals are values."""
        problem = pin_problem(new_pin)
        if problem:
            return Invalid([FieldError("pin", problem)])
        with self.store.write():
            broken = self._broken_record()
            if broken is not None:
                self._refused(broken)
                return broken
            if self.store.pins.get(self.name) is not None:
                check = self.check_within_transaction(current_pin)
                if check.verdict not in NOT_COUNTED:
                    return check
            self._keep(new_record(new_pin), "pin.set")
        return Saved(0)

    def check(self, pin: str) -> PinCheck:
        with self.store.write():
            return self.check_within_transaction(pin)

    def check_within_transaction(self, pin: str) -> PinCheck:
        """Check and store the updated wrong-try count; call inside a ``store.write()``."""
        broken = self._broken_record()
        if broken is not None:
            self._refused(broken)
            return broken
        now = self.clock.now()
        stored = self.store.pins.get(self.name)
        result = check_pin(stored, pin, now)
        if result.record is not None and stored is not None:
            if result.record.digest != stored.digest:
                self._keep(result.record, "pin.set", {"reason": "scrypt cost raised"})
            else:
                self.store.pins.save(self.name, result.record, now)
        if result.verdict not in NOT_COUNTED:
            self._refused(result)
        return result

    # -- recovery --------------------------------------------------------------------------

    def recovery_request(self) -> str:
        trail = self.store.pins.last_setting(self.name)
        return recovery_request(self.name, trail.entry_hash if trail else "")

    def recovery_code(self, organisation_id: int, request: str) -> str | Invalid:
        """HR's answer to a station's request, signed with the organisation's private key."""
        private = self.store.keys.active_private_key(organisation_id)
        if private is None:
            return Invalid([FieldError("kunci", RECOVERY_NEEDS_PRIVATE_KEY)])
        return sign_recovery(private, request)

    def recover(self, code: str, new_pin: str) -> Saved | Invalid:
        """Set a new PIN with HR's recovery code, whatever happened to the old record."""
        problem = pin_problem(new_pin)
        if problem:
            return Invalid([FieldError("pin", problem)])
        with self.store.write():
            request = self.recovery_request()
            keys = self.store.keys.active_public_keys()
            if not any(recovery_valid(key, request, code) for key in keys):
                self.audit.record("pin.recover_refused", self.store.pins.PIN_ENTITY, self.name)
                return Invalid([FieldError("kode", RECOVERY_CODE_WRONG)])
            self._keep(new_record(new_pin), "pin.recover")
        return Saved(0)

    # -- the record and its seal -----------------------------------------------------------

    def _broken_record(self) -> PinCheck | None:
        """REMOVED or TAMPERED when the row disagrees with the audit trail, else None."""
        trail = self.store.pins.last_setting(self.name)
        record = self.store.pins.get(self.name)
        if record is None:
            return PinCheck(PinVerdict.REMOVED, None) if trail is not None else None
        if trail is not None and trail.seal is not None and trail.seal != record_seal(record):
            return PinCheck(PinVerdict.TAMPERED, None)
        return None

    def _keep(self, record: PinRecord, action: str, details: dict[str, str] | None = None) -> None:
        now = self.clock.now()
        self.store.pins.save(self.name, record, now)
        self.audit.record(
            action,
            self.store.pins.PIN_ENTITY,
            self.name,
            None,
            {"seal": record_seal(record), **(details or {})},
            at=now,
        )

    def _refused(self, result: PinCheck) -> None:
        self.audit.record(
            "pin.refused",
            self.store.pins.PIN_ENTITY,
            self.name,
            None,
            {"verdict": result.verdict.value},
        )


RECOVERY_NEEDS_PRIVATE_KEY = Refused(Refusal.RECOVERY_NEEDS_PRIVATE_KEY)
RECOVERY_CODE_WRONG = Refused(Refusal.RECOVERY_CODE_WRONG)
