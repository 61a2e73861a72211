"""Signing a finished PDF (PAdES baseline B-B, pyHanko) and reading its signature back.

Signing is one incremental update on top of the PDF the report modules wrote: it adds a
line on the first page naming the certificate's fingerprint, a ``/NetraSource`` entry in
the catalogue saying which stored data the document was drawn from (so ``pdf verify``
can draw it again), and the signature over the whole file. A reader shows the document
as changed when anything is appended afterwards; ``read_signature`` says so too.
"""

from __future__ import annotations

import io
import json
import logging
from dataclasses import dataclass
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.core.pdf_certificate import (
    CertificatePair,
    certificate_fingerprint,
    certificate_subject,
)

SOURCE_KEY = "/NetraSource"
FIELD_NAME = "Netra"
STAMP_FONT = "/NetraStamp"
STAMP_SIZE = 6.5
# pyHanko logs a traceback for every rejected revision; the verdict carries what matters.
logging.getLogger("pyhanko").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class SignatureCheck:
    """What a file's digital signature says (all False on an unsigned file)."""

    signed: bool
    source: dict[str, Any] | None = None  # as the file says, signed or not
    intact: bool = False
    trusted: bool = False
    whole_file: bool = False
    certificate: bytes = b""

    @property
    def valid(self) -> bool:
        return self.signed and self.intact and self.trusted and self.whole_file

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.certificate) if self.certificate else ""

    @property
    def signer(self) -> str:
        return certificate_subject(self.certificate) if self.certificate else ""


def stamp_lines(certificate: bytes) -> tuple[str, str]:
    return (
        f"Ditandatangani secara digital oleh {certificate_subject(certificate)}",
        f"Sidik jari sertifikat SHA-256: {certificate_fingerprint(certificate)}",
    )


def sign_pdf(pdf: bytes, pair: CertificatePair, source: dict[str, Any]) -> bytes:
    """``pdf`` stamped with the certificate's fingerprint, its source, and signed."""
    writer = _stamped_writer(pdf, pair.certificate, source)
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(pair.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(pair.private_key),
        cert_registry=SimpleCertificateStore.from_certs(
            [asn1_x509.Certificate.load(c) for c in pair.chain]
        ),
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        reason="Dokumen resmi dari Netra",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    try:
        return signers.sign_pdf(writer, metadata, signer=signer).getvalue()
    except SigningError as error:  # pragma: no cover - a broken stored key
        raise ValueError(f"PDF tidak dapat ditandatangani: {error}") from error


def stamped_unsigned(pdf: bytes, certificate: bytes, source: dict[str, Any]) -> bytes:
    """The same stamp and source as ``sign_pdf`` without a signature: what a signed file's
    pages must equal when drawn again from the stored data."""
    output = io.BytesIO()
    _stamped_writer(pdf, certificate, source).write(output)
    return output.getvalue()


def _stamped_writer(
    pdf: bytes, certificate: bytes, source: dict[str, Any]
) -> IncrementalPdfFileWriter:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer.root[SOURCE_KEY] = generic.TextStringObject(json.dumps(source, sort_keys=True))
    writer.update_root()
    font = writer.add_object(
        generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Font"),
                generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
                generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
                generic.NameObject("/Encoding"): generic.NameObject("/WinAnsiEncoding"),
            }
        )
    )
    lines = []
    for line in stamp_lines(certificate):
        text = line.encode("cp1252", "replace")
        escaped = text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        lines.append(b"(%s) Tj" % escaped)
    content = b"q BT %s %.1f Tf 0.25 g %.1f TL 28 16 Td %s T* %s ET Q" % (
        STAMP_FONT.encode(), STAMP_SIZE, STAMP_SIZE + 1.5, lines[0], lines[1]
    )  # fmt: skip
    stream = writer.add_object(generic.StreamObject(stream_data=content))
    resources = generic.DictionaryObject(
        {
            generic.NameObject("/Font"): generic.DictionaryObject(
                {generic.NameObject(STAMP_FONT): font}
            )
        }
    )
    writer.add_stream_to_page(0, stream, resources=resources)
    return writer


def read_signature(pdf: bytes, trusted: list[bytes]) -> SignatureCheck:
    """Validate the file's signature against the certificates this station trusts."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        stored = reader.root.get(SOURCE_KEY)
        source = _source(str(stored)) if stored is not None else None
        signatures = reader.embedded_signatures
    except Exception:  # pyHanko raises many kinds on a damaged file
        return SignatureCheck(signed=False)
    if not signatures:
        return SignatureCheck(signed=False, source=source)
    embedded = signatures[-1]
    certificate = embedded.signer_cert.dump()
    context = ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(c) for c in trusted], allow_fetching=False
    )
    try:
        status = validate_pdf_signature(embedded, context)
    except (SignatureValidationError, ValueError):
        return SignatureCheck(signed=True, source=source, certificate=certificate)
    return SignatureCheck(
        signed=True,
        source=source,
        intact=bool(status.intact and status.valid),
        trusted=bool(status.trusted),
        whole_file=(
            len(signatures) == 1
            and status.coverage is not None
            and status.coverage.name == "ENTIRE_FILE"
            and status.modification_level is not None
            and status.modification_level.name == "NONE"
        ),
        certificate=certificate,
    )


def _source(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None
