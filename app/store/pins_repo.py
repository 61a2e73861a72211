"""Named supervisor PINs (hash, salt, wrong-try count and lock), as core ``PinRecord`` values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from app.core.admin_pin import PinRecord
from app.core.audit_chain import hashed_subject
from app.store.models import AdminPin, AuditLog


@dataclass(frozen=True)
class PinTrail:
    """The newest audit entry that set a PIN: its hash and the record seal it kept."""

    entry_hash: str
    seal: str | None  # None for entries written before seals were kept


class PinsRepo:
    PIN_ENTITY = "admin_pin"
    SETTING_ACTIONS = ("pin.set", "pin.recover")

    def get(self, name: str) -> PinRecord | None:
        row = AdminPin.get_or_none(AdminPin.name == name)
        if row is None:
            return None
        return PinRecord(
            salt=bytes(row.salt),
            digest=bytes(row.digest),
            n=row.scrypt_n,
            r=row.scrypt_r,
            p=row.scrypt_p,
            failures=row.failures,
            locked_until=row.locked_until,
        )

    def save(self, name: str, record: PinRecord, at: datetime) -> None:
        columns = {
            "salt": record.salt,
            "digest": record.digest,
            "scrypt_n": record.n,
            "scrypt_r": record.r,
            "scrypt_p": record.p,
            "failures": record.failures,
            "locked_until": record.locked_until,
            "updated_at": at,
        }
        if AdminPin.update(**columns).where(AdminPin.name == name).execute() == 0:
            AdminPin.insert(name=name, **columns).execute()

    def last_setting(self, name: str) -> PinTrail | None:
        # Named by the hashed body, not the columns, which could be edited without the chain.
        rows = (
            AuditLog.select(AuditLog.hash, AuditLog.details)
            .where(AuditLog.action.in_(self.SETTING_ACTIONS))
            .order_by(AuditLog.id.desc())
        )
        row = next(
            (
                r
                for r in rows
                if (hashed_subject(r.details) or ("", ""))[:2] == (self.PIN_ENTITY, name)
            ),
            None,
        )
        if row is None:
            return None
        try:
            seal = json.loads(row.details).get("details", {}).get("seal")
        except (json.JSONDecodeError, AttributeError):
            seal = None
        return PinTrail(row.hash, seal if isinstance(seal, str) else None)
