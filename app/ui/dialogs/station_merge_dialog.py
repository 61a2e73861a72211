"""Gabungkan rekaman stasiun: the export files of gate laptops with no network, merged into
this database (as ``netra station merge``), off the UI thread.

A station whose clock reads more than 30 seconds off this laptop's at its export is either
corrected by the measured offset or kept as stamped, in which case its times cannot replace a
later check-in. Neither is chosen for HR: the offset of a file stamped in the past includes
the time it took to arrive, so correcting an honest station would make its people later (and
late), while keeping a clock set back lets its early times stand. The files are read and
their clocks measured as they are chosen, and the merge waits for a choice only when a clock
is off; it merges the bytes read then, by the offsets shown then. Every correction is listed
with the conflicts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.export_clock import ClockChoice
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.merge_words import conflict_line, summary_lines
from app.services.station_service import ClockCheck, MergeReport
from app.ui.refusals import error_line, refusal_text
from app.ui.workers.task_runner import TaskRunner


class StationMergeDialog(QDialog):
    def __init__(
        self, services: Services, event_id: int, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.event_id = event_id
        self.runner = runner
        self.paths: list[Path] = []
        self.check: ClockCheck | None = None  # None: not checked yet
        self.merging = False  # one merge at a time: a newer one would drop the first's report
        self.setWindowTitle(self.tr("Gabungkan rekaman stasiun"))
        self.setMinimumSize(720, 480)
        self.files_label = QLabel(self.tr("Belum ada berkas dipilih."))
        self.files_label.setWordWrap(True)
        choose = QPushButton(self.tr("Pilih berkas…"))
        choose.clicked.connect(self.choose_files)
        self.clock_box = self._clock_choice()
        self.clock_box.hide()
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setMaximumHeight(120)
        self.conflicts = QListWidget()
        self.merge_button = QPushButton(self.tr("Gabungkan"))
        self.merge_button.setObjectName("primaryButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.files_label, 1)
        top.addWidget(choose)
        layout.addLayout(top)
        layout.addWidget(self.clock_box)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Catatan untuk diperiksa (konflik dan koreksi jam)")))
        layout.addWidget(self.conflicts, 1)
        layout.addLayout(buttons)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Berkas rekaman stasiun"), "", self.tr("Rekaman stasiun (*.json)")
        )
        if names:
            self.set_paths([Path(name) for name in names])

    def _clock_choice(self) -> QGroupBox:
        box = QGroupBox(self.tr("Jam stasiun meleset: pilih dulu sebelum menggabung"))
        self.clock_verdicts = QLabel()
        self.clock_verdicts.setWordWrap(True)
        self.correct_clock = QRadioButton(
            self.tr("Koreksi: geser waktu dari stasiun itu sebesar selisih yang diukur")
        )
        self.keep_clock = QRadioButton(
            self.tr(
                "Tanpa koreksi: waktunya tetap, tetapi tidak dapat menggantikan kehadiran lain "
                "yang lebih lambat"
            )
        )
        self.clock_group = QButtonGroup(box)
        for button in (self.correct_clock, self.keep_clock):
            self.clock_group.addButton(button)
        self.clock_group.buttonToggled.connect(self._update_merge_button)
        hint = QLabel(
            self.tr(
                "Selisih diukur dari waktu ekspor berkas dibanding jam laptop ini, termasuk lama "
                "berkas dibawa: pada stasiun yang jamnya benar, koreksi membuat waktunya lebih "
                "lambat sebesar itu. Ekspor tepat sebelum menggabung."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("formMessage")
        column = QVBoxLayout(box)
        for widget in (self.clock_verdicts, self.correct_clock, self.keep_clock, hint):
            column.addWidget(widget)
        return box

    def set_paths(self, paths: list[Path]) -> None:
        """Shows the files and checks their clocks; the merge waits for that check."""
        self.paths = paths
        self.files_label.setText(", ".join(path.name for path in paths))
        self.check = None
        self.clock_group.setExclusive(False)  # an exclusive group cannot be cleared
        self.correct_clock.setChecked(False)
        self.keep_clock.setChecked(False)
        self.clock_group.setExclusive(True)
        self.clock_box.hide()
        self._update_merge_button()
        if not paths:
            return
        self.summary.setPlainText(self.tr("Memeriksa jam stasiun…"))
        stations, event_id = self.services.stations, self.event_id
        self.runner.run(
            "station-clocks", lambda: stations.check_clocks(event_id, list(paths)),
            self._show_clocks, self._failed,
        )  # fmt: skip

    def _show_clocks(self, check: ClockCheck | Invalid) -> None:
        if isinstance(check, Invalid):
            self.show_report(check)
            return
        self.check = check
        self.summary.clear()
        self.clock_verdicts.setText("\n".join(refusal_text(c.verdict) for c in check.to_decide))
        self.clock_box.setVisible(bool(check.to_decide))
        self._update_merge_button()

    def _update_merge_button(self) -> None:
        check = self.check
        decided = check is not None and (
            not check.to_decide or self.clock_group.checkedButton() is not None
        )
        self.merge_button.setEnabled(bool(self.paths) and decided and not self.merging)

    def merge(self) -> None:
        choice = ClockChoice.ASK  # no clock is off: nothing to choose
        if self.correct_clock.isChecked():
            choice = ClockChoice.CORRECT
        elif self.keep_clock.isChecked():
            choice = ClockChoice.KEEP
        check = self.check
        assert check is not None  # the button waits for the check
        stations, event_id = self.services.stations, self.event_id
        self.merging = True
        self.merge_button.setEnabled(False)
        self.summary.setPlainText(self.tr("Menggabungkan…"))
        self.runner.run(
            "station-merge",
            lambda: stations.merge_files(event_id, check.files, choice, check.measured_at),
            self._merged, self._merge_failed,
        )  # fmt: skip

    def _merged(self, result: MergeReport | Invalid) -> None:
        self.merging = False
        self.show_report(result)

    def show_report(self, report: MergeReport | Invalid) -> None:
        self._update_merge_button()
        self.conflicts.clear()
        if isinstance(report, Invalid):
            why = "\n".join(error_line(error) for error in report.errors)
            self.summary.setPlainText(self.tr("Tidak ada yang digabungkan:\n{why}").format(why=why))
            return
        self.summary.setPlainText("\n".join(summary_lines(report, refusal_text)))
        self.conflicts.addItems([conflict_line(c, refusal_text) for c in report.conflicts])

    def _merge_failed(self, message: object) -> None:
        self.merging = False
        self._failed(message)

    def _failed(self, message: object) -> None:
        self._update_merge_button()
        self.summary.setPlainText(str(message))
