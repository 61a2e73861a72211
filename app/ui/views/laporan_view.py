"""Laporan: the daftar hadir previewed, printed and saved; exports; absences and daring."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event
from app.core.progress import Cancelled, KeepGoing
from app.core.report_data import AttendanceReport, Paper, ReportKind, ReportRequest
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.report_service import Written
from app.ui.i18n import number, percent
from app.ui.refusals import error_line
from app.ui.views.place_view import PlaceDefaults
from app.ui.widgets.absence_panel import AbsencePanel
from app.ui.widgets.daring_panel import DaringPanel
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.job_progress import JobProgress
from app.ui.widgets.laporan_bundle_panel import LaporanBundlePanel
from app.ui.widgets.laporan_form import LaporanForm
from app.ui.widgets.pdf_preview import PdfPreview, print_pdf
from app.ui.workers.task_runner import Pool, TaskRunner

REFRESH_DELAY_MS = 250


class LaporanView(PlaceDefaults, QWidget):
    def __init__(
        self, services: Services, parent: QWidget | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.current_event: Event | None = None
        self.report: AttendanceReport | None = None
        self.stale = True
        self.pdf: bytes | None = None
        self.drawn: tuple[AttendanceReport, ReportRequest] | None = None  # what ``pdf`` shows
        self.runner = TaskRunner(services.store, self, pool)
        self.runner.finished.connect(self._task_finished)
        self.runner.failed.connect(self._task_failed)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self.refresh)

        self.kind = QComboBox()
        self.kind.addItem(
            self.tr("Daftar hadir untuk ditandatangani saat apel"), ReportKind.SIGNING_FORM.value
        )
        self.kind.addItem(
            self.tr("Daftar hadir setelah apel: status, jam datang, alasan"),
            ReportKind.RECORD.value,
        )
        self.kind.addItem(self.tr("Rekap per unit dan yang tidak hadir"), ReportKind.RECAP.value)
        self.kind.addItem(self.tr("Lengkap: daftar hadir setelah apel dan rekap"),
                          ReportKind.COMPLETE.value)  # fmt: skip
        self.kind.setCurrentIndex(self.kind.findData(ReportKind.COMPLETE.value))
        self.unit = QComboBox()
        self.unit.setMinimumWidth(260)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), Paper.A4.value)
        self.paper.addItem(self.tr("F4 (folio)"), Paper.F4.value)
        for combo in (self.kind, self.unit, self.paper):
            combo.currentIndexChanged.connect(self._options_changed)
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.setObjectName("primaryButton")
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button = QPushButton(self.tr("Simpan PDF…"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.excel_button = QPushButton(self.tr("Ekspor Excel…"))
        self.excel_button.clicked.connect(lambda: self.export(suffix=".xlsx"))
        self.csv_button = QPushButton(self.tr("Ekspor CSV…"))
        self.csv_button.clicked.connect(lambda: self.export(suffix=".csv"))
        self.totals = QLabel()
        self.totals.setObjectName("sectionTitle")
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        # Two jobs may run at once: the preview being drawn and a file being written.
        self.preview_job = JobProgress(self.runner)
        self.file_job = JobProgress(self.runner)

        self.preview = PdfPreview()
        self.absences = AbsencePanel(services, pool=pool)
        self.absences.absences_changed.connect(self.refresh)
        self.daring = DaringPanel(services, pool=pool)
        self.daring.attendance_changed.connect(self.refresh)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview, self.tr("Pratinjau"))
        self.tabs.addTab(self.absences, self.tr("Ketidakhadiran"))
        self.tabs.addTab(self.daring, self.tr("Daring (Zoom / Meet)"))
        self.laporan_form = LaporanForm(services)
        self.bundle_panel = LaporanBundlePanel(services)
        pelaksanaan = QWidget()
        side_by_side = QHBoxLayout(pelaksanaan)
        side_by_side.addWidget(self.laporan_form, 3)
        side_by_side.addWidget(self.bundle_panel, 2)
        self.tabs.addTab(pelaksanaan, self.tr("Laporan pelaksanaan"))

        choices = QHBoxLayout()
        for label, widget in (
            (self.tr("Laporan"), self.kind), (self.tr("Unit kerja"), self.unit),
            (self.tr("Kertas"), self.paper),
        ):  # fmt: skip
            choices.addWidget(QLabel(label))
            choices.addWidget(widget)
        choices.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.totals, 1)
        for button in (self.excel_button, self.csv_button, self.save_button, self.print_button):
            actions.addWidget(button)
        work = QWidget()
        layout = QVBoxLayout(work)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addLayout(actions)
        layout.addWidget(self.file_job)
        layout.addWidget(self.message)
        layout.addWidget(self.preview_job)
        layout.addWidget(self.tabs, 1)
        self.empty = EmptyState(
            self.tr("Belum ada acara"),
            self.tr("Buat atau pilih acara di Acara; daftar hadir dan ekspor tampil di sini."),
        )
        outer = QVBoxLayout(self)
        outer.addWidget(work)
        outer.addWidget(self.empty)
        self.work = work

    def set_event(self, event: Event | None) -> None:
        self.current_event = event if event and event.id else None
        self.work.setVisible(self.current_event is not None)
        self.empty.setVisible(self.current_event is None)
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("Semua unit kerja"), None)
        self.unit.blockSignals(False)
        self.daring.set_event(self.current_event.id if self.current_event else None)
        self.laporan_form.set_event(self.current_event)
        self.bundle_panel.set_event(self.current_event)
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Reports are read and drawn when HR opens this place, not at every start of the app."""
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def request(self) -> ReportRequest:
        return ReportRequest(
            kind=ReportKind(self.kind.currentData()),
            unit=self.unit.currentData(),
            paper=Paper(self.paper.currentData()),
        )

    def refresh(self) -> None:
        """Read the report, then draw its PDF: both off the UI thread."""
        self.refresh_timer.stop()
        self.preview_job.stop()  # a drawing of older choices is no longer wanted
        self.stale = False
        self.pdf = None
        self._refresh_buttons()
        if self.current_event is None or self.current_event.id is None:
            self.report = None
            self.absences.show_report(None)
            self.preview.clear("")
            return
        event_id, request = self.current_event.id, self.request()
        reports = self.services.reports
        self.preview.clear(self.tr("Menyusun daftar hadir…"))
        self.runner.run(
            "report", lambda: (reports.units(event_id), reports.attendance(event_id, request.unit)),
            lambda answer: self._report_read(event_id, request, *answer),
        )  # fmt: skip

    def _report_read(
        self, event_id: int, request: ReportRequest, units: list[str],
        report: AttendanceReport | Invalid,
    ) -> None:  # fmt: skip
        if self.current_event is None or self.current_event.id != event_id:
            return
        self._show_units(units)
        if isinstance(report, Invalid):
            self.message.setText("\n".join(error_line(e) for e in report.errors))
            return
        self.report = report
        self.absences.show_report(report)
        totals = report.totals
        self.totals.setText(
            self.tr("Hadir {present} dari {expected} ({share}) · terlambat {late} · "
                    "tidak hadir {absent}").format(
                present=number(totals.present), expected=number(totals.expected),
                share=percent(totals.present, totals.expected), late=number(totals.late),
                absent=number(totals.absent),
            )
        )  # fmt: skip
        self.drawn = (report, request)
        self.preview.clear(self.tr("Menyusun daftar hadir…"))
        signing, organisation = self.services.pdf_signing, report.event.organisation_id or 0
        self.preview_job.start(
            "pdf", self.tr("Menyusun pratinjau"), self.tr("baris"),
            lambda keep_going: self.services.reports.render_pdf(
                report, request, signing.certificate(organisation).certificate, keep_going
            ),
            self._preview_drawn,
        )  # fmt: skip

    def _preview_drawn(self, result: object) -> None:
        if isinstance(result, Cancelled):
            self.preview.clear(
                self.tr("Pratinjau dibatalkan. Pilih laporan, unit kerja atau kertas untuk "
                        "menyusunnya lagi.")
            )  # fmt: skip

    def _show_units(self, units: list[str]) -> None:
        """The unit choices of the event (kept as they are when unchanged)."""
        if [self.unit.itemData(i) for i in range(1, self.unit.count())] == units:
            return
        chosen = self.unit.currentData()
        self.unit.blockSignals(True)
        while self.unit.count() > 1:
            self.unit.removeItem(1)
        for name in units:
            self.unit.addItem(name, name)
        self.unit.setCurrentIndex(max(self.unit.findData(chosen), 0))
        self.unit.blockSignals(False)

    def print_document(self, printer: QPrinter | None = None) -> int:
        """Print through the system's dialog (or the given printer); returns pages printed."""
        if self.pdf is None:
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, self.preview.page_count())
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return 0
        progress = QProgressDialog(self.tr("Mencetak…"), self.tr("Batal"), 0,
                                   self.preview.page_count(), self)  # fmt: skip
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def keep_going(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            return not progress.wasCanceled()

        printed = print_pdf(self.pdf, printer, keep_going)
        progress.close()
        self.message.setText(self.tr("{pages} halaman dikirim ke pencetak.").format(pages=printed))
        return printed

    def save_pdf(self, path: Path | None = None) -> None:
        """Save the PDF shown, through the report service (which audits it), off the UI thread."""
        if self.pdf is None or self.drawn is None or self.current_event is None:
            return
        path = path or self._ask_path(self.tr("Simpan daftar hadir"), ".pdf", "PDF (*.pdf)")
        if path is None:
            return
        (report, request), signing = self.drawn, self.services.pdf_signing
        organisation = report.event.organisation_id or 0
        self.message.clear()
        self._start_file_job(
            "save", self.tr("Menyimpan PDF"),
            lambda keep_going: (
                self.services.reports.save_pdf(report, request, path, keep_going),
                signing.certificate(organisation).fingerprint,
            ),
        )  # fmt: skip

    def export(self, path: Path | None = None, suffix: str = ".xlsx") -> None:
        if self.current_event is None or self.current_event.id is None:
            return
        kinds = {".xlsx": "Excel (*.xlsx)", ".csv": "CSV (*.csv)"}
        path = path or self._ask_path(self.tr("Ekspor data kehadiran"), suffix, kinds[suffix])
        if path is None:
            return
        event_id, unit = self.current_event.id, self.request().unit
        self.message.clear()
        self._start_file_job(
            "export", self.tr("Mengekspor"),
            lambda keep_going: self.services.reports.export(event_id, path, unit, keep_going),
        )  # fmt: skip

    def _start_file_job(self, name: str, what: str, work: Callable[[KeepGoing], object]) -> None:
        """Write a file with progress and Cancel; one at a time (its buttons wait)."""

        def ended(result: object) -> None:
            if isinstance(result, tuple):
                result = result[0]
            if isinstance(result, Cancelled):
                self.message.setText(self.tr("Dibatalkan; tidak ada berkas yang ditulis."))
            self._refresh_buttons()

        self.file_job.start(name, what, self.tr("baris"), work, ended, lambda _: ended(None))
        self._refresh_buttons()

    def _ask_path(self, title: str, suffix: str, kinds: str) -> Path | None:
        assert self.current_event is not None
        suggested = f"daftar-hadir-{self.current_event.day:%Y%m%d}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, title, suggested, kinds)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.casefold() == suffix else path.with_suffix(suffix)

    def _options_changed(self) -> None:
        """The shown PDF no longer matches the choices: nothing to print until it is redrawn."""
        self.pdf = None
        self._refresh_buttons()
        self.refresh_timer.start()

    def _task_finished(self, name: str, result: object) -> None:
        if name == "save" and isinstance(result, tuple) and isinstance(result[0], Written):
            self.message.setText(
                self.tr(
                    "Tersimpan dan ditandatangani digital: {path}\nSidik jari sertifikat: {print}"
                ).format(path=result[0].path, print=result[1])
            )
            return
        if name == "save" and isinstance(result, tuple):
            result = result[0]
        if name == "pdf" and isinstance(result, bytes):
            self.pdf = result
            self.preview.load(result, self.preview.index)
        elif isinstance(result, Written):
            self.message.setText(self.tr("Tersimpan: {path} ({people} orang)").format(
                path=result.path, people=number(result.people)))  # fmt: skip
        elif isinstance(result, Invalid):
            self.message.setText("\n".join(error_line(e) for e in result.errors))
        self._refresh_buttons()

    def _task_failed(self, name: str, message: str) -> None:
        self.message.setText(self.tr("Gagal: {message}").format(message=message))

    def _refresh_buttons(self) -> None:
        writing = self.file_job.busy()
        ready = self.pdf is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready and not writing)
        self.excel_button.setEnabled(not writing)
        self.csv_button.setEnabled(not writing)
