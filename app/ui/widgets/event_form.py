"""The fields of an event, with each problem shown beside the field it concerns."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.core.errors import FieldError
from app.core.events import UTC_OFFSETS, Event, EventKind, TimeZone, moments_of, zone_for_offset
from app.ui.field_errors import show_field_errors
from app.ui.labels import event_kind_label
from app.ui.widgets.moments_editor import MomentsEditor, time_edit


def system_time_zone() -> TimeZone:
    """The zone of this computer's clock: a new event starts in it."""
    return zone_for_offset(datetime.now().astimezone().utcoffset())


class EventForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_id: int | None = None
        self._organisation_id: int | None = None
        self._logo: bytes | None = None
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in EventKind:
            self.kind.addItem(event_kind_label(kind), kind.value)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd, d MMMM yyyy")
        self.start_time = time_edit()
        self.moments = MomentsEditor()
        self.late_after = self.moments.first.late_after  # the arrival's: the event's late time
        self.time_zone = QComboBox()
        for zone, offset in UTC_OFFSETS.items():
            hours = int(offset.total_seconds() // 3600)
            self.time_zone.addItem(f"{zone.value} (UTC+{hours})", zone.value)
        self.venue = QLineEdit()
        self.organiser = QLineEdit()
        self.kop = QPlainTextEdit()
        self.kop.setPlaceholderText(self.tr("Satu baris kop surat per baris"))
        self.kop.setFixedHeight(84)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(56, 56)
        self.logo_button = QPushButton(self.tr("Pilih logo…"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.presiding_name = QLineEdit()
        self.presiding_nip = QLineEdit()
        self.presiding_nip.setPlaceholderText(self.tr("18 angka, boleh kosong"))
        self.presiding_position = QLineEdit()
        self.error_labels: dict[str, QLabel] = {}

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addStretch(1)
        rows: list[tuple[str, str, QWidget | QHBoxLayout]] = [
            ("judul", self.tr("Judul acara"), self.title),
            ("jenis", self.tr("Jenis"), self.kind),
            ("tanggal", self.tr("Tanggal"), self.day),
            ("jam_mulai", self.tr("Jam mulai"), self.start_time),
            ("sesi", self.tr("Sesi"), self.moments),
            ("zona_waktu", self.tr("Zona waktu"), self.time_zone),
            ("tempat", self.tr("Tempat"), self.venue),
            ("penyelenggara", self.tr("Penyelenggara"), self.organiser),
            ("kop", self.tr("Kop surat"), self.kop),
            ("logo", self.tr("Logo"), logo_row),
            ("nama_pimpinan", self.tr("Pimpinan apel"), self.presiding_name),
            ("nip_pimpinan", self.tr("NIP pimpinan"), self.presiding_nip),
            ("jabatan_pimpinan", self.tr("Jabatan pimpinan"), self.presiding_position),
        ]
        for key, label, field in rows:
            form.addRow(label, field)
            # The first moment's late time is checked against the start (field kept apart).
            for error_key in ("batas_terlambat", key) if key == "sesi" else (key,):
                error = QLabel()
                error.setObjectName("fieldError")
                error.setWordWrap(True)
                error.hide()
                form.addRow("", error)
                self.error_labels[error_key] = error

    def load(self, event: Event) -> None:
        self._event_id = event.id
        self._organisation_id = event.organisation_id
        self._logo = event.logo
        self.title.setText(event.title)
        self.kind.setCurrentIndex(self.kind.findData(event.kind.value))
        self.day.setDate(QDate(event.day.year, event.day.month, event.day.day))
        self.start_time.setTime(QTime(event.start_time.hour, event.start_time.minute))
        self.moments.load(moments_of(event))
        self.time_zone.setCurrentIndex(self.time_zone.findData(event.time_zone.value))
        self.venue.setText(event.venue)
        self.organiser.setText(event.organiser)
        self.kop.setPlainText("\n".join(event.kop_lines))
        self.presiding_name.setText(event.presiding_name)
        self.presiding_nip.setText(event.presiding_nip)
        self.presiding_position.setText(event.presiding_position)
        self._show_logo()
        self.show_errors([])

    def value(self) -> Event:
        day = self.day.date()
        return Event(
            id=self._event_id,
            organisation_id=self._organisation_id,
            title=self.title.text(),
            kind=EventKind(self.kind.currentData()),
            day=date(day.year(), day.month(), day.day()),
            start_time=_time(self.start_time.time()),
            late_after=_time(self.late_after.time()),
            moments=self.moments.value(),
            time_zone=TimeZone(self.time_zone.currentData()),
            venue=self.venue.text(),
            organiser=self.organiser.text(),
            kop_lines=self.kop.toPlainText().splitlines(),
            logo=self._logo,
            presiding_name=self.presiding_name.text(),
            presiding_nip=self.presiding_nip.text(),
            presiding_position=self.presiding_position.text(),
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        show_field_errors(self.error_labels, errors)

    def set_logo(self, data: bytes | None) -> None:
        self._logo = data
        self._show_logo()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            with open(path, "rb") as file:
                self.set_logo(file.read())

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo:
            pixmap.loadFromData(self._logo)
        self.logo_preview.setPixmap(
            pixmap.scaled(
                56,
                56,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            if not pixmap.isNull()
            else QPixmap()
        )


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
