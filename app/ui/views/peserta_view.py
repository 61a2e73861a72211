"""Peserta: the people expected at the current event; import, search, add, edit, photos."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event
from app.core.nip import EmploymentStatus
from app.core.people import Person
from app.core.progress import Cancelled
from app.services.badge_print_service import BadgeRequest, BadgesWritten
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.roster_service import ImportDone, PersonDraft, PhotoImport, RosterPreview
from app.ui.dialogs.person_dialog import PersonDialog
from app.ui.dialogs.roster_import_dialog import RosterImportDialog
from app.ui.i18n import number
from app.ui.labels import status_label
from app.ui.models.people_table_model import INACTIVE, PeopleFilter, PeopleTableModel
from app.ui.refusals import refusal_text
from app.ui.views.place_view import PlaceDefaults
from app.ui.widgets.column_fit import fit_columns
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.job_progress import JobProgress
from app.ui.workers.task_runner import Pool, TaskRunner


class PesertaView(PlaceDefaults, QWidget):
    def __init__(
        self, services: Services, parent: QWidget | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.current_event: Event | None = None
        self.runner = TaskRunner(services.store, self, pool)
        self.model = PeopleTableModel()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NIP, jabatan atau unit kerja…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumWidth(240)
        self.unit_filter.currentIndexChanged.connect(self._filter)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status in EmploymentStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.addItem(self.tr("Nonaktif"), INACTIVE)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Impor daftar pegawai…"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.clicked.connect(self.choose_roster_file)
        self.add_button = QPushButton(self.tr("Tambah"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton(self.tr("Ubah"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button = QPushButton(self.tr("Nonaktifkan"))
        self.active_button.clicked.connect(self.toggle_selected_active)
        self.photos_button = QPushButton(self.tr("Impor folder foto…"))
        self.photos_button.clicked.connect(self.choose_photo_folder)
        self.badges_button = QPushButton(self.tr("Cetak kartu QR…"))
        self.badges_button.setToolTip(
            self.tr("Kartu QR peserta aktif sebagai PDF, untuk unit kerja yang dipilih di bawah")
        )
        self.badges_button.clicked.connect(lambda: self.print_badges())
        self.job = JobProgress(self.runner)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        fit_columns(self.table, self.model.fixed_columns())
        self.empty = EmptyState(
            self.tr("Belum ada peserta"),
            self.tr(
                "Impor daftar pegawai dari berkas Excel atau CSV ekspor SIASN/SIMPEG dengan tombol "
                "di atas, atau tambahkan satu per satu. Dari baris perintah: "
                "netra roster import BERKAS --event NOMOR."
            ),
        )
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.active_button)
        actions.addWidget(self.photos_button)
        actions.addWidget(self.badges_button)
        actions.addWidget(self.message, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.unit_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.count_label)
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(filters)
        table_layout.addWidget(self.table)
        pages_holder = QWidget()
        self.pages = QStackedLayout(pages_holder)
        self.pages.addWidget(table_page)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.job)
        layout.addWidget(pages_holder, 1)
        self._selection_changed()

    def set_event(self, event: Event | None) -> None:
        self.current_event = event
        self.search.clear()
        self.message.clear()
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the event's people off the UI thread (50,000 take a third of a second),
        then show them; ``select``: the person to select once shown."""
        event, people = self.current_event, self.services.people
        if event is None or event.id is None:
            self._people_read(event, [], set(), select)
            return
        event_id = event.id

        def read() -> tuple[list[Person], set[int]]:
            expected = people.expected(event_id)
            return expected, people.with_photo([p.id for p in expected])

        def show(answer: tuple[list[Person], set[int]]) -> None:
            self._people_read(event, *answer, select=select)

        self.runner.run("people", read, show, self._task_failed)

    def _people_read(
        self, event: Event | None, people: list[Person], with_photo: set[int], select: int | None
    ) -> None:
        current = self.current_event
        if (event and event.id) != (current and current.id):
            return  # the user moved to another event meanwhile
        self.model.set_people(people, with_photo)
        self._fill_unit_filter()
        for button in (self.import_button, self.add_button, self.photos_button):
            button.setEnabled(event is not None)
        self.badges_button.setEnabled(bool(people) and not self.job.busy())
        self.pages.setCurrentIndex(0 if people else 1)
        self._update_count()
        row = self.model.row_of(select) if select is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._selection_changed()

    def _fill_unit_filter(self) -> None:
        chosen = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Semua unit kerja"), None)
        for unit in self.model.units():
            self.unit_filter.addItem(unit, unit)
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(chosen)))
        self.unit_filter.blockSignals(False)
        self.model.apply(self._wanted())

    def _wanted(self) -> PeopleFilter:
        return PeopleFilter(
            self.search.text(), self.unit_filter.currentData(), self.status_filter.currentData()
        )

    def _filter(self) -> None:
        self.model.apply(self._wanted())
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        counted = self.tr("{shown} dari {total} orang")
        total = number(self.model.total())
        # As wide as its widest text, so a keystroke does not lay out and repaint the view.
        widest = counted.format(shown=total, total=total)
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(widest))
        self.count_label.setText(counted.format(shown=number(self.model.rowCount()), total=total))

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        if row is not None:
            active = self.model.person_at(row).active
            self.active_button.setText(self.tr("Nonaktifkan") if active else self.tr("Aktifkan"))

    def _target(self) -> tuple[int, int | None]:
        assert self.current_event is not None and self.current_event.organisation_id is not None
        return self.current_event.organisation_id, self.current_event.id

    # --- import -----------------------------------------------------------------

    def choose_roster_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih daftar pegawai"), "", self.tr("Daftar pegawai (*.xlsx *.csv)")
        )
        if path:
            self.open_roster_file(Path(path))

    def open_roster_file(self, path: Path, then: Callable[[], None] | None = None) -> None:
        """Read the file off the UI thread, then show the preview (``then`` runs after)."""
        self.message.setText(self.tr("Membaca {name}…").format(name=path.name))
        self.runner.run(
            "preview",
            lambda: self.services.roster.preview(path),
            lambda result: self._preview_ready(result, then),
            self._task_failed,
        )

    def _preview_ready(self, result: RosterPreview | Invalid, then: Callable | None) -> None:
        if isinstance(result, Invalid):
            self.message.setText(refusal_text(result.errors[0].message))
            return
        self.message.clear()
        self.preview_dialog = RosterImportDialog(self.services, result, self._target(), self)
        self.preview_dialog.imported.connect(self._imported)
        if then is None:
            self.preview_dialog.open()
        else:
            then()

    def _imported(self, result: ImportDone) -> None:
        self.reload()
        self.message.setText(
            self.tr("{rows} baris diimpor: {new} baru, {updated} diperbarui, {same} tetap.").format(
                rows=number(result.rows), new=number(result.created),
                updated=number(result.updated), same=number(result.unchanged),
            )
        )  # fmt: skip

    def _task_failed(self, message: str) -> None:
        self.message.setText(self.tr("Gagal: {message}").format(message=message))

    # --- one person -------------------------------------------------------------

    def person_dialog(self, person_id: int | None = None) -> PersonDialog:
        organisation_id, event_id = self._target()
        person = self.model.person_with(person_id) if person_id else None  # as listed
        draft = PersonDraft(organisation_id, {}, person_id, event_id)
        dialog = PersonDialog(self.services, draft, person, self, self.runner.pool)
        dialog.accepted.connect(lambda: self.reload(select=dialog.saved_id))
        return dialog

    def add_person(self) -> None:
        self.person_dialog().open()

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.person_dialog(self.model.person_at(row).id).open()

    def toggle_selected_active(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        person, roster = self.model.person_at(row), self.services.roster
        self.active_button.setEnabled(False)
        self.message.setText(self.tr("Menyimpan…"))
        self.runner.run(
            "active", lambda: roster.set_active(person.id, not person.active),
            lambda _done: self._active_set(person.id), self._active_failed,
        )  # fmt: skip

    def _active_failed(self, message: str) -> None:
        self._selection_changed()
        self._task_failed(message)

    def _active_set(self, person_id: int) -> None:
        self.message.clear()
        self.reload(select=person_id)

    def choose_photo_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder foto (NIP.jpg)"))
        if folder:
            self.import_photo_folder(Path(folder))

    def import_photo_folder(self, folder: Path) -> None:
        organisation_id, _ = self._target()
        self.runner.run(
            "photos",
            lambda: self.services.roster.import_photos(organisation_id, folder),
            self._photos_imported,
            self._task_failed,
        )

    def _photos_imported(self, result: PhotoImport) -> None:
        self.reload()
        text = self.tr("{stored} foto disimpan.").format(stored=number(result.stored))
        if result.unknown:
            text += " " + self.tr("{count} berkas tanpa pegawai dengan NIP itu: {names}").format(
                count=number(len(result.unknown)), names=", ".join(result.unknown[:5])
            )
        if result.unreadable:
            text += " " + self.tr("{count} berkas bukan gambar: {names}").format(
                count=number(len(result.unreadable)), names=", ".join(result.unreadable[:5])
            )
        self.message.setText(text)

    # --- badges ------------------------------------------------------------------

    def print_badges(self, path: Path | None = None) -> None:
        """The QR badges of the unit chosen in the filter (every unit when none), as a PDF."""
        event = self.current_event
        if event is None or event.id is None:
            return
        unit = self.unit_filter.currentData()
        if path is None:
            suffix = f"-{unit}" if unit else ""
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan kartu QR"), f"kartu-qr{suffix}.pdf", "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = Path(chosen).with_suffix(".pdf")
        request = BadgeRequest(event.id, path, unit)
        printing = self.services.badge_printing
        self.message.clear()
        self.badges_button.setEnabled(False)
        self.job.start(
            "badges", self.tr("Menyusun kartu QR"), self.tr("kartu"),
            lambda keep_going: printing.write_pdf(request, keep_going),
            self._badges_written, self._badges_failed,
        )  # fmt: skip

    def _badges_written(self, result: BadgesWritten | Invalid | Cancelled) -> None:
        self.badges_button.setEnabled(True)
        if isinstance(result, Invalid):
            self.message.setText(refusal_text(result.errors[0].message))
        elif isinstance(result, Cancelled):
            self.message.setText(self.tr("Dibatalkan; tidak ada berkas yang ditulis."))
        else:
            self.message.setText(
                self.tr("{badges} kartu di {pages} halaman disimpan ke {file}.").format(
                    badges=number(result.badges), pages=number(result.pages),
                    file=result.files[0].name,
                )
            )  # fmt: skip

    def _badges_failed(self, message: str) -> None:
        self.badges_button.setEnabled(True)
        self._task_failed(message)
