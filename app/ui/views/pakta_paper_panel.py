"""Lembar kertas: print a personal pakta sheet for everyone, read the scanned sheets back,
and see per unit who signed (on screen or on paper), whose sheet came back empty, and who
is still to sign. Printing, scanning and writing files run on the task runner, never on
the UI thread; printing and scanning show their progress and can be cancelled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event
from app.core.pakta_paper import PageOutcome, UnitCoverage
from app.core.progress import Cancelled, KeepGoing
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.pakta_paper_scan import ScanReport, describe_page
from app.services.pakta_paper_service import Coverage
from app.ui.i18n import number, percent
from app.ui.refusals import refusal_text
from app.ui.widgets.job_progress import JobProgress
from app.ui.workers.task_runner import Pool, TaskRunner

ChooseSave = Callable[[str, str], Path | None]  # suggested name, filter
ChooseSource = Callable[[bool], Path | None]  # True for a folder


class PaktaPaperPanel(QWidget):
    scanned = Signal()
    coverage_changed = Signal(object)  # Coverage, each time it was counted again

    def __init__(
        self, services: Services, parent: QWidget | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.current_event: Event | None = None
        self.coverage: Coverage | None = None
        self.choose_save: ChooseSave = self._ask_save
        self.choose_source: ChooseSource = self._ask_source
        self.runner = TaskRunner(services.store, self, pool)
        self.job = JobProgress(self.runner)
        self.unit = QComboBox()
        self.unit.setMinimumWidth(260)
        self.sheets_button = QPushButton(self.tr("Cetak lembar…"))
        self.sheets_button.setObjectName("primaryButton")
        self.sheets_button.clicked.connect(self.print_sheets)
        self.scan_pdf_button = QPushButton(self.tr("Baca pindaian PDF…"))
        self.scan_pdf_button.clicked.connect(lambda: self.scan(folder=False))
        self.scan_folder_button = QPushButton(self.tr("Baca folder gambar…"))
        self.scan_folder_button.clicked.connect(lambda: self.scan(folder=True))
        self.follow_up_button = QPushButton(self.tr("Daftar belum tanda tangan…"))
        self.follow_up_button.clicked.connect(self.write_follow_up)
        self.archive_button = QPushButton(self.tr("Arsip per unit…"))
        self.archive_button.clicked.connect(self.write_archive)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Unit kerja"), self.tr("Peserta"), self.tr("Di layar"), self.tr("Kertas"),
             self.tr("Kembali\nkosong"), self.tr("Belum"), self.tr("Cakupan")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.problems_title = QLabel(self.tr("Halaman yang perlu diperiksa"))
        self.problems_title.setObjectName("sectionTitle")
        self.problems_title.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)  # a page's file name and reason, whole in a narrow list
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)  # a long file name breaks
        self.totals = QLabel()
        self.totals.setObjectName("sectionTitle")
        self.totals.setWordWrap(True)
        self.build_layout()

    def build_layout(self) -> None:
        # Two rows: printing for a unit, then reading scans back and writing the results,
        # so the tab fits a 1280-pixel screen beside the sidebar.
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Unit")))
        actions.addWidget(self.unit)
        actions.addWidget(self.sheets_button)
        actions.addStretch(1)
        results = QHBoxLayout()
        for button in (self.scan_pdf_button, self.scan_folder_button, self.follow_up_button,
                       self.archive_button):  # fmt: skip
            results.addWidget(button)
        results.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.problems_title)
        side.addWidget(self.problems, 1)
        left = QVBoxLayout()
        left.addWidget(self.totals)
        left.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)  # the unit names want the room more than the page list
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(results)
        layout.addWidget(self.job)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    # -- event and coverage ----------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        self.current_event = event
        self.coverage = None  # the last event's counts are not this one's
        self.problems.clear()
        self.message.clear()
        self.unit.clear()
        self.unit.addItem(self.tr("Semua unit"), None)
        self.reload()

    def reload(self) -> None:
        """Count again off the UI thread; the table follows when the answer comes."""
        event = self.current_event
        if event is None:
            self.table.setRowCount(0)
            return
        self.runner.run(
            "coverage", lambda: self.services.pakta_paper.coverage(event), self._show_coverage
        )

    def _show_coverage(self, coverage: Coverage) -> None:
        self.coverage = coverage
        self.coverage_changed.emit(coverage)
        if self.unit.count() == 1:  # the units are known once the first count comes
            for unit in coverage.units:
                self.unit.addItem(unit.unit, unit.unit)
        total = coverage.total
        self.totals.setText(
            self.tr(
                "{signed} dari {expected} pegawai sudah menandatangani ({screen} di layar, "
                "{paper} di kertas); {empty} lembar kembali kosong; {missing} belum."
            ).format(
                signed=number(total.signed), expected=number(total.expected),
                screen=number(total.signed_screen), paper=number(total.signed_paper),
                empty=number(total.returned_empty), missing=number(total.not_signed),
            )
        )  # fmt: skip
        rows = [(unit.unit, unit) for unit in coverage.units]
        rows.append((self.tr("Jumlah"), coverage.total))
        self.table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, (label, unit) in enumerate(rows):
            for column, text in enumerate([label, *self._counts(unit)]):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)
                else:
                    item.setToolTip(text)  # the unit column is elided on small screens
                self.table.setItem(row, column, item)

    def _counts(self, unit: UnitCoverage) -> list[str]:
        return [
            number(unit.expected), number(unit.signed_screen), number(unit.signed_paper),
            number(unit.returned_empty), number(unit.not_signed),
            percent(unit.signed, unit.expected),
        ]  # fmt: skip

    def chosen_unit(self) -> str | None:
        return self.unit.currentData()

    # -- work ------------------------------------------------------------------------------

    def print_sheets(self) -> None:
        event, unit = self.current_event, self.chosen_unit()
        suffix = f"-{unit}" if unit else ""
        path = self.choose_save(f"lembar-pakta{suffix}.pdf", "PDF (*.pdf)") if event else None
        if event is None or path is None:
            return
        self._start_job(
            "sheets", self.tr("Menyiapkan lembar pakta"), self.tr("lembar"),
            lambda keep_going: self.services.pakta_paper.write_sheets(
                event, path, unit, keep_going
            ),
            lambda done: self.tr("{sheets} lembar untuk {units} unit disimpan ke {file}.").format(
                sheets=number(done.sheets), units=number(done.units), file=done.path.name
            ),
        )  # fmt: skip

    def scan(self, folder: bool) -> None:
        event = self.current_event
        source = self.choose_source(folder) if event else None
        if event is None or source is None:
            return
        self._start_job(
            "scan", self.tr("Membaca pindaian"), self.tr("halaman"),
            lambda keep_going: self.services.pakta_paper.scan(event, source, keep_going),
            self._scanned,
        )  # fmt: skip

    def _scanned(self, report: ScanReport) -> str:
        self.problems.clear()
        for page in report.problems:
            text = describe_page(page, refusal_text)
            item = QListWidgetItem(_breakable(text))
            item.setToolTip(text)
            self.problems.addItem(item)
        self.reload()
        self.scanned.emit()
        stopped = self.tr("Dibatalkan; halaman yang sudah dibaca tetap tercatat. ")
        return (stopped if report.stopped else "") + self.tr(
            "{pages} halaman dibaca: {stored} tercatat, {before} sudah tercatat sebelumnya, "
            "{problems} perlu diperiksa."
        ).format(
            pages=number(len(report.pages)), stored=number(report.stored),
            before=number(report.count(PageOutcome.ALREADY_RECORDED)),
            problems=number(len(report.problems)),
        )  # fmt: skip

    def write_follow_up(self) -> None:
        event, unit = self.current_event, self.chosen_unit()
        filters = "PDF (*.pdf);;CSV (*.csv)"
        path = self.choose_save("belum-tanda-tangan.pdf", filters) if event else None
        if event is None or path is None:
            return
        self._start(
            "follow-up", self.tr("Menulis daftar tindak lanjut…"),
            lambda: self.services.pakta_paper.write_follow_up(event, path, unit),
            lambda done: self.tr(
                "Daftar {rows} orang yang belum menandatangani disimpan ke {file}."
            ).format(rows=number(done.rows), file=done.path.name),
        )  # fmt: skip

    def write_archive(self) -> None:
        event = self.current_event
        folder = self.choose_source(True) if event else None
        if event is None or folder is None:
            return
        self._start(
            "archive", self.tr("Menulis arsip per unit…"),
            lambda: self.services.pakta_paper.write_archive(event, folder),
            lambda done: self.tr("{pages} halaman bertanda tangan dalam {files} PDF disimpan.")
            .format(pages=number(done.pages), files=number(len(done.files))),
        )  # fmt: skip

    def _start(
        self, name: str, busy: str, work: Callable[[], Any], describe: Callable[[Any], str]
    ) -> None:
        """Run ``work`` off the UI thread; ``describe`` turns its result into the message."""
        self.message.setText(busy)
        self._busy()
        self.runner.run(name, work, self._done(describe), self._failed)

    def _start_job(
        self, name: str, what: str, counted: str, work: Callable[[KeepGoing], Any],
        describe: Callable[[Any], str],
    ) -> None:  # fmt: skip
        """As ``_start``, for a long job: with its progress, time left and Cancel."""
        self.message.clear()
        self._busy()
        self.job.start(name, what, counted, work, self._done(describe), self._failed)

    def _done(self, describe: Callable[[Any], str]) -> Callable[[object], None]:
        def done(result: object) -> None:
            self._idle()
            if isinstance(result, Invalid):
                self.message.setText("; ".join(refusal_text(e.message) for e in result.errors))
            elif isinstance(result, Cancelled):
                self.message.setText(self.tr("Dibatalkan; tidak ada berkas yang ditulis."))
            else:
                self.message.setText(describe(result))

        return done

    def _busy(self) -> None:
        for button in self._buttons():
            button.setEnabled(False)

    def _failed(self, _message: object) -> None:
        self._idle()
        self.message.setText(
            self.tr(
                "Pekerjaan terhenti karena kesalahan tak terduga. Halaman yang sudah tercatat "
                "tetap tersimpan; ulangi untuk melanjutkan."
            )
        )

    def _idle(self) -> None:
        for button in self._buttons():
            button.setEnabled(True)

    def _buttons(self) -> list[QPushButton]:
        return [self.sheets_button, self.scan_pdf_button, self.scan_folder_button,
                self.follow_up_button, self.archive_button]  # fmt: skip

    # -- file choosers (replaced in tests) --------------------------------------------------

    def _ask_save(self, suggested: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan"), suggested, filters)
        return Path(chosen) if chosen else None

    def _ask_source(self, folder: bool) -> Path | None:
        if folder:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder"))
        else:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Pilih PDF hasil pindaian"), "", "PDF (*.pdf)"
            )
        return Path(chosen) if chosen else None


def _breakable(text: str) -> str:
    """A scanner's file names run long without spaces (``bundel_dinas_..._007.jpg``): a
    zero-width space after each underscore or slash lets the list wrap them."""
    return text.replace("_", "_\u200b").replace("/", "/\u200b")
