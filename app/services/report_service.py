"""The attendance report of an event, drawn as PDF or written as XLSX / CSV.

The data is read once per request and arranged by ``app.core.report_data``; the
PDF, the print path (which prints that PDF) and the sheets all draw the same value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from app.core.anchor import Anchor, anchor_from_details
from app.core.errors import FieldError
from app.core.events import has_moments, moments_of
from app.core.heap import collector_paused
from app.core.moments import FIRST_MOMENT
from app.core.progress import Cancelled, KeepGoing, always
from app.core.refusals import Refusal, Refused
from app.core.report_data import (
    NO_UNIT,
    AttendanceReport,
    Paper,
    ReportInput,
    ReportKind,
    ReportRequest,
    build_report,
    units_of,
)
from app.exports.attendance_csv import write_attendance_csv
from app.exports.attendance_xlsx import write_attendance_xlsx
from app.reports.attendance_pdf import render_attendance_pdf
from app.services.anchor_service import AnchorService
from app.services.event_service import Invalid, event_not_found
from app.services.export_log import ExportLog
from app.services.pakta_paper_service import report_coverage
from app.services.pdf_signing_service import PdfSigningService
from app.services.whole_file import whole_file
from app.store.store import Store

EXPORT_SUFFIXES = (".xlsx", ".csv")


@dataclass(frozen=True)
class Written:
    path: Path
    people: int


ATTENDANCE_DOCUMENT = "kehadiran"


def attendance_source(report: AttendanceReport, request: ReportRequest) -> dict[str, object]:
    """What a signed daftar hadir / rekap names as its source, to be drawn again: with the
    audit anchor it printed, since the chain's head moves on after printing."""
    assert report.event.id is not None
    return {
        "document": ATTENDANCE_DOCUMENT,
        "event": report.event.id,
        "kind": ReportKind(request.kind).value,
        "unit": request.unit,
        "paper": Paper(request.paper).value,
        "anchor": asdict(report.anchor) if report.anchor else None,
        "pakta": report.pakta is not None,  # drawn again with its pakta section only if it had one
    }


def anchor_of(source: dict[str, object]) -> Anchor | None:
    """The anchor a signed report printed, as its source names it."""
    details = source.get("anchor")
    try:
        return anchor_from_details(details) if isinstance(details, dict) else None
    except (KeyError, TypeError):
        return None


def request_of(source: dict[str, object]) -> ReportRequest | None:
    try:
        unit = source.get("unit")
        return ReportRequest(
            ReportKind(str(source.get("kind"))),
            unit if isinstance(unit, str) else None,
            Paper(str(source.get("paper", Paper.A4.value))),
        )
    except ValueError:
        return None


class ReportService:
    def __init__(
        self, store: Store, exports: ExportLog, signing: PdfSigningService, anchors: AnchorService
    ) -> None:
        self.store = store
        self.exports = exports
        self.signing = signing
        self.anchors = anchors

    def report_input(self, event_id: int) -> ReportInput | None:
        event = self.store.events.get_event(event_id)
        if event is None:
            return None
        moments = moments_of(event) if has_moments(event) else []
        first = moments[0].number if moments else FIRST_MOMENT
        later = [
            (moment, {p.id: c for p, c in self.store.attendance.attendees(event_id, moment.number)})
            for moment in moments[1:]
        ]
        return ReportInput(
            event=event,
            expected=self.store.people.expected_people(event_id),
            attendees=self.store.attendance.attendees(event_id, first),
            absences=self.store.absences.absences(event_id),
            later=later,
            moments=moments,
        )

    def units(self, event_id: int) -> list[str]:
        """The units of an event's people, as ``units_of`` names them, without reading them all."""
        names = self.store.people.unit_names_of_event(event_id)
        return sorted({name or NO_UNIT for name in names}, key=str.casefold)

    @collector_paused()
    def attendance(
        self, event_id: int, unit: str | None = None, anchor: Anchor | None = None
    ) -> AttendanceReport | Invalid:
        """The report as read now; ``anchor``: the one a printed copy carries (to draw that
        copy again), else the chain is anchored now."""
        data = self.report_input(event_id)
        if data is None:
            return event_not_found(event_id)
        if unit is not None and unit.casefold() not in {u.casefold() for u in units_of(data)}:
            return Invalid([FieldError("unit", Refused(Refusal.UNIT_NOT_IN_EVENT, unit=unit))])
        # Printed on the report: what the database held when it was read.
        anchor = anchor or self.anchors.make("laporan", data.event.organisation_id)
        report = build_report(data, unit)
        return replace(report, anchor=anchor, pakta=report_coverage(self.store, report))

    def render_pdf(
        self, report: AttendanceReport, request: ReportRequest, certificate: bytes = b"",
        keep_going: KeepGoing = always,
    ) -> bytes | Cancelled:  # fmt: skip
        """Draw a report already read (touches no database, so it may run on a worker);
        with the organisation's ``certificate``, its fingerprint is printed as on the
        signed file, so paper from the print dialog carries it too. ``keep_going`` hears
        the table rows drawn."""
        try:
            document = render_attendance_pdf(report, request, keep_going=keep_going)
        except Cancelled as stopped:
            return stopped
        if not certificate:
            return document
        return self.signing.as_signed(document, certificate, attendance_source(report, request))

    def signed_pdf(
        self, report: AttendanceReport, request: ReportRequest, keep_going: KeepGoing = always
    ) -> bytes:
        """The report drawn and signed with the organisation's certificate, as every file
        of it is written (``keep_going`` may raise ``Cancelled``)."""
        event = report.event
        assert event.id is not None
        document = render_attendance_pdf(report, request, keep_going=keep_going)
        source = attendance_source(report, request)
        return self.signing.sign(int(event.organisation_id or 0), document, source)

    def write_pdf(
        self, event_id: int, request: ReportRequest, path: Path, keep_going: KeepGoing = always
    ) -> Written | Invalid | Cancelled:
        report = self.attendance(event_id, request.unit)
        if isinstance(report, Invalid):
            return report
        return self.save_pdf(report, request, path, keep_going)

    def save_pdf(
        self, report: AttendanceReport, request: ReportRequest, path: Path,
        keep_going: KeepGoing = always,
    ) -> Written | Invalid | Cancelled:  # fmt: skip
        """Save ``report`` (the one previewed) drawn again and signed, audited as an export;
        drawn again so the signed file names the data it shows even if an older preview
        finished drawing last. Stopped by ``keep_going``, it writes nothing."""

        def write(part: Path) -> None:
            part.write_bytes(self.signed_pdf(report, request, keep_going))

        written = _write(path, write, len(report.lines))
        return self._logged(f"laporan-{request.kind.value}", int(report.event.id or 0), written)

    @collector_paused()
    def export(
        self, event_id: int, path: Path, unit: str | None = None, keep_going: KeepGoing = always
    ) -> Written | Invalid | Cancelled:
        """``path`` ending in .xlsx gets every sheet, .csv the status of everyone;
        ``keep_going`` hears the rows written; stopped, it writes nothing."""
        suffix = path.suffix.casefold()
        if suffix not in EXPORT_SUFFIXES:
            return Invalid([FieldError("berkas", Refused(Refusal.EXPORT_SUFFIX, file=path.name))])
        report = self.attendance(event_id, unit)
        if isinstance(report, Invalid):
            return report
        if suffix == ".csv":
            written = _write(
                path, lambda part: write_attendance_csv(report, part, keep_going),
                len(report.lines),
            )  # fmt: skip
        else:
            scans = self.store.attendance.scan_log(event_id)
            written = _write(
                path, lambda part: write_attendance_xlsx(report, scans, part, keep_going),
                len(report.lines),
            )  # fmt: skip
        return self._logged(f"kehadiran{suffix}", event_id, written)

    def _logged(
        self, kind: str, event_id: int, written: Written | Invalid | Cancelled
    ) -> Written | Invalid | Cancelled:
        if isinstance(written, Written):
            self.exports.record(kind, written.path, event_id, written.people)
        return written


def _write(
    path: Path, writer: Callable[[Path], object], people: int
) -> Written | Invalid | Cancelled:
    """``writer`` writes the file it is given, which becomes ``path`` only once whole."""
    try:
        with whole_file(path) as part:
            writer(part)
    except Cancelled as stopped:
        return stopped
    except OSError as error:
        return Invalid(
            [FieldError("berkas", Refused(Refusal.CANNOT_WRITE, path=path, reason=error.strerror))]
        )
    return Written(path, people)
