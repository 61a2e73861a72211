"""A supervisor PIN: salted scrypt hash, checked in constant time, locked after repeated
wrong tries.

Pure rules over a ``PinRecord`` value so any guarded action (cancelling a check-in,
unlocking a kiosk) uses the same checks; the store keeps the record, the clock is a
parameter. The lockout makes guessing a short PIN by hand at the gate impractical.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

MIN_LENGTH = 4
MAX_LENGTH = 12
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
# scrypt cost: about 50 ms and 16 MiB per check on an office laptop.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_SIZE = 16


@dataclass(frozen=True)
class PinRecord:
    salt: bytes
    digest: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    failures: int = 0
    locked_until: datetime | None = None


class PinVerdict(StrEnum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"
    NOT_SET = "not_set"


@dataclass(frozen=True)
class PinCheck:
    verdict: PinVerdict
    record: PinRecord | None
    tries_left: int = 0

    @property
    def accepted(self) -> bool:
        return self.verdict is PinVerdict.ACCEPTED


def pin_problem(pin: str) -> str | None:
    """An Indonesian message saying why ``pin`` cannot be used, or None."""
    if not pin.isascii() or not pin.isdigit():
        return "PIN hanya boleh berisi angka"
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        return f"PIN harus {MIN_LENGTH} sampai {MAX_LENGTH} angka"
    return None


def _digest(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=2**26, dklen=32)


def new_record(pin: str, salt: bytes | None = None) -> PinRecord:
    """Hash a PIN that ``pin_problem`` accepted."""
    salt = salt or os.urandom(SALT_SIZE)
    return PinRecord(salt=salt, digest=_digest(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))


def check_pin(record: PinRecord | None, pin: str, now: datetime) -> PinCheck:
    """Compare ``pin``; the returned record carries the updated failure count or lock."""
    if record is None:
        return PinCheck(PinVerdict.NOT_SET, None)
    if record.locked_until is not None and now < record.locked_until:
        return PinCheck(PinVerdict.LOCKED, record)
    candidate = _digest(pin[: MAX_LENGTH * 4], record.salt, record.n, record.r, record.p)
    if hmac.compare_digest(candidate, record.digest):
        return PinCheck(PinVerdict.ACCEPTED, replace(record, failures=0, locked_until=None))
    failures = record.failures + 1
    if failures >= MAX_FAILURES:
        return PinCheck(PinVerdict.LOCKED, replace(record, failures=0, locked_until=now + LOCKOUT))
    return PinCheck(
        PinVerdict.WRONG, replace(record, failures=failures, locked_until=None),
        MAX_FAILURES - failures,
    )  # fmt: skip
