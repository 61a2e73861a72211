"""``netra laporan verify``: is this bundle what Netra signed, and does the database still
hold what it states?

A bundle PDF passes when its signature holds (``pdf_verify_service.signature_problems``),
it has the pages it says, its audit anchor holds against the database, and every fact it
states equals the fact read again now. A folder also has its ZIP's files checked against
the manifest, and the manifest against the hashes the signed PDF names."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.core.anchor import Anchor, anchor_from_details
from app.core.errors import FieldError
from app.core.events import Event
from app.core.laporan_facts import LaporanFacts, differing_facts
from app.core.laporan_text import text_from_json
from app.core.report_data import AttendanceReport
from app.reports.bundle_pdf import leading_pages, opening_pages, page_count
from app.reports.pdf_pages import PageProblem, compare_documents
from app.reports.pdf_signing import SignatureCheck
from app.services.anchor_service import AnchorService
from app.services.event_service import Invalid
from app.services.laporan_bundle import LAPORAN_DOCUMENT, MANIFEST, opening_parts
from app.services.laporan_service import LaporanService
from app.services.pdf_signing_service import PdfSigningService
from app.services.pdf_verify_service import MAX_PDF_BYTES, signature_problems

NOT_A_BUNDLE = "berkas tidak menyebut dirinya laporan pelaksanaan Netra"
PAGES_DIFFER = "berkas berisi {found} halaman, laporan yang ditandatangani berisi {signed}"
FACT_CHANGED = (
    "fakta '{name}' berubah sejak laporan dibuat: di berkas {printed}, di basis data {stored}"
)
FILE_CHANGED = "{file}: isi berkas berbeda dari manifest (SHA-256)"
FILE_MISSING = "{file}: tercantum di manifest tetapi tidak ada"
FILE_EXTRA = "{file}: ada di ZIP tetapi tidak tercantum di manifest"
MANIFEST_DIFFERS = "{file}: manifest tidak sama dengan yang tercantum di PDF bertanda tangan"
NO_BUNDLE_IN_FOLDER = "{folder}: tidak ada ZIP laporan pelaksanaan dengan manifest"
UNREADABLE = "{path}: tidak dapat dibaca ({reason})"
PAGES_UNREADABLE = "berkas PDF rusak, halaman tidak terbaca ({reason})"
ANCHOR_MISSING = "berkas tidak memuat jangkar jejak audit"
ANCHOR_BROKEN = "jangkar jejak audit {code}: {problem}"


@dataclass(frozen=True)
class LaporanVerdict:
    signature: SignatureCheck | None
    problems: list[PageProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.signature is not None and self.signature.valid and not self.problems


class LaporanVerifyService:
    def __init__(
        self, laporan: LaporanService, signing: PdfSigningService, anchors: AnchorService
    ) -> None:
        self.laporan = laporan
        self.signing = signing
        self.anchors = anchors

    def verify(self, path: Path) -> LaporanVerdict | Invalid:
        """``path``: the folder ``laporan build`` wrote, or the bundle PDF alone."""
        if path.is_dir():
            return self._verify_folder(path)
        pdf = _read(path)
        if isinstance(pdf, Invalid):
            return pdf
        return self._verify_pdf(pdf)

    def _verify_pdf(self, pdf: bytes) -> LaporanVerdict:
        check = self.signing.check(pdf)
        problems = signature_problems(check)
        source = check.source or {}
        if source.get("document") != LAPORAN_DOCUMENT or not isinstance(source.get("event"), int):
            return LaporanVerdict(check, [*problems, PageProblem(0, NOT_A_BUNDLE)])
        try:
            found = page_count(pdf)
        except Exception:  # pypdf raises many kinds on a damaged file
            found = -1
        if found != source.get("pages"):
            problems.append(
                PageProblem(0, PAGES_DIFFER.format(found=found, signed=source.get("pages")))
            )
        problems += self._anchor_problems(source.get("anchor"))
        read = self._read_again(int(source["event"]), source)
        if isinstance(read, Invalid):
            return LaporanVerdict(
                check, [*problems, *(PageProblem(0, str(e)) for e in read.errors)]
            )
        report, facts = read
        problems += self._fact_problems(facts, source)
        if check.certificate:
            problems += self._opening_problems(pdf, report.event, facts, source, check.certificate)
        return LaporanVerdict(check, problems)

    def _read_again(
        self, event_id: int, source: dict[str, Any]
    ) -> tuple[AttendanceReport, LaporanFacts] | Invalid:
        anchor = _anchor(source.get("anchor"))
        read = self.laporan.facts(event_id, anchor)
        return read if isinstance(read, Invalid) else (read[0], read[1])

    def _opening_problems(
        self, pdf: bytes, event: Event, facts: LaporanFacts, source: dict[str, Any],
        certificate: bytes,
    ) -> list[PageProblem]:  # fmt: skip
        """The laporan and the berita acara drawn again from the database's facts, the text
        and date the file names, and compared page by page with the signed file's."""
        parts = source.get("parts")
        anchor = _anchor(source.get("anchor"))
        try:
            count = sum(int(part["pages"]) for part in parts[:2])  # type: ignore[index,misc]
            made_on = date.fromisoformat(str(source["made_on"]))
            text = text_from_json(json.dumps(source["text"]), self.laporan.defaults(event))
        except (KeyError, TypeError, ValueError):
            return [PageProblem(0, NOT_A_BUNDLE)]
        if anchor is None:
            return []
        fresh = opening_pages(opening_parts(event, facts, text, made_on, anchor),
                              int(source.get("pages") or 0))  # fmt: skip
        try:
            expected = leading_pages(self.signing.as_signed(fresh, certificate, source), count)
            return compare_documents(leading_pages(pdf, count), expected)
        except Exception as error:  # pypdf / pdfium raise many kinds on a damaged file
            return [PageProblem(0, PAGES_UNREADABLE.format(reason=error))]

    def _anchor_problems(self, details: Any) -> list[PageProblem]:
        anchor = _anchor(details)
        if anchor is None:
            return [PageProblem(0, ANCHOR_MISSING)]
        checked = self.anchors.verify(anchor.full)
        return (
            [] if checked.holds else [PageProblem(0, f"jangkar {anchor.code}: {checked.problem}")]
        )

    def _fact_problems(self, facts: LaporanFacts, source: dict[str, Any]) -> list[PageProblem]:
        printed = source.get("facts")
        if not isinstance(printed, dict):
            return [PageProblem(0, NOT_A_BUNDLE)]
        stored = json.loads(json.dumps(facts.as_dict()))  # as the source holds it: JSON
        return [
            PageProblem(0, FACT_CHANGED.format(name=name, printed=_short(printed.get(name)),
                                               stored=_short(stored.get(name))))
            for name in differing_facts(printed, stored)
        ]  # fmt: skip

    def _verify_folder(self, folder: Path) -> LaporanVerdict | Invalid:
        bundle_zip = next((p for p in sorted(folder.glob("*.zip")) if _has_manifest(p)), None)
        if bundle_zip is None:
            return Invalid([_error(NO_BUNDLE_IN_FOLDER.format(folder=folder))])
        problems: list[PageProblem] = []
        with zipfile.ZipFile(bundle_zip) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            listed = {item["file"]: item["sha256"] for item in manifest.get("files", [])}
            members = set(archive.namelist()) - {MANIFEST}
            for name, digest in listed.items():
                if name not in members:
                    problems.append(PageProblem(0, FILE_MISSING.format(file=name)))
                elif hashlib.sha256(archive.read(name)).hexdigest() != digest:
                    problems.append(PageProblem(0, FILE_CHANGED.format(file=name)))
            problems += [PageProblem(0, FILE_EXTRA.format(file=n)) for n in members - set(listed)]
        bundle_file = folder / str(manifest.get("bundle", {}).get("file", ""))
        pdf = _read(bundle_file)
        if isinstance(pdf, Invalid):
            return pdf
        if hashlib.sha256(pdf).hexdigest() != manifest.get("bundle", {}).get("sha256"):
            problems.append(PageProblem(0, FILE_CHANGED.format(file=bundle_file.name)))
        verdict = self._verify_pdf(pdf)
        signed_parts = {
            p.get("file"): p.get("sha256")
            for p in (verdict.signature.source or {}).get("parts", [])
            if isinstance(p, dict)
        } if verdict.signature else {}  # fmt: skip
        if signed_parts != listed:
            problems.append(PageProblem(0, MANIFEST_DIFFERS.format(file=bundle_zip.name)))
        return LaporanVerdict(verdict.signature, [*problems, *verdict.problems])


def _anchor(details: Any) -> Anchor | None:
    try:
        return anchor_from_details(details) if isinstance(details, dict) else None
    except (KeyError, TypeError):
        return None


def _has_manifest(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return MANIFEST in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _read(path: Path) -> bytes | Invalid:
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            return Invalid([_error(UNREADABLE.format(path=path, reason="terlalu besar"))])
        return path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        return Invalid([_error(UNREADABLE.format(path=path, reason=reason))])


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."


def _error(message: str) -> FieldError:
    return FieldError("berkas", message)
