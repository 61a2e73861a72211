"""The public-key file a gate station imports so it can verify badges without signing them.

A small JSON text, readable in any editor, that never carries a private key::

    {"format": "netra-public-key", "version": 1, "organisation": "...",
     "key_id": "8 hex digits", "public_key": "base64 of the 32 raw bytes"}
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass

from app.core.badge_token import key_id_of

FORMAT = "netra-public-key"
VERSION = 1
PUBLIC_KEY_SIZE = 32


@dataclass(frozen=True)
class PublicKeyFile:
    organisation: str
    public_key: bytes

    @property
    def key_id(self) -> bytes:
        return key_id_of(self.public_key)

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.public_key)


def key_fingerprint(public_key: bytes) -> str:
    """128 bits of the key's SHA-256 in groups of four, short enough to read aloud and
    compare with the one printed by the station that made the key."""
    return grouped(hashlib.sha256(public_key).hexdigest()[:32])


def grouped(hex_digits: str) -> str:
    """Upper-case hex digits in groups of four, as fingerprints are read aloud."""
    digits = hex_digits.upper()
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def write_public_key_file(document: PublicKeyFile) -> str:
    return (
        json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "organisation": document.organisation,
                "key_id": document.key_id.hex(),
                "public_key": base64.b64encode(document.public_key).decode(),
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def read_public_key_file(text: str) -> PublicKeyFile | str:
    """The document, or an Indonesian message saying why the text is not one."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return "berkas bukan berkas kunci publik Netra (bukan JSON)"
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return "berkas bukan berkas kunci publik Netra"
    if data.get("version") != VERSION:
        return f"versi berkas kunci {data.get('version')!r} tidak dikenal"
    organisation = data.get("organisation")
    if not isinstance(organisation, str) or not organisation.strip():
        return "nama instansi pada berkas kunci kosong"
    try:
        public_key = base64.b64decode(str(data.get("public_key", "")), validate=True)
    except (binascii.Error, ValueError):
        return "kunci publik pada berkas rusak"
    if len(public_key) != PUBLIC_KEY_SIZE:
        return "kunci publik pada berkas rusak"
    document = PublicKeyFile(organisation.strip(), public_key)
    if data.get("key_id") != document.key_id.hex():
        return "nomor kunci tidak cocok dengan kunci publik; berkas telah diubah"
    return document
