"""Anchors: the audit chain's head, taken out of the database onto paper.

At the moments that matter (a report printed, a backup, a laporan made) the number of
entries and the hash of the last one are signed with the organisation's key and printed
as a short code a person can read aloud and as a QR code. Later, ``netra audit verify
--anchor CODE`` proves that the database still holds exactly those entries: rewriting the
chain before that point (even with every hash recomputed) or cutting its tail is caught.

Short code: ``<entries>-XXXX-XXXX-XXXX``, the entry count and the first 60 bits of the
head hash in base32 (no 0/1/8/9 to misread). Full form (the QR code and the PDF's
keywords): ``NETRA-ANCHOR-1:`` then base64url of the JSON ``{"entries", "head", "counts",
"made_at", "reason", "key_id", "signature"}``; the signature (Ed25519, organisation key)
covers the same JSON without ``signature``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.core.audit_chain import GENESIS, AuditEntry, find_breaks
from app.core.badge_token import key_id_of, public_key_of

PREFIX = "NETRA-ANCHOR-1:"
CODE_GROUPS = 3
CODE_PATTERN = re.compile(r"\b(\d+)-([A-Z2-7]{4})-([A-Z2-7]{4})-([A-Z2-7]{4})\b")
FULL_PATTERN = re.compile(re.escape(PREFIX) + r"[A-Za-z0-9_=-]+")


@dataclass(frozen=True)
class Anchor:
    entries: int  # audit entries the anchor covers (the chain's first ``entries``)
    head: str  # hash of the last of them
    counts: dict[str, int] = field(default_factory=dict)
    made_at: str = ""
    reason: str = ""
    key_id: str = ""  # hex id of the organisation key that signed it ("" if none here)
    signature: str = ""

    @property
    def code(self) -> str:
        return short_code(self.entries, self.head)

    @property
    def full(self) -> str:
        text = json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))
        return PREFIX + base64.urlsafe_b64encode(text.encode()).decode()


@dataclass(frozen=True)
class AnchorClaim:
    """What a person brings to check: the code read off paper, or the full signed anchor."""

    entries: int
    head_prefix: str  # base32 of the head hash, as far as the code carries it
    anchor: Anchor | None = None


def short_code(entries: int, head: str) -> str:
    letters = _head_letters(head)
    return f"{entries}-" + "-".join(letters[i * 4 : i * 4 + 4] for i in range(CODE_GROUPS))


def _head_letters(head: str) -> str:
    return base64.b32encode(bytes.fromhex(head)).decode()[: CODE_GROUPS * 4]


def _signed_bytes(anchor: Anchor) -> bytes:
    return json.dumps(
        asdict(replace(anchor, signature="")), sort_keys=True, separators=(",", ":")
    ).encode()


def make_anchor(
    head: AuditEntry | None, entries: int, counts: dict[str, int], made_at: datetime,
    reason: str, private_key: bytes | None,
) -> Anchor:  # fmt: skip
    """The anchor of a chain of ``entries`` ending at ``head``, signed when a key is given."""
    head_hash = head.hash if head is not None else GENESIS
    anchor = Anchor(entries, head_hash, counts, made_at.isoformat(sep=" "), reason)
    if private_key is None:
        return anchor
    anchor = replace(anchor, key_id=key_id_of(public_key_of(private_key)).hex())
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(_signed_bytes(anchor))
    return replace(anchor, signature=base64.b64encode(signature).decode())


def anchor_from_details(details: dict) -> Anchor:
    return Anchor(**{name: details[name] for name in Anchor.__dataclass_fields__})


def read_claim(text: str) -> AnchorClaim | None:
    """The anchor in a code typed in, or in text taken from a PDF; None if there is none."""
    full = FULL_PATTERN.search(text)
    if full:
        try:
            raw = base64.urlsafe_b64decode(full[0][len(PREFIX) :])
            anchor = anchor_from_details(json.loads(raw))
        except (binascii.Error, ValueError, KeyError, TypeError):
            return None
        return AnchorClaim(anchor.entries, _head_letters(anchor.head), anchor)
    code = CODE_PATTERN.search(text.upper().replace(" ", ""))
    if code is None:
        return None
    return AnchorClaim(int(code[1]), "".join(code.groups()[1:]))


def signature_problem(anchor: Anchor, public_key: bytes | None) -> str | None:
    if not anchor.signature:
        return None
    if public_key is None:
        return f"kunci instansi {anchor.key_id} yang menandatangani jangkar tidak dikenal di sini"
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            base64.b64decode(anchor.signature), _signed_bytes(anchor)
        )
    except (InvalidSignature, binascii.Error, ValueError):
        return "tanda tangan jangkar tidak cocok dengan kunci instansi (jangkar dipalsukan)"
    return None


def chain_problem(entries: list[AuditEntry], claim: AnchorClaim) -> str | None:
    """Why the database no longer holds what was anchored (Indonesian), or None."""
    if len(entries) < claim.entries:
        return (
            f"jejak audit kini hanya {len(entries)} entri, padahal jangkar mencatat "
            f"{claim.entries}: entri terakhir telah dihapus"
        )
    covered = entries[: claim.entries]
    breaks = find_breaks(covered)
    if breaks:
        first = breaks[0]
        return f"entri {first.entry.id} ({first.entry.action}): {first.reason}"
    head = covered[-1].hash if covered else GENESIS
    if not _head_letters(head).startswith(claim.head_prefix):
        return (
            f"jejak audit sampai entri ke-{claim.entries} telah ditulis ulang "
            "(kepala rantai tidak sama dengan jangkar)"
        )
    return None
