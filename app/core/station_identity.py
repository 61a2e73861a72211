"""Each station's own Ed25519 key, and the seals it puts on the records it writes.

A station (gate laptop, HR laptop, each station on a shared server) makes its key on first
start and keeps the private half in its data folder, never in the shared database. A record
carries a ``Seal``: the station's fingerprint and its signature over the record's bytes
(see ``app.core.station_records`` for what is signed). HR enrols a station by comparing
the fingerprint the station shows with the one it is asked to approve.

A fingerprint is the first 80 bits of the SHA-256 of the raw public key, in base32 groups
of four (``ABCD-EFGH-IJKL-MNOP``): short enough to read aloud, long enough that nobody
makes a second key with the same one.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.core.refusals import Refusal, Refused

PUBLIC_KEY_SIZE = 32


@dataclass(frozen=True)
class Seal:
    signer: str  # the station's fingerprint
    signature: str  # base64 of the 64-byte Ed25519 signature


class Enrolment(StrEnum):
    """A station's standing in one database. Stored; never rename one."""

    ENROLLED = "enrolled"  # HR confirmed its fingerprint with the admin PIN
    REQUESTED = "requested"  # it asked (on a shared server); HR has not approved yet


def fingerprint_of(public_raw: bytes) -> str:
    digest = base64.b32encode(hashlib.sha256(public_raw).digest()[:10]).decode()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


class StationKey:
    """The private key of this station; signing a record costs tens of microseconds."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public_raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.fingerprint = fingerprint_of(self.public_raw)

    def seal(self, message: bytes) -> Seal:
        return Seal(self.fingerprint, base64.b64encode(self._private.sign(message)).decode())


@dataclass(frozen=True)
class StationEntry:
    fingerprint: str
    public_key: bytes
    name: str
    status: Enrolment


class SealChecker:
    """Checks seals against the stations a database knows; public keys are parsed once."""

    def __init__(self, stations: list[StationEntry]) -> None:
        self.stations = {s.fingerprint: s for s in stations}
        self._keys: dict[str, Ed25519PublicKey] = {}

    def problem(self, seal: Seal | None, message: bytes) -> Refused | None:
        """Why this seal does not vouch for the message, or None when it does."""
        if seal is None or not seal.signer:
            return Refused(Refusal.SEAL_MISSING)
        station = self.stations.get(seal.signer)
        if station is None:
            return Refused(Refusal.SEAL_UNKNOWN_STATION, signer=seal.signer)
        if not signature_holds(self.key_of(station), seal.signature, message):
            return Refused(Refusal.SEAL_MISMATCH, station=station.name, signer=seal.signer)
        return self.problem_of_station(station)

    @staticmethod
    def problem_of_station(station: StationEntry) -> Refused | None:
        if station.status is not Enrolment.ENROLLED:
            return Refused(
                Refusal.STATION_NOT_APPROVED, station=station.name, fingerprint=station.fingerprint
            )
        return None

    def key_of(self, station: StationEntry) -> Ed25519PublicKey:
        key = self._keys.get(station.fingerprint)
        if key is None:
            key = self._keys[station.fingerprint] = Ed25519PublicKey.from_public_bytes(
                station.public_key
            )
        return key


def signature_holds(key: Ed25519PublicKey, signature: str, message: bytes) -> bool:
    try:
        key.verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def public_key_problem(public_raw: bytes) -> Refused | None:
    if len(public_raw) != PUBLIC_KEY_SIZE:
        return Refused(Refusal.STATION_KEY_INVALID)
    try:
        Ed25519PublicKey.from_public_bytes(public_raw)
    except ValueError:
        return Refused(Refusal.STATION_KEY_INVALID)
    return None
