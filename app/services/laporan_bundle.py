"""The laporan pelaksanaan bundle: one signed PDF of every part with bookmarks and page
numbers, and the same parts in a ZIP with a manifest of SHA-256 hashes.

The signed PDF names, in its ``/NetraSource``, the audit anchor it printed, the facts it
states, its page count and each part's hash; ``verify`` checks all of them against the
files and the database."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from app.core.anchor import Anchor
from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.events import Event
from app.core.laporan_facts import LaporanFacts
from app.core.laporan_text import LaporanText, text_to_json
from app.core.progress import Cancelled, KeepGoing, always
from app.core.refusals import Refusal, Refused, cannot_write
from app.core.report_data import Paper, ReportKind, ReportRequest
from app.imports.laporan_photos import print_copy
from app.reports.attendance_pdf import render_attendance_pdf
from app.reports.berita_acara_pdf import berita_acara_story
from app.reports.bundle_pdf import BundlePart, PartPages, assemble, render_part
from app.reports.ikrar_text_pdf import ikrar_story
from app.reports.laporan_pdf import laporan_story
from app.reports.pakta_paper_pdf import render_archive_pdf
from app.reports.photo_pages import PrintPhoto, photo_story
from app.services.anchor_service import AnchorService
from app.services.event_service import Invalid
from app.services.export_log import ExportLog
from app.services.laporan_service import LaporanService
from app.services.pakta_paper_service import PaktaPaperService
from app.services.pdf_signing_service import PdfSigningService

LAPORAN_DOCUMENT = "laporan-pelaksanaan"
ANCHOR_REASON = "laporan-pelaksanaan"
MANIFEST = "manifest.json"
PHOTOS_PER_PAGE = (2, 4)
PHOTO_WORKERS = 2


@dataclass(frozen=True)
class BundleWritten:
    pdf: Path
    zip: Path
    pages: int
    parts: list[PartPages]


@dataclass(frozen=True)
class BuildCancelled:
    """The user stopped the build; nothing was left in the folder."""


@dataclass(frozen=True)
class BundleTools:
    """The services the bundle draws from, signs with, anchors and audits through."""

    laporan: LaporanService
    pakta_paper: PaktaPaperService
    signing: PdfSigningService
    anchors: AnchorService
    exports: ExportLog


def bundle_name(event_id: int) -> str:
    return f"laporan-pelaksanaan-acara-{event_id}"


class LaporanBundleService:
    def __init__(self, tools: BundleTools, clock: Clock) -> None:
        self.tools = tools
        self.clock = clock

    def build(
        self, event_id: int, out: Path, photos_per_page: int = 2, keep_going: KeepGoing = always
    ) -> BundleWritten | BuildCancelled | Invalid:
        """Draw every part, sign the bundle and write it and the ZIP into ``out``."""
        try:
            out.mkdir(parents=True, exist_ok=True)
            work = Path(tempfile.mkdtemp(prefix=".laporan-", dir=out))
        except OSError as error:
            return _invalid("folder", cannot_write(out, error))
        try:
            written = self._build_in(event_id, out, work, photos_per_page, keep_going)
        except Cancelled:
            return BuildCancelled()
        except OSError as error:
            return _invalid("folder", cannot_write(out, error))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return written

    def _build_in(
        self, event_id: int, out: Path, work: Path, per_page: int, keep_going: KeepGoing
    ) -> BundleWritten | Invalid:
        tools = self.tools
        event = tools.laporan.sources.reports.report_input(event_id)
        if event is None:
            return _invalid("acara", Refused(Refusal.EVENT_NOT_FOUND, event=event_id))
        anchor = tools.anchors.make(ANCHOR_REASON, event.event.organisation_id)
        read = tools.laporan.facts(event_id, anchor)
        if isinstance(read, Invalid):
            return read
        report, facts, script = read
        steps = 9

        def step(done: int) -> None:
            if not keep_going(done, steps):
                raise Cancelled

        text = tools.laporan.text(report.event)
        organiser = report.event.organiser
        made_on = self.clock.now().date()
        parts = [
            BundlePart(name, file_name, pdf)
            for (name, file_name), pdf in zip(
                OPENING_PARTS,
                opening_parts(report.event, facts, text, made_on, anchor),
                strict=True,
            )
        ]
        step(1)
        for number, (name, kind) in enumerate(
            (("Lampiran: daftar hadir", ReportKind.RECORD), ("Lampiran: rekap", ReportKind.RECAP)),
            start=3,
        ):
            pdf = render_attendance_pdf(report, ReportRequest(kind, None, Paper.A4), False)
            parts.append(BundlePart(name, f"{number:02d}_{kind.value}.pdf", pdf))
            step(number - 1)
        pacts = tools.laporan.sources.pakta.signed_pacts(event_id)
        if pacts:
            pdf = tools.laporan.sources.pakta.drawn_pdf(report.event, pacts)
            parts.append(BundlePart("Lampiran: pakta integritas", "05_pakta_integritas.pdf", pdf))
        step(4)
        if script.points:
            parts.append(_part("Lampiran: naskah ikrar", "06_naskah_ikrar.pdf",
                               ikrar_story(script), organiser))  # fmt: skip
        photos = self._print_photos(event_id)
        if isinstance(photos, Invalid):
            return photos
        if photos:
            story = photo_story(photos, per_page if per_page in PHOTOS_PER_PAGE else 2)
            parts.append(_part("Lampiran: dokumentasi", "07_dokumentasi.pdf", story, organiser))
        step(5)
        archive = tools.pakta_paper.archive_pages(report.event)
        if archive:
            pages = [page for unit_pages in archive.values() for page in unit_pages]
            pdf = render_archive_pdf(pages, "Arsip pakta integritas kertas")
            parts.append(BundlePart("Lampiran: arsip pakta kertas", "08_arsip_pakta.pdf", pdf))
        step(6)
        title = f"Laporan pelaksanaan — {facts.title}"
        bundle, placed, parts = assemble(parts, title, anchor.full)
        step(7)
        name = bundle_name(event_id)
        source = bundle_source(facts, anchor_details=asdict(anchor), parts=parts, placed=placed)
        source.update({"made_on": made_on.isoformat(), "text": json.loads(text_to_json(text))})
        signed = tools.signing.sign(int(report.event.organisation_id or 0), bundle, source)
        step(8)
        pdf_path, zip_path = out / f"{name}.pdf", out / f"{name}.zip"
        (work / pdf_path.name).write_bytes(signed)
        _write_zip(work / zip_path.name, parts, pdf_path.name, signed)
        step(9)
        (work / pdf_path.name).replace(pdf_path)
        (work / zip_path.name).replace(zip_path)
        tools.exports.record(LAPORAN_DOCUMENT, pdf_path, event_id, facts.expected)
        return BundleWritten(pdf_path, zip_path, sum(p.pages for p in placed), placed)

    def _print_photos(self, event_id: int) -> list[PrintPhoto] | Invalid:
        laporan = self.tools.laporan
        photos = laporan.photos(event_id)
        for photo in photos:
            path = laporan.photo_path(event_id, photo)
            if not path.is_file():
                message = Refused(
                    Refusal.PHOTO_FILE_MISSING, name=photo.original_name, folder=path.parent
                )
                return _invalid("foto", message)
        paths = [laporan.photo_path(event_id, photo) for photo in photos]
        # Decoding and scaling run in Pillow's C code without the GIL: both cores work.
        with ThreadPoolExecutor(max_workers=PHOTO_WORKERS) as pool:
            copies = list(pool.map(lambda path: print_copy(path.read_bytes()), paths))
        return [
            PrintPhoto(jpeg, width, height, photo.caption)
            for (jpeg, width, height), photo in zip(copies, photos, strict=True)
        ]


def bundle_source(
    facts: LaporanFacts, anchor_details: dict[str, object], parts: list[BundlePart],
    placed: list[PartPages],
) -> dict[str, object]:  # fmt: skip
    """What the signed bundle says it is: its facts, anchor, pages and parts."""
    return {
        "document": LAPORAN_DOCUMENT,
        "event": facts.event_id,
        "anchor": anchor_details,
        "facts": facts.as_dict(),
        "pages": sum(p.pages for p in placed),
        "parts": [
            {
                "name": part.name,
                "file": part.file_name,
                "sha256": _sha256(part.pdf),
                "first": where.first,
                "pages": where.pages,
            }
            for part, where in zip(parts, placed, strict=True)
        ],
    }


OPENING_PARTS = (
    ("Laporan pelaksanaan kegiatan", "01_laporan_pelaksanaan.pdf"),
    ("Berita acara pelaksanaan deklarasi", "02_berita_acara.pdf"),
)


def opening_parts(
    event: Event, facts: LaporanFacts, text: LaporanText, made_on: date, anchor: Anchor
) -> list[bytes]:
    """The laporan and the berita acara, drawn from the facts, the text and the anchor
    alone: what ``verify`` draws again to compare with the signed bundle's first pages."""
    return [
        render_part(laporan_story(event, facts, text, made_on, anchor), OPENING_PARTS[0][0],
                    event.organiser),
        render_part(berita_acara_story(event, facts, text), OPENING_PARTS[1][0], event.organiser),
    ]  # fmt: skip


def _part(name: str, file_name: str, story: list, author: str) -> BundlePart:
    return BundlePart(name, file_name, render_part(story, name, author))


def _write_zip(path: Path, parts: list[BundlePart], bundle_file: str, bundle: bytes) -> None:
    manifest = {
        "document": LAPORAN_DOCUMENT,
        "bundle": {"file": bundle_file, "sha256": _sha256(bundle)},
        "files": [{"file": part.file_name, "name": part.name, "sha256": _sha256(part.pdf)}
                  for part in parts],
    }  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part in parts:
            archive.writestr(part.file_name, part.pdf)
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _invalid(field: str, message: str) -> Invalid:
    return Invalid([FieldError(field, message)])
