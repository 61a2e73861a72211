"""The organisation's PDF-signing certificates; the newest active one signs."""

from __future__ import annotations

from datetime import datetime

from app.core.pdf_certificate import CertificatePair
from app.store.models import PdfCertificate


def _pack(certificates: tuple[bytes, ...]) -> bytes | None:
    """DER certificates one after another, each after its length (4 bytes, big-endian)."""
    packed = b"".join(len(c).to_bytes(4, "big") + c for c in certificates)
    return packed or None


def _unpack(packed: bytes) -> tuple[bytes, ...]:
    found, at = [], 0
    while at + 4 <= len(packed):
        size = int.from_bytes(packed[at : at + 4], "big")
        found.append(packed[at + 4 : at + 4 + size])
        at += 4 + size
    return tuple(found)


class CertificatesRepo:
    def active(self, organisation_id: int) -> CertificatePair | None:
        row = (
            PdfCertificate.select()
            .where((PdfCertificate.organisation == organisation_id) & PdfCertificate.active)
            .order_by(PdfCertificate.id.desc())
            .first()
        )
        if row is None:
            return None
        chain = _unpack(bytes(row.chain)) if row.chain else ()
        return CertificatePair(bytes(row.certificate), bytes(row.private_key), chain, row.source)

    def save(self, organisation_id: int, pair: CertificatePair, at: datetime) -> None:
        """Make ``pair`` the one that signs; earlier ones stay to verify older files."""
        PdfCertificate.update(active=False).where(
            PdfCertificate.organisation == organisation_id
        ).execute()
        PdfCertificate.create(
            organisation=organisation_id,
            certificate=pair.certificate,
            chain=_pack(pair.chain),
            private_key=pair.private_key,
            source=pair.source,
            fingerprint=pair.fingerprint,
            active=True,
            created_at=at,
        )

    def all_certificates(self) -> list[bytes]:
        """Every certificate ever used here (DER): a file signed by any of them is trusted."""
        return [bytes(row.certificate) for row in PdfCertificate.select(PdfCertificate.certificate)]
