"""Pakta integritas on paper for everyone: print personal sheets, read the scans back (page by
page in ``pakta_paper_scan``), count coverage per unit, write the follow-up list and the
archive of signed pages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.events import Event
from app.core.locale_format import long_date
from app.core.nip import IdKind
from app.core.pakta import PaktaFields, fill_template
from app.core.pakta_paper import (
    SIGN_STATE_TEXT,
    PaktaCoverage,
    SignState,
    UnitCoverage,
    coverage_of,
)
from app.core.pakta_sheet_token import (
    SheetClaim,
    issue_sheet_token,
    text_version,
)
from app.core.people import Person
from app.core.progress import Cancelled, KeepGoing, always
from app.core.refusals import Refusal, Refused, cannot_write
from app.core.report_data import NO_UNIT, AttendanceReport
from app.exports.pakta_coverage import FOLLOW_UP_HEADERS, write_follow_up_csv
from app.reports.pakta_paper_pdf import (
    ArchivePage,
    ListSection,
    render_archive_pdf,
    render_list_pdf,
)
from app.reports.pakta_sheets_pdf import (
    Sheet,
    SheetBundle,
    SheetLabels,
    render_sheets_pdf,
)
from app.scanning.scan_pages import count_pages, input_files, scan_pages
from app.services.badge_service import PUBLIC_ONLY, BadgeService
from app.services.event_service import Invalid
from app.services.export_log import ExportLog
from app.services.pakta_paper_scan import PageReader, ScanContext, ScanReport
from app.services.pakta_service import PaktaService
from app.services.whole_file import whole_file
from app.store.store import Store


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
        return f"NIK {person.printed_id}"
    return f"ID {person.id_number}"


def unit_of(person: Person) -> str:
    return person.unit or NO_UNIT


def report_coverage(store: Store, report: AttendanceReport) -> PaktaCoverage | None:
    """The pakta coverage of the people a daftar hadir / rekap counts, in its units; None for
    an event with no pakta (no signer named, no sheet scanned), whose report stays as it was."""
    event_id = report.event.id
    assert event_id is not None
    on_screen, paper = (
        store.pakta_paper.signed_on_screen(event_id),
        store.pakta_paper.verdicts(event_id),
    )
    if not on_screen and not paper and not store.pakta.signers(event_id):
        return None
    people = [(line.person.id, group.unit) for group in report.unit_groups for line in group.lines]
    return coverage_of(people, on_screen, paper)


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
        self, event: Event, out: Path, unit: str | None = None, keep_going: KeepGoing = always
    ) -> SheetsWritten | Invalid | Cancelled:
        """One sheet per expected person in unit order, each unit behind a cover sheet;
        ``keep_going`` hears the sheets drawn, and stopped, nothing is written."""
        assert event.id is not None and event.organisation_id is not None
        people = [p for p in self.pakta.candidates(event) if unit is None or unit_of(p) == unit]
        if not people:
            nobody = (
                Refused(Refusal.NO_EMPLOYEES_IN_UNIT, unit=unit)
                if unit
                else Refused(Refusal.NO_EMPLOYEES)
            )
            return _invalid("unit", nobody)
        if self.badges.ensure_signing_key(event.organisation_id) is None:
            return _invalid("kunci", PUBLIC_ONLY)
        private = self.store.keys.active_private_key(event.organisation_id)
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
        try:
            with whole_file(out) as part:
                bundled = [SheetBundle(u, s) for u, s in bundles.items()]
                part.write_bytes(render_sheets_pdf(bundled, labels, keep_going))
        except Cancelled as stopped:
            return stopped
        except OSError as error:
            return _invalid("berkas", cannot_write(out, error))
        self.exports.record("pakta-lembar", out, event.id, len(people))
        return SheetsWritten(out, len(people), len(bundles))

    # -- reading scans back ----------------------------------------------------------------

    def scan(
        self, event: Event, path: Path, keep_going: KeepGoing = always
    ) -> ScanReport | Invalid:
        """Read every page of a PDF or a folder of images; see the module note on safety.

        ``keep_going`` hears the pages read; stopped, the report says so and holds the pages
        read until then (each page is stored whole, in its own transaction)."""
        assert event.id is not None
        if not path.exists():
            return _invalid("berkas", Refused(Refusal.FILE_NOT_FOUND, path=path))
        files = input_files(path)
        if not files:
            return _invalid("berkas", Refused(Refusal.NO_PDF_OR_IMAGE, path=path))
        total = count_pages(files)
        context = ScanContext(
            event=event,
            version=self.text_version(event),
            expected={p.id: p for p in self.pakta.candidates(event)},
        )
        reader = PageReader(self.store, self.clock, self.actor, context)
        report = ScanReport()
        for page in scan_pages(files):
            report.pages.append(reader.read(page))
            if not keep_going(page.number, total) and page.number < total:
                report.stopped = True
                break
        return report

    # -- coverage --------------------------------------------------------------------------

    def coverage(self, event: Event) -> Coverage:
        assert event.id is not None
        people = self.pakta.candidates(event)
        counted = coverage_of(
            [(p.id, unit_of(p)) for p in people],
            self.store.pakta_paper.signed_on_screen(event.id),
            self.store.pakta_paper.verdicts(event.id),
        )
        states = [
            PersonState(
                p.id, p.display_name, id_line(p), p.position, unit_of(p), counted.states[p.id]
            )
            for p in people
        ]
        return Coverage(counted.units, counted.total, states)

    # -- what HR takes away ----------------------------------------------------------------

    def write_follow_up(
        self, event: Event, out: Path, unit: str | None = None
    ) -> FollowUpWritten | Invalid:
        """Who still has to sign, per unit: a PDF to hand to each unit, or a CSV."""
        assert event.id is not None
        pending = self.coverage(event).still_to_sign(unit)
        rows: list[tuple[str, ...]] = [
            (str(n), p.unit, p.name, p.id_line, p.position, SIGN_STATE_TEXT[p.state])
            for n, p in enumerate(pending, start=1)
        ]
        try:
            if out.suffix.lower() == ".csv":
                write_follow_up_csv(rows, out)
            else:
                out.write_bytes(self._follow_up_pdf(event, rows))
        except OSError as error:
            return _invalid("berkas", cannot_write(out, error))
        self.exports.record("pakta-tindak-lanjut", out, event.id, len(rows))
        return FollowUpWritten(out, len(rows))

    @staticmethod
    def _follow_up_pdf(event: Event, rows: list[tuple[str, ...]]) -> bytes:
        sections: dict[str, list[tuple[str, ...]]] = {}
        for row in rows:
            sections.setdefault(row[1], []).append((row[0], *row[2:]))
        widths = (9.0, 52.0, 44.0, 43.0, 26.0)
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
        by_unit = self.archive_pages(event)
        if not by_unit:
            return _invalid("acara", Refused(Refusal.NO_SCANNED_SHEETS))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return _invalid(
                "folder",
                Refused(Refusal.FOLDER_NOT_CREATABLE, path=folder, reason=error.strerror or error),
            )
        files = []
        for index, (unit, pages) in enumerate(by_unit.items(), start=1):
            path = folder / f"{index:02d}_{_file_name(unit)}.pdf"
            try:
                path.write_bytes(render_archive_pdf(pages, f"Pakta integritas — {unit}"))
            except OSError as error:
                return _invalid("berkas", cannot_write(path, error))
            self.exports.record("pakta-arsip", path, event.id, len(pages))
            files.append(path)
        return ArchiveWritten(files, sum(len(pages) for pages in by_unit.values()))

    def archive_pages(self, event: Event) -> dict[str, list[ArchivePage]]:
        """The signed paper pages per unit, in roster order, each captioned with its hash."""
        assert event.id is not None
        by_unit: dict[str, list[ArchivePage]] = {}
        for person in self.coverage(event).people:
            if person.state is not SignState.SIGNED_PAPER:
                continue
            stored = self.store.pakta_paper.page_image(event.id, person.person_id)
            assert stored is not None
            caption = f"{person.name} · {person.id_line} · SHA-256 {stored[1]}"
            by_unit.setdefault(person.unit, []).append(ArchivePage(stored[0], caption))
        return by_unit


def _file_name(unit: str) -> str:
    cleaned = "".join(c if c.isalnum() else "_" for c in unit).strip("_")
    return "_".join(part for part in cleaned.split("_") if part)[:60] or "unit"


def _invalid(field_name: str, message: str) -> Invalid:
    return Invalid([FieldError(field_name, message)])
