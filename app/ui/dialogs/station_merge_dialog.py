"""Gabungkan rekaman stasiun: the export files of gate laptops with no network, merged into
this database (as ``netra station merge``), off the UI thread.

A station whose clock reads more than 30 seconds off this laptop's at its export is either
corrected by the measured offset (the default) or kept as stamped, in which case its times
cannot replace a later check-in. Every correction is listed with the conflicts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.export_clock import ClockChoice
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.merge_words import conflict_line, summary_lines
from app.services.station_service import MergeReport
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
        self.setWindowTitle(self.tr("Gabungkan rekaman stasiun"))
        self.setMinimumSize(720, 480)
        self.files_label = QLabel(self.tr("Belum ada berkas dipilih."))
        self.files_label.setWordWrap(True)
        choose = QPushButton(self.tr("Pilih berkas…"))
        choose.clicked.connect(self.choose_files)
        self.correct_clock = QCheckBox(self.tr("Koreksi jam stasiun yang meleset (> 30 detik)"))
        self.correct_clock.setChecked(True)
        clock_hint = QLabel(
            self.tr(
                "Selisih diukur dari waktu ekspor berkas dibanding jam laptop ini: ekspor tepat "
                "sebelum menggabung. Tanpa koreksi, waktu dari stasiun itu tidak dapat "
                "menggantikan kehadiran lain yang lebih lambat."
            )
        )
        clock_hint.setWordWrap(True)
        clock_hint.setObjectName("formMessage")
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
        layout.addWidget(self.correct_clock)
        layout.addWidget(clock_hint)
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

    def set_paths(self, paths: list[Path]) -> None:
        self.paths = paths
        self.files_label.setText(", ".join(path.name for path in paths))
        self.merge_button.setEnabled(bool(paths))

    def merge(self) -> None:
        choice = ClockChoice.CORRECT if self.correct_clock.isChecked() else ClockChoice.KEEP
        stations, event_id, paths = self.services.stations, self.event_id, list(self.paths)
        self.merge_button.setEnabled(False)
        self.summary.setPlainText(self.tr("Menggabungkan…"))
        self.runner.run(
            "station-merge", lambda: stations.merge_paths(event_id, paths, choice),
            self.show_report, self._failed,
        )  # fmt: skip

    def show_report(self, report: MergeReport | Invalid) -> None:
        self.merge_button.setEnabled(True)
        self.conflicts.clear()
        if isinstance(report, Invalid):
            why = "\n".join(error_line(error) for error in report.errors)
            self.summary.setPlainText(self.tr("Tidak ada yang digabungkan:\n{why}").format(why=why))
            return
        self.summary.setPlainText("\n".join(summary_lines(report, refusal_text)))
        self.conflicts.addItems([conflict_line(c, refusal_text) for c in report.conflicts])

    def _failed(self, message: object) -> None:
        self.merge_button.setEnabled(True)
        self.summary.setPlainText(str(message))
