"""Add or edit one person, checked by the same rules as a roster file row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.nip import EmploymentStatus, IdKind
from app.core.people import Person
from app.core.roster import CellValue, RosterField
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.roster_service import PersonDraft, PersonSaved
from app.ui.field_errors import show_field_errors
from app.ui.labels import status_label
from app.ui.workers.task_runner import Pool, TaskRunner


class PersonDialog(QDialog):
    def __init__(
        self,
        services: Services,
        draft: PersonDraft,
        person: Person | None = None,
        parent: QWidget | None = None,
        pool: Pool | None = None,
    ) -> None:
        """``person``: as the caller read it; its photo is read here, off the UI thread."""
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(services.store, self, pool)
        self.draft = draft
        self.saved_id: int | None = None
        self.photo_path: Path | None = None
        self.setWindowTitle(self.tr("Ubah pegawai") if person else self.tr("Tambah pegawai"))
        self.setMinimumWidth(560)
        self.inputs: dict[RosterField, QLineEdit | QComboBox] = {}
        self.error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        labels = {
            RosterField.NIP: self.tr("NIP"),
            RosterField.NIK: self.tr("NIK"),
            RosterField.FRONT_TITLE: self.tr("Gelar depan"),
            RosterField.NAME: self.tr("Nama"),
            RosterField.BACK_TITLE: self.tr("Gelar belakang"),
            RosterField.STATUS: self.tr("Status"),
            RosterField.GENDER: self.tr("Jenis kelamin"),
            RosterField.GRADE: self.tr("Golongan"),
            RosterField.POSITION: self.tr("Jabatan"),
            RosterField.OPD: self.tr("Unit kerja / OPD"),
        }
        for roster_field, label in labels.items():
            widget: QLineEdit | QComboBox
            if roster_field is RosterField.STATUS:
                widget = QComboBox()
                for status in EmploymentStatus:
                    widget.addItem(status_label(status), status.value)
            elif roster_field is RosterField.GENDER:
                widget = QComboBox()
                widget.addItem(self.tr("Laki-laki"), "L")
                widget.addItem(self.tr("Perempuan"), "P")
            else:
                widget = QLineEdit()
            self.inputs[roster_field] = widget
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            self.error_labels[roster_field.value] = error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(label, column)
        self.photo_label = QLabel(self.tr("Belum ada foto"))
        self.photo_label.setFixedSize(90, 120)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setObjectName("photoBox")
        self.photo_label.setWordWrap(True)
        self.photo_button = QPushButton(self.tr("Pilih foto…"))
        self.photo_button.clicked.connect(self._choose_photo)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label)
        photo_row.addWidget(self.photo_button, 0, Qt.AlignmentFlag.AlignBottom)
        photo_row.addStretch(1)
        self.photo_error = QLabel()
        self.photo_error.setObjectName("fieldError")
        self.photo_error.hide()
        self.error_labels["foto"] = self.photo_error
        form.addRow(self.tr("Foto"), photo_row)
        form.addRow("", self.photo_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if person:
            self._load(person)

    def _load(self, person: Person) -> None:
        values = {
            RosterField.NIP: person.id_number if person.id_kind is not IdKind.NIK else "",
            RosterField.NIK: person.id_number if person.id_kind is IdKind.NIK else "",
            RosterField.FRONT_TITLE: person.front_title,
            RosterField.NAME: person.name,
            RosterField.BACK_TITLE: person.back_title,
            RosterField.GRADE: person.grade,
            RosterField.POSITION: person.position,
            RosterField.OPD: person.unit,
        }
        for roster_field, value in values.items():
            widget = self.inputs[roster_field]
            assert isinstance(widget, QLineEdit)
            widget.setText(value)
        status = self.inputs[RosterField.STATUS]
        gender = self.inputs[RosterField.GENDER]
        assert isinstance(status, QComboBox) and isinstance(gender, QComboBox)
        status.setCurrentIndex(status.findData(person.status.value))
        gender.setCurrentIndex(max(0, gender.findData(person.gender)))
        roster, person_id = self.services.roster, person.id
        self.runner.run("photo", lambda: roster.photo(person_id), self._photo_read)

    def _photo_read(self, image: bytes | None) -> None:
        if image and self.photo_path is None:  # not when one was chosen meanwhile
            self._show_photo(image)

    def values(self) -> dict[RosterField, CellValue]:
        return {
            roster_field: (
                str(widget.currentData()) if isinstance(widget, QComboBox) else widget.text()
            )
            for roster_field, widget in self.inputs.items()
        }

    def save(self) -> None:
        """Save the person, then the chosen photo, off the UI thread; Simpan waits."""
        roster, photo_path = self.services.roster, self.photo_path
        draft = PersonDraft(
            self.draft.organisation_id, self.values(), self.draft.person_id, self.draft.event_id
        )

        def save() -> tuple[PersonSaved | Invalid, Invalid | None]:
            result = roster.save_person(draft)
            if not isinstance(result, PersonSaved) or photo_path is None:
                return result, None
            photo = roster.set_photo(result.person_id, photo_path.read_bytes())
            return result, photo if isinstance(photo, Invalid) else None

        self._save_button().setEnabled(False)
        self.message.setText(self.tr("Menyimpan…"))
        self.runner.run("save", save, lambda answer: self._saved(*answer), self._save_failed)

    def _save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _save_failed(self, message: str) -> None:
        self._save_button().setEnabled(True)
        self.message.setText(message)

    def _saved(self, result: PersonSaved | Invalid, photo_refused: Invalid | None) -> None:
        self._save_button().setEnabled(True)
        self.message.clear()
        if isinstance(result, PersonSaved) and photo_refused is not None:
            # The person is kept: a second Simpan updates them instead of adding them again.
            self.draft = PersonDraft(
                self.draft.organisation_id, {}, result.person_id, self.draft.event_id
            )
            result = photo_refused
        self.show_errors(result.errors if isinstance(result, Invalid) else [])
        if isinstance(result, PersonSaved):
            self.saved_id = result.person_id
            self.accept()

    def show_errors(self, errors: list) -> None:
        show_field_errors(self.error_labels, errors)

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih foto"), "", self.tr("Gambar (*.jpg *.jpeg *.png)")
        )
        if path:
            self.set_photo_file(Path(path))

    def set_photo_file(self, path: Path) -> None:
        self.photo_path = path
        self._show_photo(path.read_bytes())

    def _show_photo(self, data: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            self.photo_label.setPixmap(
                pixmap.scaled(
                    self.photo_label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
