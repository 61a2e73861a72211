"""Badge tokens signed with the organisation's Ed25519 key.

Text form: ``NT1`` followed by unpadded RFC 4648 base32 of ``payload || signature``.
Only digits and upper-case letters, so a USB scanner typing it as keystrokes gives
the same text on any keyboard layout or with Caps Lock on (it is read
case-insensitively), and the QR code can use its compact alphanumeric mode.

Payload layout (big-endian), signed together with the ``NT1`` prefix::

    offset size  field
    0      4     key id: first 4 bytes of SHA-256 of the raw public key
    4      2     badge serial (re-issuing a lost badge increments it)
    6      2     issue date, days since 2020-01-01
    8      1     length L of the person id
    9      L     person id, ASCII (NIP, NIK or internal id; never a name)
    9+L    64    Ed25519 signature

An 18-digit NIP gives a 149-character token: QR version 6 at error correction M.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

PREFIX = "NT1"
EPOCH = date(2020, 1, 1)
SIGNATURE_SIZE = 64
HEADER = struct.Struct(">4sHHB")
MAX_PERSON_ID = 32
# Longest possible token text; anything longer is rejected before decoding.
MAX_TOKEN_LENGTH = len(PREFIX) + (HEADER.size + MAX_PERSON_ID + SIGNATURE_SIZE) * 8 // 5 + 1


class RejectReason(StrEnum):
    MALFORMED = "malformed"
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"
    REVOKED = "revoked"
    UNKNOWN_PERSON = "unknown_person"


@dataclass(frozen=True)
class BadgeClaim:
    key_id: bytes
    serial: int
    issued: date
    person_id: str


@dataclass(frozen=True)
class VerifiedBadge:
    claim: BadgeClaim


@dataclass(frozen=True)
class Rejection:
    reason: RejectReason
    claim: BadgeClaim | None = None


@dataclass(frozen=True)
class BadgeDirectory:
    """What verification needs to know: public keys by id, and each person's current serial."""

    public_key: Callable[[bytes], bytes | None]
    current_serial: Callable[[str], int | None]


def key_id_of(public_key_raw: bytes) -> bytes:
    return hashlib.sha256(public_key_raw).digest()[:4]


def new_private_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def public_key_of(private_key_raw: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private_key_raw)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def can_carry(person_id: str) -> bool:
    """Whether a badge can carry this id: 1..32 ASCII letters or digits."""
    return 0 < len(person_id) <= MAX_PERSON_ID and person_id.isascii() and person_id.isalnum()


def issue_token(private_key_raw: bytes, person_id: str, serial: int, issued: date) -> str:
    """Sign a badge for ``person_id``; raises ValueError for ids that cannot be carried."""
    if not can_carry(person_id):
        raise ValueError(f"person id must be 1..{MAX_PERSON_ID} ASCII letters or digits")
    person = person_id.encode("ascii")
    key = Ed25519PrivateKey.from_private_bytes(private_key_raw)
    key_id = key_id_of(public_key_of(private_key_raw))
    days = (issued - EPOCH).days
    payload = HEADER.pack(key_id, serial, days, len(person)) + person
    signature = key.sign(PREFIX.encode() + payload)
    return PREFIX + base64.b32encode(payload + signature).decode().rstrip("=")


def read_claim(token: str) -> BadgeClaim | None:
    """Decode the payload without checking the signature; None when malformed."""
    decoded = _decode(token)
    return None if decoded is None else decoded[0]


def _decode(token: str) -> tuple[BadgeClaim, bytes, bytes] | None:
    if not isinstance(token, str) or len(token) > MAX_TOKEN_LENGTH:
        return None
    text = token.strip().upper()
    if not text.startswith(PREFIX) or not text.isascii() or not text.isalnum():
        return None
    body = text[len(PREFIX) :]
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return None
    # Reject non-canonical text (stray low bits in the last character) so that
    # every changed character, not only most, fails.
    if base64.b32encode(raw).decode().rstrip("=") != body:
        return None
    if len(raw) < HEADER.size + 1 + SIGNATURE_SIZE:
        return None
    key_id, serial, days, length = HEADER.unpack_from(raw)
    if len(raw) != HEADER.size + length + SIGNATURE_SIZE:
        return None
    person = raw[HEADER.size : HEADER.size + length]
    if not person.isascii() or not person.decode().isalnum():
        return None
    payload, signature = raw[:-SIGNATURE_SIZE], raw[-SIGNATURE_SIZE:]
    claim = BadgeClaim(key_id, serial, EPOCH + timedelta(days=days), person.decode())
    return claim, payload, signature


def verify(token: str, directory: BadgeDirectory) -> VerifiedBadge | Rejection:
    """Check a scanned token; never raises, whatever the input."""
    decoded = _decode(token)
    if decoded is None:
        return Rejection(RejectReason.MALFORMED)
    claim, payload, signature = decoded
    public_raw = directory.public_key(claim.key_id)
    if public_raw is None:
        return Rejection(RejectReason.UNKNOWN_KEY, claim)
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, PREFIX.encode() + payload)
    except (InvalidSignature, ValueError):
        return Rejection(RejectReason.BAD_SIGNATURE, claim)
    serial = directory.current_serial(claim.person_id)
    if serial is None:
        return Rejection(RejectReason.UNKNOWN_PERSON, claim)
    if claim.serial != serial:
        return Rejection(RejectReason.REVOKED, claim)
    return VerifiedBadge(claim)
