"""Ketidakhadiran: pick an absent person, give the reason and a note; or import HR's sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.people import Person
from app.core.report_data import AbsenceReason, AttendanceReport
from app.services.absence_service import AbsencesSaved
from app.services.container import Services
from app.services.event_service import Invalid
from app.ui.i18n import number
from app.ui.labels import absence_reason_label
from app.ui.models.absent_table_model import AbsentTableModel
from app.ui.refusals import error_line
from app.ui.widgets.filtered_table import row_table, search_field
from app.ui.workers.task_runner import Pool, TaskRunner


class AbsencePanel(QWidget):
    absences_changed = Signal()

    def __init__(
        self, services: Services, parent: QWidget | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(services.store, self, pool)
        self.event_id: int | None = None
        self.model = AbsentTableModel()
        self.search = search_field(self.model, self.tr("Cari nama, NIP atau unit kerja…"))
        self.table = row_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.person_label = QLabel(self.tr("Pilih orang pada tabel."))
        self.person_label.setWordWrap(True)
        self.reason = QComboBox()
        for reason in AbsenceReason:
            self.reason.addItem(absence_reason_label(reason), reason.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("mis. surat dokter, SPT nomor …"))
        self.save_button = QPushButton(self.tr("Simpan alasan"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.import_button = QPushButton(self.tr("Impor dari berkas…"))
        self.import_button.clicked.connect(lambda: self.import_sheet())
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Pegawai"), self.person_label)
        form.addRow(self.tr("Alasan"), self.reason)
        form.addRow(self.tr("Catatan"), self.note)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.save_button)
        side.addSpacing(16)
        side.addWidget(QLabel(self.tr("Berkas .xlsx/.csv dengan kolom NIP, Alasan, Catatan:")))
        side.addWidget(self.import_button)
        side.addWidget(self.message)
        side.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(side, 1)
        self._refresh_buttons()

    def show_report(self, report: AttendanceReport | None) -> None:
        self.event_id = report.event.id if report else None
        lines = [line for line in report.absent_lines() if line.expected] if report else []
        index = self.table.currentIndex()
        chosen = self.model.item_at(index.row()).person.id if index.isValid() else None
        self.model.set_items(lines, self.search.text())
        for row in range(self.model.rowCount()):
            if self.model.item_at(row).person.id == chosen:
                self.table.selectRow(row)
        self._refresh_buttons()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def save(self) -> None:
        index = self.table.currentIndex()
        if self.event_id is None or not index.isValid():
            return
        person = self.model.item_at(index.row()).person
        event_id, reason, note = self.event_id, self.reason.currentData(), self.note.text()
        absences = self.services.absences
        self._busy(self.tr("Menyimpan…"))
        self.runner.run(
            "save", lambda: absences.record(event_id, person.id_number, reason, note),
            lambda result: self._saved(result, person), self._failed,
        )  # fmt: skip

    def _saved(self, result: AbsencesSaved | Invalid, person: Person) -> None:
        self._refresh_buttons()
        if isinstance(result, Invalid):
            self.message.setText("\n".join(error_line(e) for e in result.errors))
            return
        self.message.setText(self.tr("Alasan {name} tersimpan.").format(name=person.display_name))
        self.absences_changed.emit()

    def import_sheet(self, path: Path | None = None) -> None:
        if self.event_id is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Impor alasan tidak hadir"), "",
                self.tr("Lembar kerja (*.xlsx *.csv)"),
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        event_id, absences = self.event_id, self.services.absences
        self._busy(self.tr("Membaca {name}…").format(name=path.name))
        self.runner.run(
            "import", lambda: absences.import_sheet(event_id, path), self._imported, self._failed
        )

    def _imported(self, result: AbsencesSaved | Invalid) -> None:
        self._refresh_buttons()
        if isinstance(result, Invalid):
            self.message.setText(
                "\n".join(
                    [self.tr("Tidak ada yang disimpan:"), *(error_line(e) for e in result.errors)]
                )
            )
            return
        self.message.setText(self.tr("{count} alasan tercatat.").format(count=number(result.count)))
        self.absences_changed.emit()

    def _busy(self, doing: str) -> None:
        """While a save or an import runs, neither can start again."""
        self.message.setText(doing)
        self.save_button.setEnabled(False)
        self.import_button.setEnabled(False)

    def _failed(self, message: str) -> None:
        self._refresh_buttons()
        self.message.setText(self.tr("Gagal: {message}").format(message=message))

    def _row_chosen(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            line = self.model.item_at(index.row())
            self.person_label.setText(f"{line.person.display_name}\n{line.person.display_id}")
            if line.absence:
                self.reason.setCurrentIndex(self.reason.findData(line.absence.reason.value))
                self.note.setText(line.absence.note)
            else:
                self.note.clear()
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        self.save_button.setEnabled(self.table.currentIndex().isValid())
        self.import_button.setEnabled(self.event_id is not None)
