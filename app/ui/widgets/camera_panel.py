"""Camera preview with its controls: which camera, which resolution, on/off, and a plain
message when there is no camera or another program holds it (the scanner keeps working)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.scanning import frame_source
from app.scanning.frame_source import CameraInfo, FrameSource
from app.scanning.pipeline import ScanPipeline
from app.settings import CAMERA_INDEX, CAMERA_RESOLUTION, Settings
from app.ui.refusals import refusal_text
from app.ui.widgets.sizes import QWIDGETSIZE_MAX
from app.ui.workers.camera_worker import CameraThread, CameraWorker
from app.ui.workers.task_runner import TaskRunner

COMPACT_HEIGHT = 180
PLUG_POLL_MS = 3_000


@dataclass
class CameraAccess:
    """How the gate finds and opens cameras; tests pass frames of their own."""

    list_cameras: Callable[[], list[CameraInfo]] = frame_source.list_cameras
    open_camera: Callable[[int, tuple[int, int]], FrameSource] = frame_source.open_camera
    pollable: bool = field(default_factory=frame_source.cameras_can_be_listed_cheaply)


class CameraPanel(QWidget):
    worker_started = Signal(object)  # CameraWorker, to connect its code_scanned

    def __init__(
        self, settings: Settings, access: CameraAccess, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.access = access
        self.running: CameraThread | None = None
        self.runner = TaskRunner(None, self)
        self.cameras: list[CameraInfo] = []
        self.preview = QLabel()
        self.preview.setObjectName("cameraPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 200)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("cameraStatus")
        self.status.setWordWrap(True)
        self.camera_choice = QComboBox()
        self.camera_choice.setMinimumContentsLength(12)
        self.camera_choice.setPlaceholderText(self.tr("(tidak ada kamera)"))
        self.resolution_choice = QComboBox()
        for width, height in frame_source.RESOLUTIONS:
            self.resolution_choice.addItem(f"{width}×{height}", (width, height))
        wanted = self.resolution_choice.findData(_parse(settings.get(CAMERA_RESOLUTION)))
        self.resolution_choice.setCurrentIndex(max(wanted, 0))
        self.toggle_button = QPushButton()
        self.toggle_button.clicked.connect(self.toggle)
        self.refresh_button = QPushButton(self.tr("Cari kamera"))
        self.refresh_button.clicked.connect(self.refresh_cameras)
        self.camera_choice.activated.connect(self._choice_changed)
        self.resolution_choice.activated.connect(self._choice_changed)
        controls = QHBoxLayout()
        controls.addWidget(self.camera_choice, 1)
        controls.addWidget(self.resolution_choice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.refresh_button)
        self.controls = QWidget()
        controls_column = QVBoxLayout(self.controls)
        controls_column.setContentsMargins(0, 0, 0, 0)
        controls_column.addWidget(self.status)
        controls_column.addLayout(controls)
        controls_column.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.controls)
        self.plug_timer = QTimer(self)
        self.plug_timer.setInterval(PLUG_POLL_MS)
        self.plug_timer.timeout.connect(self._poll_plugged)
        self._show_stopped(self.tr("Kamera mati."))

    def set_compact(self, compact: bool) -> None:
        """Only the preview, small: the gate's full-screen result mode keeps it in a corner."""
        self.controls.setVisible(not compact)
        self.preview.setMinimumSize(*((240, 150) if compact else (320, 200)))
        self.setMaximumHeight(COMPACT_HEIGHT if compact else QWIDGETSIZE_MAX)

    def activate(self) -> None:
        """The gate is on screen: find cameras and start the chosen one."""
        if self.access.pollable:
            self.plug_timer.start()
        self.refresh_cameras(start=True)

    def deactivate(self) -> None:
        self.plug_timer.stop()
        self.stop()

    def refresh_cameras(self, start: bool = False) -> None:
        self.refresh_button.setEnabled(False)
        self.runner.run(
            "cameras", self.access.list_cameras, lambda found: self._listed(found, start)
        )

    def _listed(self, found: list[CameraInfo], start: bool) -> None:
        self.refresh_button.setEnabled(True)
        self.cameras = list(found)
        self.camera_choice.clear()
        for camera in found:
            self.camera_choice.addItem(camera.name, camera.index)
        if not found:
            self.stop()
            self._show_stopped(
                self.tr("Tidak ada kamera terdeteksi. Pemindai USB dan kolom kode tetap dapat "
                        "dipakai; colokkan kamera, daftar akan diperbarui.")
            )  # fmt: skip
            return
        wanted = self.camera_choice.findData(self.settings.get(CAMERA_INDEX))
        self.camera_choice.setCurrentIndex(max(wanted, 0))
        if start and self.running is None:
            self.start()

    def _poll_plugged(self) -> None:
        found = self.access.list_cameras()
        if [c.index for c in found] != [c.index for c in self.cameras]:
            self._listed(found, start=self.running is None)

    def toggle(self) -> None:
        if self.running is None:
            self.start()
        else:
            self.stop()
            self._show_stopped(self.tr("Kamera mati."))

    def start(self) -> None:
        self.stop()
        index = self.camera_choice.currentData()
        if index is None:
            return
        resolution = self.resolution_choice.currentData()
        worker = CameraWorker(lambda: self.access.open_camera(index, resolution), ScanPipeline())
        worker.camera_started.connect(self._started)
        worker.camera_failed.connect(self._failed)
        worker.frame_captured.connect(self._show_frame)
        self.running = CameraThread(worker)
        self.worker_started.emit(worker)
        self.status.setText(self.tr("Menyalakan kamera…"))
        self.toggle_button.setText(self.tr("Matikan kamera"))
        self.running.start()

    def stop(self) -> None:
        if self.running is not None:
            running, self.running = self.running, None
            running.stop()

    def _started(self, name: str) -> None:
        self.status.setText(self.tr("{camera} menyala.").format(camera=name))

    def _failed(self, message: str) -> None:
        self.stop()
        self._show_stopped(refusal_text(message))

    def _show_stopped(self, message: str) -> None:
        self.preview.clear()
        self.preview.setText(message)
        self.status.setText("")
        self.toggle_button.setText(self.tr("Nyalakan kamera"))

    def _show_frame(self, image: QImage) -> None:
        if self.running is None:
            return
        pixmap = QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )  # fmt: skip
        self.preview.setPixmap(pixmap)
        self.running.camera.preview_shown()

    def _choice_changed(self) -> None:
        index = self.camera_choice.currentData()
        if index is not None:
            self.settings.set(CAMERA_INDEX, int(index))
        width, height = self.resolution_choice.currentData()
        self.settings.set(CAMERA_RESOLUTION, f"{width}x{height}")
        if self.running is not None:
            self.start()


def _parse(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return (int(width), int(height)) if width.isdigit() and height.isdigit() else (1280, 720)
