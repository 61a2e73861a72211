"""Named supervisor PINs (hash, salt, wrong-try count and lock), as core ``PinRecord`` values."""

from __future__ import annotations

from datetime import datetime

from app.core.admin_pin import PinRecord
from app.store.models import AdminPin


def get(name: str) -> PinRecord | None:
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


def save(name: str, record: PinRecord, at: datetime) -> None:
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
