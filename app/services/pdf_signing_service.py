"""The organisation's PDF certificate: made on first use, or loaded from PKCS#12; signing
the finished PDFs (daftar hadir, rekap, pakta) and checking a file's signature."""

from __future__ import annotations

from typing import Any

from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.pdf_certificate import CertificatePair, new_self_signed, read_pkcs12
from app.reports.pdf_signing import SignatureCheck, read_signature, sign_pdf, stamped_unsigned
from app.services.auditor import Auditor
from app.services.event_service import Invalid
from app.store.store import Store


class PdfSigningService:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)

    def certificate(self, organisation_id: int) -> CertificatePair:
        """The certificate that signs, Netra's own made (and audited) on first use."""
        pair = self.store.certificates.active(organisation_id)
        if pair is not None:
            return pair
        with self.store.write():
            pair = self.store.certificates.active(organisation_id)
            if pair is None:
                name = self.store.events.organisation_name(organisation_id) or "Netra"
                pair = new_self_signed(name, self.clock.now())
                self._keep(organisation_id, pair, "pdf_certificate.create")
        return pair

    def load_pkcs12(
        self, organisation_id: int, data: bytes, password: str
    ) -> CertificatePair | Invalid:
        pair = read_pkcs12(data, password)
        if isinstance(pair, str):
            return Invalid([FieldError("sertifikat", pair)])
        with self.store.write():
            self._keep(organisation_id, pair, "pdf_certificate.load")
        return pair

    def _keep(self, organisation_id: int, pair: CertificatePair, action: str) -> None:
        self.store.certificates.save(organisation_id, pair, self.clock.now())
        self.audit.record(
            action,
            "organisation",
            organisation_id,
            None,
            {"fingerprint": pair.fingerprint, "subject": pair.subject, "source": pair.source},
        )

    def sign(self, organisation_id: int, pdf: bytes, source: dict[str, Any]) -> bytes:
        return sign_pdf(pdf, self.certificate(organisation_id), source)

    def check(self, pdf: bytes) -> SignatureCheck:
        """The file's signature, trusted when made by any certificate this station keeps."""
        trusted = self.store.certificates.all_certificates()
        return read_signature(pdf, trusted)

    def as_signed(self, pdf: bytes, certificate: bytes, source: dict[str, Any]) -> bytes:
        """What the pages of a file signed from ``pdf`` with ``certificate`` look like."""
        return stamped_unsigned(pdf, certificate, source)
