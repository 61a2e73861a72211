"""Import preview: the file's first rows, which column holds what, every problem found,
and what the import will change.

Columns recognised from their header are set already; the user maps the others
(or corrects a guess) with the choice above each column. Once the file is clean the
dialog lists who is new, who changes (and which fields), how many stay the same and
who is on the roster but not in this file. Comparing and importing run off the UI
thread; nothing is stored while any problem remains.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.people import Person
from app.core.progress import Cancelled
from app.core.roster import ATTRIBUTE_FIELDS, RosterField, RosterLayout, RosterPlan, parse_roster
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.roster_service import ImportDone, RosterPreview
from app.ui.i18n import number
from app.ui.labels import roster_field_label
from app.ui.refusals import error_line
from app.ui.widgets.job_progress import JobProgress
from app.ui.workers.task_runner import TaskRunner

PREVIEW_ROWS = 30
LISTED_CHANGES = 500  # lines in the change list; the title gives every count


class RosterImportDialog(QDialog):
    imported = Signal(object)  # ImportDone

    def __init__(
        self,
        services: Services,
        preview: RosterPreview,
        target: tuple[int, int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.preview = preview
        self.organisation_id, self.event_id = target
        self.runner = TaskRunner(services.store, self)
        self.import_done: ImportDone | None = None
        self.setWindowTitle(self.tr("Pratinjau impor: {name}").format(name=preview.table.source))
        self.resize(1100, 640)
        headers = preview.layout.headers
        width = max([len(headers), *(len(cells) for _, cells in preview.table.rows[:50])])
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, width)
        self.table.verticalHeader().setVisible(True)
        self.column_choices: list[QComboBox] = []
        self.table.setRowCount(1 + min(PREVIEW_ROWS, self._data_row_count()))
        for column in range(width):
            choice = QComboBox()
            choice.addItem(self.tr("(abaikan)"), None)
            for roster_field in RosterField:
                choice.addItem(roster_field_label(roster_field), roster_field.value)
            mapped = preview.layout.mapping.get(column)
            choice.setCurrentIndex(choice.findData(mapped.value) if mapped else 0)
            choice.currentIndexChanged.connect(self._mapping_changed)
            self.column_choices.append(choice)
            self.table.setCellWidget(0, column, choice)
            header = headers[column] if column < len(headers) else ""
            self.table.setHorizontalHeaderItem(column, QTableWidgetItem(header or "—"))
            self.table.setColumnWidth(column, 170)
        self.table.setVerticalHeaderItem(0, QTableWidgetItem(self.tr("Kolom")))
        first = preview.layout.header_index + 1
        for row, (number_in_file, cells) in enumerate(preview.table.rows[first:][:PREVIEW_ROWS]):
            self.table.setVerticalHeaderItem(row + 1, QTableWidgetItem(str(number_in_file)))
            for column, value in enumerate(cells):
                text = "" if value is None else str(value)
                self.table.setItem(row + 1, column, QTableWidgetItem(text))
        self.problems_title = QLabel()
        self.problems_title.setObjectName("sectionTitle")
        self.problems = QListWidget()
        self.problems.setObjectName("problemList")
        self.changes_title = QLabel()
        self.changes_title.setObjectName("sectionTitle")
        self.changes_title.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setWordWrap(True)  # a change names old and new values: keep them whole
        self.import_button = QPushButton(self.tr("Impor"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.reject)
        self.job = JobProgress(self.runner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.job, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 3)
        findings = QHBoxLayout()
        for title, listing in (
            (self.problems_title, self.problems),
            (self.changes_title, self.changes),
        ):
            findings_column = QVBoxLayout()
            findings_column.addWidget(title)
            findings_column.addWidget(listing, 1)
            findings.addLayout(findings_column, 1)
        layout.addLayout(findings, 2)
        layout.addLayout(buttons)
        self.check()

    def _data_row_count(self) -> int:
        return max(0, len(self.preview.table.rows) - self.preview.layout.header_index - 1)

    def layout_chosen(self) -> RosterLayout:
        mapping = {
            column: RosterField(choice.currentData())
            for column, choice in enumerate(self.column_choices)
            if choice.currentData() is not None
        }
        return replace(self.preview.layout, mapping=mapping)

    def _mapping_changed(self) -> None:
        self.preview = replace(self.preview, layout=self.layout_chosen())
        self.check()

    def check(self) -> None:
        """Check every row with the current mapping (fast: no database involved)."""
        parsed = parse_roster(self.preview.table, self.preview.layout)
        for choice in self.column_choices:  # columns left out stand out in amber
            choice.setObjectName("unmappedColumn" if choice.currentData() is None else "")
            choice.style().unpolish(choice)
            choice.style().polish(choice)
        unmapped = sum(1 for choice in self.column_choices if choice.currentData() is None)
        self.intro.setText(
            self.tr(
                "{rows} baris data. Kolom yang dikenali sudah dipasangkan; pilih isi kolom "
                "lainnya pada baris \u201cKolom\u201d ({unmapped} kolom diabaikan)."
            ).format(rows=number(self._data_row_count()), unmapped=unmapped)
        )
        self.show_problems(parsed.errors)
        self.changes.clear()
        self.changes_title.setText("")
        if not parsed.errors:
            self.changes_title.setText(self.tr("Membandingkan dengan daftar tersimpan…"))
            preview, organisation_id = self.preview, self.organisation_id
            self.runner.run(
                "plan",
                lambda: self.services.roster.plan(preview, organisation_id),
                self._plan_ready,
                lambda message: self.changes_title.setText(message),
            )

    def _plan_ready(self, plan: RosterPlan | Invalid) -> None:
        if isinstance(plan, Invalid):
            self.show_problems(plan.errors)
            return
        self.changes_title.setText(
            self.tr(
                "{new} baru, {changed} berubah, {same} tetap; {absent} ada di daftar "
                "tetapi tidak ada di berkas ini (tetap disimpan)."
            ).format(
                new=number(len(plan.new)),
                changed=number(len(plan.changed)),
                same=number(len(plan.unchanged)),
                absent=number(len(plan.not_in_file)),
            )
        )
        lines = [self.tr("Baru: {who}").format(who=_who(p)) for p in plan.new]
        lines += [
            self.tr("Berubah: {who}: {fields}").format(
                who=_who(change.person),
                fields="; ".join(
                    f"{self._label(attribute)} \u2018{old}\u2019 \u2192 \u2018{new}\u2019"
                    for attribute, (old, new) in change.changes.items()
                ),
            )
            for change in plan.changed
        ]
        absent = self.tr("Tidak ada di berkas: {who}")
        lines += [absent.format(who=_who(p)) for p in plan.not_in_file]
        self.changes.addItems(lines[:LISTED_CHANGES])

    def _label(self, attribute: str) -> str:
        if attribute == "id_kind":
            return self.tr("Jenis nomor")
        return roster_field_label(ATTRIBUTE_FIELDS[attribute])

    def show_problems(self, errors: list) -> None:
        self.problems.clear()
        self.problems.addItems([error_line(error) for error in errors])
        self.import_button.setEnabled(not errors)
        if errors:
            self.problems_title.setText(
                self.tr(
                    "{count} masalah: perbaiki berkasnya lalu impor lagi; belum ada yang disimpan."
                ).format(count=number(len(errors)))
            )
        else:
            self.problems_title.setText(self.tr("Tidak ada masalah. Siap diimpor."))

    def start_import(self) -> None:
        self.import_button.setEnabled(False)
        self.cancel_button.setVisible(False)  # the import's own Cancel stands beside its bar
        self.problems_title.setText(self.tr("Mengimpor…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        preview, organisation_id, event_id = self.preview, self.organisation_id, self.event_id
        roster = self.services.roster
        self.job.start(
            "import", self.tr("Mengimpor"), self.tr("orang"),
            lambda keep_going: roster.import_table(preview, organisation_id, event_id, keep_going),
            self._import_finished, self._import_failed,
        )  # fmt: skip

    def reject(self) -> None:
        """Closing the dialog during an import stops it; nothing is stored then."""
        self.job.cancel()
        super().reject()

    def _import_finished(self, result: ImportDone | Invalid | Cancelled) -> None:
        self.unsetCursor()
        self.cancel_button.setVisible(True)
        if isinstance(result, Invalid):
            self.show_problems(result.errors)
            return
        if isinstance(result, Cancelled):
            self.problems_title.setText(self.tr("Impor dibatalkan; tidak ada yang disimpan."))
            self.import_button.setEnabled(True)
            return
        self.import_done = result
        self.imported.emit(result)
        self.accept()

    def _import_failed(self, message: str) -> None:
        self.unsetCursor()
        self.cancel_button.setVisible(True)
        self.problems_title.setText(
            self.tr("Impor gagal, tidak ada yang disimpan: {m}").format(m=message)
        )
        self.import_button.setEnabled(True)


def _who(person: Person) -> str:
    return f"{person.display_name} ({person.display_id})"
