"""Pakta integritas on paper for everyone: print personal sheets, read the scans back, count
coverage per unit, write the follow-up list and the archive of signed pages.

A scanned page is stored only after its QR passed the organisation's key, names this
event, this text version and someone expected here; each stored page is its own
transaction with its audit entry, so a scan stopped halfway keeps what it read and a
second run over the same pages changes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.events import Event
from app.core.locale_format import long_date
from app.core.nip import IdKind
from app.core.pakta import PaktaFields, fill_template
from app.core.pakta_paper import (
    PAGE_OUTCOME_TEXT,
    SIGN_STATE_TEXT,
    STORED_OUTCOMES,
    VERDICT_TEXT,
    BoxVerdict,
    PageOutcome,
    SignState,
    UnitCoverage,
    decide_box,
    masked_id,
    sign_state,
    total_coverage,
    unit_coverage,
)
from app.core.pakta_sheet_token import (
    SheetClaim,
    SheetReject,
    issue_sheet_token,
    text_version,
    verify_sheet_token,
)
from app.core.people import Person
from app.exports.pakta_coverage import FOLLOW_UP_HEADERS, write_follow_up_csv
from app.reports.pakta_paper_pdf import (
    ArchivePage,
    ListSection,
    render_archive_pdf,
    render_list_pdf,
)
from app.reports.pakta_sheets_pdf import (
    COVER_PREFIX,
    Sheet,
    SheetBundle,
    SheetLabels,
    render_sheets_pdf,
)
from app.scanning.pakta_page import read_sheet
from app.scanning.scan_pages import ScanPage, count_pages, input_files, scan_pages
from app.services.badge_service import PUBLIC_ONLY, BadgeService
from app.services.event_service import Invalid
from app.services.export_log import ExportLog
from app.services.pakta_service import PaktaService
from app.store import audit_repo, keys_repo
from app.store import pakta_paper_repo as repo
from app.store.store import Store

NO_UNIT = "(tanpa unit kerja)"
Progress = Callable[[int, int], None]  # pages done, pages in all


@dataclass(frozen=True)
class SheetsWritten:
    path: Path
    sheets: int
    units: int


@dataclass(frozen=True)
class FollowUpWritten:
    path: Path
    rows: int


@dataclass(frozen=True)
class ArchiveWritten:
    files: list[Path]
    pages: int


@dataclass(frozen=True)
class PageResult:
    number: int
    label: str
    outcome: PageOutcome
    person: str = ""  # name, once the QR named someone
    person_id: int = 0
    verdict: BoxVerdict | None = None
    detail: str = ""  # e.g. the page it duplicates


def describe_page(page: PageResult) -> str:
    """``bundel.pdf halaman 3: ganda ... — Siti Aminah (ditandatangani); sama dengan ...``"""
    text = f"{page.label}: {PAGE_OUTCOME_TEXT[page.outcome]}"
    if page.person:
        text += f" — {page.person}"
    if page.verdict is not None:
        text += f" ({VERDICT_TEXT[page.verdict]})"
    return text + (f"; {page.detail}" if page.detail else "")


@dataclass
class ScanReport:
    pages: list[PageResult] = field(default_factory=list)

    def count(self, outcome: PageOutcome) -> int:
        return sum(1 for page in self.pages if page.outcome is outcome)

    @property
    def stored(self) -> int:
        return sum(1 for page in self.pages if page.outcome in STORED_OUTCOMES)

    @property
    def problems(self) -> list[PageResult]:
        """Pages HR should look at: not read, not ours, old, or a second sheet."""
        fine = STORED_OUTCOMES | {PageOutcome.ALREADY_RECORDED, PageOutcome.COVER}
        return [page for page in self.pages if page.outcome not in fine]


@dataclass(frozen=True)
class PersonState:
    person_id: int
    name: str
    id_line: str
    position: str
    unit: str
    state: SignState


@dataclass(frozen=True)
class Coverage:
    units: list[UnitCoverage]
    total: UnitCoverage
    people: list[PersonState]  # roster order

    def still_to_sign(self, unit: str | None = None) -> list[PersonState]:
        return [
            p
            for p in self.people
            if p.state in (SignState.NOT_SIGNED, SignState.RETURNED_EMPTY)
            and (unit is None or p.unit == unit)
        ]


def id_line(person: Person) -> str:
    """The identifier a sheet prints: the NIP, the ID, and of a NIK only its last digits."""
    if person.id_kind is IdKind.NIP:
        return f"NIP {person.display_id}"
    if person.id_kind is IdKind.NIK:
        return f"NIK {masked_id(person.id_number, is_nik=True)}"
    return f"ID {person.id_number}"


def unit_of(person: Person) -> str:
    return person.unit or NO_UNIT


class PaktaPaperService:
    def __init__(
        self, store: Store, clock: Clock, actor: str, badges: BadgeService, pakta: PaktaService
    ) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.badges = badges
        self.pakta = pakta
        self.exports = ExportLog(store, clock, actor)

    def text_version(self, event: Event) -> int:
        template = self.pakta.template(event)
        return text_version(template.body, template.place)

    # -- printing --------------------------------------------------------------------------

    def write_sheets(
        self, event: Event, out: Path, unit: str | None = None
    ) -> SheetsWritten | Invalid:
        """One sheet per expected person in unit order, each unit behind a cover sheet."""
        assert event.id is not None and event.organisation_id is not None
        people = [p for p in self.pakta.candidates(event) if unit is None or unit_of(p) == unit]
        if not people:
            where = f" di unit {unit}" if unit else ""
            return _invalid("unit", f"tidak ada pegawai{where} pada acara ini")
        if self.badges.ensure_signing_key(event.organisation_id) is None:
            return _invalid("kunci", PUBLIC_ONLY)
        private = keys_repo.active_private_key(event.organisation_id)
        assert private is not None
        template = self.pakta.template(event)
        version = text_version(template.body, template.place)
        bundles: dict[str, list[Sheet]] = {}
        for person in people:
            fields = PaktaFields(
                nama=person.display_name, nip=id_line(person).split(" ", 1)[1],
                jabatan=person.position or "-", instansi=person.unit or event.organiser,
                tempat=template.place, tanggal=long_date(event.day),
            )  # fmt: skip
            token = issue_sheet_token(private, SheetClaim(b"", event.id, person.id, version))
            bundles.setdefault(unit_of(person), []).append(
                Sheet(
                    person.display_name,
                    id_line(person),
                    person.position,
                    unit_of(person),
                    fill_template(template.body, fields),
                    token,
                )
            )
        labels = SheetLabels(
            event_title=f"{event.title} — {long_date(event.day)}",
            cover_title="Bundel lembar pakta integritas",
            cover_note=(
                "Bagikan lembar ini kepada pegawai yang namanya tercantum; setelah "
                "ditandatangani, kumpulkan kembali bersama sampul ini dan pindai seluruhnya."
            ),
            columns=("No", "Nama", "NIP / ID", "Jabatan"),
            box_label="Tanda tangan (di dalam kotak):",
            qr_caption="Netra · acara {event} · teks versi {version}",
            footer="{unit} · lembar {page} dari {pages}",
            event_id=event.id,
            version=version,
        )
        pdf = render_sheets_pdf([SheetBundle(u, s) for u, s in bundles.items()], labels)
        try:
            out.write_bytes(pdf)
        except OSError as error:
            return _invalid("berkas", f"{out}: tidak dapat ditulis ({error.strerror or error})")
        self.exports.record("pakta-lembar", out, event.id, len(people))
        return SheetsWritten(out, len(people), len(bundles))

    # -- reading scans back ----------------------------------------------------------------

    def scan(
        self, event: Event, path: Path, progress: Progress | None = None
    ) -> ScanReport | Invalid:
        """Read every page of a PDF or a folder of images; see the module note on safety."""
        assert event.id is not None
        if not path.exists():
            return _invalid("berkas", f"{path}: tidak ditemukan")
        files = input_files(path)
        if not files:
            return _invalid("berkas", f"{path}: tidak ada berkas PDF atau gambar di dalamnya")
        total = count_pages(files)
        context = _ScanContext(
            event=event,
            version=self.text_version(event),
            expected={p.id: p for p in self.pakta.candidates(event)},
        )
        report = ScanReport()
        for page in scan_pages(files):
            report.pages.append(self._read_page(context, page))
            if progress is not None:
                progress(page.number, total)
        return report

    def _read_page(self, context: _ScanContext, page: ScanPage) -> PageResult:
        result = _Result(page)
        if page.image is None:
            return result(PageOutcome.UNREADABLE, detail="berkas gambar tidak dapat dibuka")
        reading = read_sheet(page.image)
        if reading.token is None or reading.ink is None:
            return result(PageOutcome.UNREADABLE)
        if reading.token.upper().startswith(COVER_PREFIX):
            return result(PageOutcome.COVER)
        organisation = context.event.organisation_id
        claim = verify_sheet_token(
            reading.token, lambda key_id: keys_repo.public_key(organisation or 0, key_id)
        )
        if claim is SheetReject.NOT_A_SHEET:
            return result(PageOutcome.UNREADABLE, detail="QR bukan lembar pakta")
        if isinstance(claim, SheetReject):
            return result(PageOutcome.FORGED)
        if claim.event_id != context.event.id:
            return result(PageOutcome.OTHER_EVENT, detail=f"acara nomor {claim.event_id}")
        person = context.expected.get(claim.person_id)
        if person is None:
            return result(PageOutcome.NOT_EXPECTED)
        if claim.text_version != context.version:
            return result(PageOutcome.OLD_VERSION, person)
        verdict = decide_box(reading.ink)
        digest = hashlib.sha256(reading.image_jpeg).hexdigest()
        new = repo.NewPage(
            person.id, verdict, round(reading.ink.area_mm2, 2), claim.text_version,
            reading.image_jpeg, digest, page.label,
        )  # fmt: skip
        outcome = self._store_page(context, new)
        first = context.first_page.setdefault(person.id, page.number)
        detail = f"sama dengan halaman {first}" if outcome is PageOutcome.DUPLICATE else ""
        return result(outcome, person, verdict, detail)

    def _store_page(self, context: _ScanContext, new: repo.NewPage) -> PageOutcome:
        event_id = context.event.id
        assert event_id is not None
        seen_in_this_run = new.person_id in context.first_page
        now = self.clock.now()
        with self.store.write():
            stored = repo.stored_page(event_id, new.person_id)
            upgrade = stored is not None and (
                stored.verdict is not BoxVerdict.SIGNED and new.verdict is BoxVerdict.SIGNED
            )
            if stored is not None and not upgrade:
                if seen_in_this_run:
                    return PageOutcome.DUPLICATE
                return PageOutcome.ALREADY_RECORDED
            page_id = repo.save_page(event_id, new, now, self.actor)
            action = (
                "pakta.paper_sign" if new.verdict is BoxVerdict.SIGNED else "pakta.paper_unsigned"
            )
            audit_repo.append(
                self.actor, action, "pakta_paper_page", page_id, now, event_id,
                {"person_id": new.person_id, "verdict": new.verdict.value,
                 "image_sha256": new.image_sha256, "source": new.source,
                 "replaced_sha256": stored.image_sha256 if stored else None},
            )  # fmt: skip
        return PageOutcome.REPLACED if upgrade else PageOutcome.RECORDED

    # -- coverage --------------------------------------------------------------------------

    def coverage(self, event: Event) -> Coverage:
        assert event.id is not None
        people = self.pakta.candidates(event)
        screen = repo.signed_on_screen(event.id)
        paper = repo.verdicts(event.id)
        states = [
            PersonState(
                p.id,
                p.display_name,
                id_line(p),
                p.position,
                unit_of(p),
                sign_state(p.id in screen, paper.get(p.id)),
            )
            for p in people
        ]
        units = unit_coverage([(s.unit, s.state) for s in states])
        return Coverage(units, total_coverage(units), states)

    # -- what HR takes away ----------------------------------------------------------------

    def write_follow_up(
        self, event: Event, out: Path, unit: str | None = None
    ) -> FollowUpWritten | Invalid:
        """Who still has to sign, per unit: a PDF to hand to each unit, or a CSV."""
        assert event.id is not None
        pending = self.coverage(event).still_to_sign(unit)
        rows = [
            (str(n), p.unit, p.name, p.id_line, p.position, SIGN_STATE_TEXT[p.state])
            for n, p in enumerate(pending, start=1)
        ]
        try:
            if out.suffix.lower() == ".csv":
                write_follow_up_csv(rows, out)
            else:
                out.write_bytes(self._follow_up_pdf(event, rows))
        except OSError as error:
            return _invalid("berkas", f"{out}: tidak dapat ditulis ({error.strerror or error})")
        self.exports.record("pakta-tindak-lanjut", out, event.id, len(rows))
        return FollowUpWritten(out, len(rows))

    @staticmethod
    def _follow_up_pdf(event: Event, rows: list[tuple[str, ...]]) -> bytes:
        sections: dict[str, list[tuple[str, ...]]] = {}
        for row in rows:
            sections.setdefault(row[1], []).append((row[0], *row[2:]))
        widths = (10.0, 62.0, 44.0, 38.0, 20.0)
        columns = [
            (h, w)
            for h, w in zip([FOLLOW_UP_HEADERS[0], *FOLLOW_UP_HEADERS[2:]], widths, strict=True)
        ]
        return render_list_pdf(
            "Tindak lanjut pakta integritas: belum menandatangani",
            f"{event.title} — {long_date(event.day)}",
            columns,
            [ListSection(unit, unit_rows) for unit, unit_rows in sections.items()]
            or [ListSection("Semua pegawai sudah menandatangani.", [])],
        )

    def write_archive(self, event: Event, folder: Path) -> ArchiveWritten | Invalid:
        """One PDF per unit of the signed paper pages, in roster order; one page in memory at a
        time while reading, the unit's pages while writing its PDF."""
        assert event.id is not None
        signed = [p for p in self.coverage(event).people if p.state is SignState.SIGNED_PAPER]
        if not signed:
            return _invalid("acara", "belum ada lembar pakta bertanda tangan yang dipindai")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return _invalid("folder", f"{folder}: tidak dapat dibuat ({error.strerror or error})")
        by_unit: dict[str, list[PersonState]] = {}
        for person in signed:
            by_unit.setdefault(person.unit, []).append(person)
        files = []
        for index, (unit, people) in enumerate(by_unit.items(), start=1):
            pages = []
            for person in people:
                stored = repo.page_image(event.id, person.person_id)
                assert stored is not None
                caption = f"{person.name} · {person.id_line} · SHA-256 {stored[1]}"
                pages.append(ArchivePage(stored[0], caption))
            path = folder / f"{index:02d}_{_file_name(unit)}.pdf"
            try:
                path.write_bytes(render_archive_pdf(pages, f"Pakta integritas — {unit}"))
            except OSError as error:
                return _invalid(
                    "berkas", f"{path}: tidak dapat ditulis ({error.strerror or error})"
                )
            self.exports.record("pakta-arsip", path, event.id, len(pages))
            files.append(path)
        return ArchiveWritten(files, len(signed))


def _file_name(unit: str) -> str:
    cleaned = "".join(c if c.isalnum() else "_" for c in unit).strip("_")
    return "_".join(part for part in cleaned.split("_") if part)[:60] or "unit"


@dataclass
class _ScanContext:
    event: Event
    version: int
    expected: dict[int, Person]
    first_page: dict[int, int] = field(default_factory=dict)  # person id -> page number


class _Result:
    """Builds a page's result with its number and label filled in."""

    def __init__(self, page: ScanPage) -> None:
        self.page = page

    def __call__(
        self, outcome: PageOutcome, person: Person | None = None,
        verdict: BoxVerdict | None = None, detail: str = "",
    ) -> PageResult:  # fmt: skip
        name, person_id = (person.display_name, person.id) if person else ("", 0)
        page = self.page
        return PageResult(page.number, page.label, outcome, name, person_id, verdict, detail)


def _invalid(field_name: str, message: str) -> Invalid:
    return Invalid([FieldError(field_name, message)])
