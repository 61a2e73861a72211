"""The integrity pact: who signs in which order, the text each signer reads, its fingerprint.

Fingerprint (printed in every signed page's footer): the SHA-256 of the UTF-8 JSON
``{"name", "nip", "signature", "text"}`` with sorted keys and no spaces, where
``signature`` is the canonical stroke data of ``Signature.to_json``. The filled text, the
printed name and NIP and every point of every stroke are covered, so a changed word or a
moved point changes it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from enum import StrEnum

from app.core.errors import FieldError
from app.core.ink import Signature
from app.core.refusals import Refusal, Refused

SIGNER_NOTICE = "Menuju meja penandatanganan pakta integritas"


class SignerRole(StrEnum):
    """Ranks in the order officials sign; the member order is the default signing order."""

    KEPALA_DAERAH = "kepala_daerah"
    WAKIL_KEPALA_DAERAH = "wakil_kepala_daerah"
    SEKDA = "sekda"
    ASISTEN = "asisten"
    KEPALA_OPD = "kepala_opd"
    CAMAT = "camat"
    KEPALA_DESA = "kepala_desa"
    LAINNYA = "lainnya"

    @property
    def rank(self) -> int:
        return list(SignerRole).index(self)


ROLE_LABELS: dict[SignerRole, str] = {
    SignerRole.KEPALA_DAERAH: "Kepala Daerah",
    SignerRole.WAKIL_KEPALA_DAERAH: "Wakil Kepala Daerah",
    SignerRole.SEKDA: "Sekretaris Daerah",
    SignerRole.ASISTEN: "Asisten",
    SignerRole.KEPALA_OPD: "Kepala OPD",
    SignerRole.CAMAT: "Camat",
    SignerRole.KEPALA_DESA: "Kepala Desa / Lurah",
    SignerRole.LAINNYA: "Pejabat lain",
}

# First match wins; checked against the position text, lower-cased.
ACTING = r"^((pj|pjs|plt|plh)\.?\s+|penjabat\s+(sementara\s+)?)?"
ROLE_PATTERNS: list[tuple[SignerRole, re.Pattern[str]]] = [
    (SignerRole.WAKIL_KEPALA_DAERAH, re.compile(ACTING + r"wakil (bupati|wali ?kota)")),
    (SignerRole.KEPALA_DAERAH, re.compile(ACTING + r"(bupati|wali ?kota)\b")),
    (SignerRole.SEKDA, re.compile(ACTING + r"(sekretaris daerah|sekda)\b")),
    (SignerRole.ASISTEN, re.compile(ACTING + r"asisten\b")),
    (SignerRole.CAMAT, re.compile(ACTING + r"camat\b")),
    (SignerRole.KEPALA_DESA, re.compile(ACTING + r"(kepala desa|kades|lurah)\b")),
    (
        SignerRole.KEPALA_OPD,
        re.compile(
            r"^(plt\.?\s+)?(kepala (dinas|badan|satuan|kantor|pelaksana)|inspektur\b"
            r"|direktur\b|sekretaris dprd|sekretaris dewan)"
        ),
    ),
]  # fmt: skip


def infer_role(position: str) -> SignerRole:
    """The signer's rank read from a position such as ``Kepala Dinas Kesehatan`` or ``Camat X``."""
    text = " ".join(position.casefold().split())
    for role, pattern in ROLE_PATTERNS:
        if pattern.search(text):
            return role
    return SignerRole.LAINNYA


PLACEHOLDERS = ("nama", "nip", "jabatan", "instansi", "tempat", "tanggal")
PLACEHOLDER = re.compile(r"\{([^{}\s]*)\}")


@dataclass(frozen=True)
class PaktaFields:
    """What fills the template's placeholders for one signer."""

    nama: str
    nip: str
    jabatan: str
    instansi: str
    tempat: str
    tanggal: str


def template_problems(body: str, place: str) -> list[FieldError]:
    """What is wrong with an edited template, naming the line; empty when it can be saved."""
    errors: list[FieldError] = []
    lines = template_lines(body)
    if not any(line.strip() for line in lines):
        errors.append(FieldError("templat", Refused(Refusal.PAKTA_EMPTY)))
    for number, line in enumerate(body.splitlines(), start=1):
        for name in PLACEHOLDER.findall(line):
            if name not in PLACEHOLDERS:
                errors.append(
                    FieldError(
                        "templat",
                        Refused(
                            Refusal.PLACEHOLDER_UNKNOWN,
                            name=name,
                            known=", ".join(f"{{{p}}}" for p in PLACEHOLDERS),
                        ),
                        row=number,
                    )
                )
    if "{nama}" not in body:
        errors.append(FieldError("templat", Refused(Refusal.PAKTA_NEEDS_NAME)))
    if not place.strip():
        errors.append(FieldError("tempat", Refused(Refusal.SIGNING_PLACE_REQUIRED)))
    return errors


def template_lines(body: str) -> list[str]:
    """The template without its comment lines (those starting with ``#``)."""
    return [line.rstrip() for line in body.splitlines() if not line.lstrip().startswith("#")]


def fill_template(body: str, fields: PaktaFields) -> str:
    """The signer's own pakta text; blank lines at both ends dropped."""
    values = {name: getattr(fields, name) for name in PLACEHOLDERS}
    text = "\n".join(template_lines(body))
    return PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), text).strip("\n")


def place_from_kop(kop_lines: list[str], fallback: str) -> str:
    """``PEMERINTAH KABUPATEN WANASARI`` -> ``Wanasari``: where a regency's letters are signed."""
    for line in kop_lines:
        match = re.match(r"^\s*pemerintah\s+(kabupaten|kota|provinsi)\s+(.+)$", line, re.I)
        if match:
            return match[2].strip().title()
    return fallback.strip()


class BlockKind(StrEnum):
    TITLE = "title"
    FIELD = "field"
    ITEM = "item"
    PARAGRAPH = "paragraph"
    CLOSING = "closing"


@dataclass(frozen=True)
class Block:
    """A piece of the filled text as laid out: ``label`` is a field's name or an item's number."""

    kind: BlockKind
    text: str
    label: str = ""


FIELD_LINE = re.compile(r"^([A-Za-z][A-Za-z /]{0,24}?)\s*:\s(.*)$")
ITEM_LINE = re.compile(r"^(\d{1,2}[.)])\s+(.*)$")


def layout_blocks(text: str) -> list[Block]:
    """Title (the first line), ``Label : value`` fields, numbered items, paragraphs, and the
    closing (the last paragraph: place and date, set right above the signature)."""
    paragraphs: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    paragraphs = [p for p in paragraphs if p]
    blocks: list[Block] = []
    for index, lines in enumerate(paragraphs):
        if index == 0:
            blocks.append(Block(BlockKind.TITLE, " ".join(lines)))
        elif index == len(paragraphs) - 1 and index > 1:
            blocks.extend(Block(BlockKind.CLOSING, line) for line in lines)
        else:
            blocks.extend(_body_blocks(lines))
    return blocks


def _body_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    running: list[str] = []

    def flush() -> None:
        if running:
            blocks.append(Block(BlockKind.PARAGRAPH, " ".join(running)))
            running.clear()

    for line in lines:
        field = FIELD_LINE.match(line)
        item = ITEM_LINE.match(line)
        if field:
            flush()
            blocks.append(Block(BlockKind.FIELD, field[2], field[1].strip()))
        elif item:
            flush()
            blocks.append(Block(BlockKind.ITEM, item[2], item[1]))
        elif blocks and blocks[-1].kind is BlockKind.ITEM and not running:
            last = blocks.pop()  # a wrapped item line continues the item
            blocks.append(Block(BlockKind.ITEM, f"{last.text} {line}", last.label))
        else:
            running.append(line)
    flush()
    return blocks


@dataclass(frozen=True)
class Signer:
    """A person marked to sign at an event, with the role shown and the place in the order."""

    person_id: int
    name: str
    id_label: str  # NIP as printed, or empty
    position: str
    unit: str
    role: SignerRole
    order: int
    signed: bool = False


REGIONAL_HEADS = (SignerRole.KEPALA_DAERAH, SignerRole.WAKIL_KEPALA_DAERAH)


def signer_instansi(signer: Signer, organisation: str) -> str:
    """The Instansi line of a pakta: a regional head or deputy (Bupati, Wakil Wali Kota, a Pj,
    Pjs or Plt) serves the whole government, so signs for the organisation; everyone else
    for their unit."""
    if signer.role in REGIONAL_HEADS or not signer.unit:
        return organisation
    return signer.unit


def ordered_by_rank(signers: list[Signer]) -> list[Signer]:
    """Regional head first, then Sekda, assistants, heads of OPD, camat, kepala desa; a stable
    sort, so people of the same rank keep the order HR gave them."""
    return sorted(signers, key=lambda s: (s.role.rank, s.order))


@dataclass(frozen=True)
class SignedPakta:
    """One signed pact as stored: everything its page shows and its fingerprint covers."""

    signature_id: int
    person_id: int
    text: str
    name: str
    nip: str
    signature: Signature
    fingerprint: str  # as computed when signed
    current: bool = True

    def recomputed_fingerprint(self) -> str:
        return fingerprint(self.text, self.name, self.nip, self.signature)


def fingerprint(text: str, name: str, nip: str, signature: Signature) -> str:
    payload = json.dumps(
        {"name": name, "nip": nip, "signature": signature.to_json(), "text": text},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class PageStatus(StrEnum):
    """What ``verify`` found for one page of a signed-pakta PDF; stable codes."""

    MATCH = "match"
    SUPERSEDED = "superseded"  # matches a signature that was later replaced
    NO_FINGERPRINT = "no_fingerprint"
    UNKNOWN_FINGERPRINT = "unknown_fingerprint"
    STORED_DATA_CHANGED = "stored_data_changed"
    PAGE_CHANGED = "page_changed"


PAGE_STATUS_TEXT: dict[PageStatus, str] = {
    PageStatus.MATCH: "cocok dengan data tersimpan",
    PageStatus.SUPERSEDED: "cocok, tetapi tanda tangan ini sudah diganti yang lebih baru",
    PageStatus.NO_FINGERPRINT: "tidak ada sidik jari pada halaman",
    PageStatus.UNKNOWN_FINGERPRINT: "sidik jari tidak dikenal untuk acara ini",
    PageStatus.STORED_DATA_CHANGED: "data tanda tangan tersimpan berubah sejak ditandatangani",
    PageStatus.PAGE_CHANGED: "isi halaman berbeda dari data tersimpan (PDF diubah)",
}
