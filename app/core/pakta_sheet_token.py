"""The QR code on a printed pakta sheet, signed with the organisation's Ed25519 key.

A sheet's QR names the event, the person and the version of the pakta text it was printed
with, so a scanned page is matched to exactly one person and a sheet of another event or of
an older text is refused. Like the badge tokens (``badge_token.py``) the text is ``NP1``
followed by unpadded RFC 4648 base32 of ``payload || signature``: digits and capitals only,
so the QR uses its compact alphanumeric mode.

Payload layout (big-endian), signed together with the ``NP1`` prefix::

    offset size  field
    0      4     key id: first 4 bytes of SHA-256 of the raw public key
    4      4     event id (the database row of the event)
    8      4     person id (the database row of the person; no name, no NIP, no NIK)
    12     4     text version: first 4 bytes of SHA-256 of the pakta template and place
    16     64    Ed25519 signature

80 bytes give a 131-character text: QR version 6 at error correction M. Only a station
holding the private key can print a sheet; a changed byte or a copied signature on another
payload fails verification.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.core.badge_token import SIGNATURE_SIZE, key_id_of, public_key_of

PREFIX = "NP1"
FAMILY = "NP"  # every code Netra prints on pakta paper: sheets, and covers ("NPC")
PAYLOAD = struct.Struct(">4sIII")
TOKEN_LENGTH = len(PREFIX) + -(-(PAYLOAD.size + SIGNATURE_SIZE) * 8 // 5)


class SheetReject(StrEnum):
    """Why a QR read on a page names no sheet of this organisation; stable codes."""

    NOT_A_SHEET = "not_a_sheet"  # another kind of code, or damaged text
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"


@dataclass(frozen=True)
class SheetClaim:
    key_id: bytes
    event_id: int
    person_id: int
    text_version: int


def text_version(template_body: str, place: str) -> int:
    """The pakta text a sheet was printed with, as a number; a changed word changes it."""
    digest = hashlib.sha256(f"{place}\n{template_body}".encode()).digest()
    return int.from_bytes(digest[:4], "big")


def issue_sheet_token(private_key_raw: bytes, claim: SheetClaim) -> str:
    key_id = key_id_of(public_key_of(private_key_raw))
    payload = PAYLOAD.pack(key_id, claim.event_id, claim.person_id, claim.text_version)
    signature = Ed25519PrivateKey.from_private_bytes(private_key_raw).sign(
        PREFIX.encode() + payload
    )
    return PREFIX + base64.b32encode(payload + signature).decode().rstrip("=")


def verify_sheet_token(
    token: str, public_key: Callable[[bytes], bytes | None]
) -> SheetClaim | SheetReject:
    """The claim of a genuine sheet, or why not; never raises, whatever the input."""
    text = token.strip().upper() if isinstance(token, str) else ""
    if len(text) != TOKEN_LENGTH or not text.startswith(PREFIX) or not text.isalnum():
        return SheetReject.NOT_A_SHEET
    body = text[len(PREFIX) :]
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return SheetReject.NOT_A_SHEET
    if base64.b32encode(raw).decode().rstrip("=") != body:
        return SheetReject.NOT_A_SHEET  # stray low bits: only the canonical text is valid
    payload, signature = raw[: PAYLOAD.size], raw[PAYLOAD.size :]
    key_id, event_id, person_id, version = PAYLOAD.unpack(payload)
    public_raw = public_key(key_id)
    if public_raw is None:
        return SheetReject.UNKNOWN_KEY
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, PREFIX.encode() + payload)
    except (InvalidSignature, ValueError):
        return SheetReject.BAD_SIGNATURE
    return SheetClaim(key_id, event_id, person_id, version)
