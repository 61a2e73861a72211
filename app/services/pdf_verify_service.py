"""``pdf verify``: is this file, page by page, what Netra signed and the database still holds?

Two checks, both needed: the PAdES signature (made by a certificate this station keeps,
covering the whole file, nothing appended after it) and every page compared with the same
document drawn again from the stored data (``app.reports.pdf_pages``). The second catches
a file signed again by someone holding the organisation's key.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from app.core.errors import FieldError
from app.core.progress import Cancelled
from app.core.refusals import Refusal, Refused, cannot_read
from app.reports.pdf_pages import PageProblem, compare_documents
from app.reports.pdf_signing import SignatureCheck
from app.services.event_service import Invalid
from app.services.pakta_service import PAKTA_DOCUMENT, PaktaService
from app.services.pdf_signing_service import PdfSigningService
from app.services.report_service import (
    ATTENDANCE_DOCUMENT,
    ReportService,
    anchor_of,
    request_of,
)
from app.store.store import Store

MAX_PDF_BYTES = 512 * 1024 * 1024
DOCUMENT_NAMES = {ATTENDANCE_DOCUMENT: "daftar hadir / rekap", PAKTA_DOCUMENT: "pakta integritas"}


@dataclass(frozen=True)
class PdfVerdict:
    signature: SignatureCheck
    document: str  # what the file says it is, in words
    problems: list[PageProblem]

    @property
    def ok(self) -> bool:
        return self.signature.valid and not self.problems


def signature_problems(check: SignatureCheck) -> list[PageProblem]:
    """Why the signature does not vouch for the file, in words; empty when it does."""
    if not check.signed:
        return [PageProblem(0, "berkas tidak bertanda tangan digital")]
    if not check.intact:
        return [
            PageProblem(0, "tanda tangan digital rusak: isi berkas berubah setelah ditandatangani")
        ]
    problems = []
    if not check.whole_file:
        problems.append(
            PageProblem(0, "ada perubahan yang ditambahkan setelah tanda tangan digital")
        )
    if not check.trusted:
        problems.append(
            PageProblem(
                0,
                f"ditandatangani dengan sertifikat yang tidak dikenal stasiun ini "
                f"(sidik jari {check.fingerprint})",
            )
        )
    return problems


class PdfVerifyService:
    def __init__(
        self, store: Store, signing: PdfSigningService, reports: ReportService, pakta: PaktaService
    ) -> None:
        self.store = store
        self.signing = signing
        self.reports = reports
        self.pakta = pakta

    def verify(self, path: Path) -> PdfVerdict | Invalid:
        try:
            if path.stat().st_size > MAX_PDF_BYTES:
                return _invalid(Refused(Refusal.PDF_TOO_LARGE, path=path))
            pdf = path.read_bytes()
        except OSError as error:
            return _invalid(cannot_read(path, error))
        check = self.signing.check(pdf)
        problems = signature_problems(check)
        source = check.source or {}
        document = DOCUMENT_NAMES.get(str(source.get("document")), "")
        fresh = self._draw_again(source)
        if isinstance(fresh, str):
            return PdfVerdict(check, document, [*problems, PageProblem(0, fresh)])
        certificate = check.certificate or self._certificate_of(source)
        if not certificate:
            return PdfVerdict(check, document, problems)
        try:
            expected = self.signing.as_signed(fresh, certificate, source)
            problems += compare_documents(pdf, expected)
        except Exception as error:  # pypdf / pdfium raise many kinds on a damaged file
            problems.append(PageProblem(0, f"berkas PDF rusak, halaman tidak terbaca ({error})"))
        return PdfVerdict(check, document, problems)

    def _draw_again(self, source: dict[str, object]) -> bytes | str:
        """The document drawn from the stored data the file names, or why it cannot be."""
        kind = source.get("document")
        event_id = source.get("event")
        if kind not in DOCUMENT_NAMES or not isinstance(event_id, int):
            return "berkas tidak menyebut data asalnya: bukan dokumen yang dibuat Netra"
        event = self.store.events.get_event(event_id)
        if event is None:
            return f"acara nomor {event_id} yang disebut berkas tidak ada di basis data ini"
        if kind == PAKTA_DOCUMENT:
            fingerprints = source.get("fingerprints")
            names = [str(f) for f in fingerprints] if isinstance(fingerprints, list) else []
            pacts = self.pakta.pacts_named(event_id, names)
            if not pacts:
                return "pakta yang disebut berkas tidak tersimpan di basis data ini"
            return self.pakta.drawn_pdf(event, pacts)
        request = request_of(source)
        report = self.reports.attendance(
            event_id, request.unit if request else None, anchor_of(source)
        )
        if request is None or isinstance(report, Invalid):
            return "permintaan laporan pada berkas tidak dikenal"
        if not source.get("pakta"):  # printed without a pakta, or before reports had one
            report = replace(report, pakta=None)
        drawn = self.reports.render_pdf(report, request)
        assert not isinstance(drawn, Cancelled)  # drawn with no keep_going: never stopped
        return drawn

    def _certificate_of(self, source: dict[str, object]) -> bytes:
        """An unsigned file is compared as if signed with the current certificate."""
        event = self.store.events.get_event(int(str(source.get("event", 0))))
        pair = self.store.certificates.active(int(event.organisation_id or 0)) if event else None
        return pair.certificate if pair else b""


def _invalid(message: str) -> Invalid:
    return Invalid([FieldError("berkas", message)])
