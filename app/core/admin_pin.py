"""A supervisor PIN: salted scrypt hash, checked in constant time, locked after repeated
wrong tries.

Pure rules over a ``PinRecord`` value so any guarded action (cancelling a check-in,
unlocking a kiosk) uses the same checks; the store keeps the record, the clock is a
parameter. The lockout makes guessing by hand at the gate impractical; the scrypt cost
(``benchmarks/pin_scrypt.py``) makes each guess against a copied database take at least
a quarter of a second on an office laptop.

PINs of 4 or 5 digits made by older versions still open, but only to change them: every
other use answers ``MUST_CHANGE``. A record hashed with a lower cost is hashed again with
today's cost the first time its (long enough) PIN is given.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from app.core.refusals import Refusal, Refused

MIN_LENGTH = 6
MAX_LENGTH = 12
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
# scrypt cost: 128 MiB and 0.3 to 0.5 s per check on a 2-core office laptop (OWASP's
# recommended minimum for scrypt). Records keep their own cost, so older ones still verify.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAX_MEMORY = 2**28
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
    MUST_CHANGE = "must_change"  # right, but too short: good only for setting a new PIN
    REMOVED = "removed"  # the audit trail says a PIN was set, its row is gone
    TAMPERED = "tampered"  # the row is not the one the audit trail recorded


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
        return Refused(Refusal.PIN_DIGITS)
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        return Refused(Refusal.PIN_LENGTH, min=MIN_LENGTH, max=MAX_LENGTH)
    return None


def _digest(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=SCRYPT_MAX_MEMORY, dklen=32
    )


def record_seal(record: PinRecord) -> str:
    """What the audit trail keeps of a record (not its wrong-try count): a row swapped for
    one with another PIN no longer matches it."""
    parts = [record.salt, record.digest, f"{record.n}:{record.r}:{record.p}".encode()]
    return hashlib.sha256(b"|".join(parts)).hexdigest()


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
        if len(pin) < MIN_LENGTH:
            return PinCheck(PinVerdict.MUST_CHANGE, replace(record, failures=0, locked_until=None))
        if (record.n, record.r, record.p) != (SCRYPT_N, SCRYPT_R, SCRYPT_P):
            return PinCheck(PinVerdict.ACCEPTED, new_record(pin))
        return PinCheck(PinVerdict.ACCEPTED, replace(record, failures=0, locked_until=None))
    failures = record.failures + 1
    if failures >= MAX_FAILURES:
        return PinCheck(PinVerdict.LOCKED, replace(record, failures=0, locked_until=now + LOCKOUT))
    return PinCheck(
        PinVerdict.WRONG, replace(record, failures=failures, locked_until=None),
        MAX_FAILURES - failures,
    )  # fmt: skip
