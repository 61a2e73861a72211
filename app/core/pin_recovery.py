"""Setting a new PIN after its record vanished: only with a code HR signs with the
organisation's private key.

The station shows a request code: a hash of the PIN's name and of the audit entry that
last set it, so a code answers one request on one database, once (the recovery itself
is a new entry, which changes the request). HR signs the request on the station that
holds the organisation's Ed25519 key (``netra pin recovery-code``); the station checks
the code with the organisation's public key it already trusts.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.core.key_file import grouped

DOMAIN = b"netra-pin-recovery|"


def recovery_request(pin_name: str, last_entry_hash: str) -> str:
    digest = hashlib.sha256(DOMAIN + f"{pin_name}|{last_entry_hash}".encode()).hexdigest()
    return grouped(digest[:16])


def _message(request: str) -> bytes:
    return DOMAIN + request.replace(" ", "").upper().encode()


def sign_recovery(private_key_raw: bytes, request: str) -> str:
    signature = Ed25519PrivateKey.from_private_bytes(private_key_raw).sign(_message(request))
    return base64.b32encode(signature).decode().rstrip("=")


def recovery_valid(public_key_raw: bytes, request: str, code: str) -> bool:
    text = "".join(code.split()).upper()
    try:
        signature = base64.b32decode(text + "=" * (-len(text) % 8))
        Ed25519PublicKey.from_public_bytes(public_key_raw).verify(signature, _message(request))
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True
