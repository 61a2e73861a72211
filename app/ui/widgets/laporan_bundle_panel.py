"""The documentation photos of the laporan (added, captioned, removed) and the button that
builds the signed bundle, with its progress and a way to stop it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event
from app.core.laporan_photo import StoredPhoto
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.laporan_bundle import BuildCancelled, BundleWritten
from app.ui.i18n import number
from app.ui.refusals import error_line
from app.ui.workers.task_runner import TaskRunner

PROGRESS_POLL_MS = 100


class BuildProgress:
    """Written by the build on its thread, read by the dialog's timer on the UI thread."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 1
        self.cancelled = False

    def keep_going(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancelled


class LaporanBundlePanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.chosen_event: Event | None = None
        self.runner = TaskRunner(services.store, self)
        self.photo_list = QListWidget()
        self.photo_list.currentItemChanged.connect(self._photo_chosen)
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Keterangan foto"))
        self.caption_button = QPushButton(self.tr("Simpan keterangan"))
        self.caption_button.clicked.connect(self.save_caption)
        self.add_files_button = QPushButton(self.tr("Tambah foto…"))
        self.add_files_button.clicked.connect(lambda: self.add_photos())
        self.add_folder_button = QPushButton(self.tr("Tambah folder…"))
        self.add_folder_button.clicked.connect(lambda: self.add_folder())
        self.remove_button = QPushButton(self.tr("Hapus dari laporan"))
        self.remove_button.clicked.connect(self.remove_photo)
        self.per_page = QComboBox()
        self.per_page.addItem(self.tr("2 foto per halaman"), 2)
        self.per_page.addItem(self.tr("4 foto per halaman"), 4)
        self.build_button = QPushButton(self.tr("Buat laporan…"))
        self.build_button.setObjectName("primaryButton")
        self.build_button.clicked.connect(lambda: self.build())
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.progress: QProgressDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(PROGRESS_POLL_MS)
        self.watched = BuildProgress()
        self.timer.timeout.connect(self._show_progress)

        adding = QHBoxLayout()
        adding.addWidget(self.add_files_button)
        adding.addWidget(self.add_folder_button)
        adding.addWidget(self.remove_button)
        captioning = QHBoxLayout()
        captioning.addWidget(self.caption, 1)
        captioning.addWidget(self.caption_button)
        building = QHBoxLayout()
        building.addWidget(self.per_page)
        building.addWidget(self.build_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Foto dokumentasi")))
        layout.addWidget(self.photo_list, 1)
        layout.addLayout(captioning)
        layout.addLayout(adding)
        layout.addSpacing(8)
        layout.addLayout(building)
        layout.addWidget(self.message)

    def set_event(self, event: Event | None) -> None:
        self.chosen_event = event if event and event.id else None
        self.setEnabled(self.chosen_event is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.chosen_event is None or self.chosen_event.id is None:
            self.photo_list.clear()
            return
        event_id, laporan = self.chosen_event.id, self.services.laporan
        self.runner.run("photos", lambda: laporan.photos(event_id), self._show_photos)

    def _show_photos(self, photos: object) -> None:
        self.photo_list.clear()
        for photo in photos if isinstance(photos, list) else []:
            item = QListWidgetItem(f"{photo.caption} — {photo.original_name}")
            item.setData(Qt.ItemDataRole.UserRole, photo)
            self.photo_list.addItem(item)

    def _chosen(self) -> StoredPhoto | None:
        item = self.photo_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _photo_chosen(self) -> None:
        photo = self._chosen()
        self.caption.setText(photo.caption if photo else "")

    def add_photos(self, paths: list[Path] | None = None) -> None:
        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Tambah foto dokumentasi"), "", self.tr("Gambar (*.jpg *.jpeg *.png)")
            )
            paths = [Path(p) for p in chosen]
        if not paths or self.chosen_event is None or self.chosen_event.id is None:
            return
        event_id, laporan = self.chosen_event.id, self.services.laporan
        self.message.setText(self.tr("Memeriksa foto…"))
        self.runner.run("add", lambda: laporan.add_photos(event_id, paths), self._changed)

    def add_folder(self, folder: Path | None = None) -> None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder foto dokumentasi"))
            folder = Path(chosen) if chosen else None
        if folder is not None:
            self.add_photos([folder])

    def save_caption(self) -> None:
        photo = self._chosen()
        if photo is None or self.chosen_event is None or self.chosen_event.id is None:
            return
        event_id, caption, laporan = (
            self.chosen_event.id,
            self.caption.text().strip(),
            self.services.laporan,
        )
        self.runner.run(
            "caption", lambda: laporan.set_caption(event_id, photo.id, caption), self._changed
        )

    def remove_photo(self) -> None:
        photo = self._chosen()
        if photo is None or self.chosen_event is None or self.chosen_event.id is None:
            return
        event_id, laporan = self.chosen_event.id, self.services.laporan
        self.runner.run("remove", lambda: laporan.remove_photo(event_id, photo.id), self._changed)

    def _changed(self, result: object) -> None:
        if isinstance(result, Invalid):
            self.message.setText("\n".join(error_line(error) for error in result.errors))
            return
        self.message.setText(self.tr("Foto laporan diperbarui."))
        self.refresh()

    def build(self, folder: Path | None = None) -> None:
        """Ask for a folder, then build the bundle off the UI thread, its progress shown."""
        if self.chosen_event is None or self.chosen_event.id is None:
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Simpan laporan ke folder"))
            folder = Path(chosen) if chosen else None
        if folder is None:
            return
        self.watched = BuildProgress()
        progress = QProgressDialog(self.tr("Menyusun laporan pelaksanaan…"), self.tr("Batal"),
                                   0, 100, self)  # fmt: skip
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(self._cancel)
        self.progress = progress
        self.timer.start()
        self.build_button.setEnabled(False)
        event_id, per_page = self.chosen_event.id, int(self.per_page.currentData())
        bundle, watched = self.services.laporan_bundle, self.watched
        self.runner.run(
            "build",
            lambda: bundle.build(event_id, folder, per_page, watched.keep_going),
            self._built,
            lambda message: self._built(self.tr("Gagal: {message}").format(message=message)),
        )

    def _cancel(self) -> None:
        self.watched.cancelled = True

    def _show_progress(self) -> None:
        if self.progress is not None:
            self.progress.setMaximum(self.watched.total)
            self.progress.setValue(self.watched.done)

    def _built(self, result: object) -> None:
        self.timer.stop()
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self.build_button.setEnabled(True)
        if isinstance(result, BundleWritten):
            self.message.setText(
                self.tr("Laporan ({pages} halaman) tersimpan dan ditandatangani:\n{pdf}\n{zip}")
                .format(pages=number(result.pages), pdf=result.pdf, zip=result.zip)
            )  # fmt: skip
        elif isinstance(result, BuildCancelled):
            self.message.setText(self.tr("Pembuatan laporan dibatalkan; tidak ada berkas."))
        elif isinstance(result, Invalid):
            self.message.setText("\n".join(error_line(error) for error in result.errors))
        elif isinstance(result, str):
            self.message.setText(result)
