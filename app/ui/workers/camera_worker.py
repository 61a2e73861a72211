"""The camera on its own thread: capture, decode, filter repeats, and hand out copies.

The worker never touches a widget. It emits a small copy of each frame for the preview
(only when the previous one was shown, so a busy UI thread never piles up frames) and
each new payload with the moment its frame entered the decoder, for latency figures.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from app.core.refusals import Refusal, Refused
from app.scanning.frame_source import FrameSource, SourceError, fit_width
from app.scanning.pipeline import ScanPipeline
from app.ui.workers.worker_thread import WorkerThread

PREVIEW_WIDTH = 640
CAMERA_LOST = Refused(Refusal.CAMERA_LOST)


def preview_image(image: np.ndarray) -> QImage:
    """A copy of the frame, at most ``PREVIEW_WIDTH`` wide, that owns its pixels."""
    image = np.ascontiguousarray(fit_width(image, PREVIEW_WIDTH))
    height, width = image.shape[:2]
    view = QImage(image.data, width, height, image.strides[0], QImage.Format.Format_BGR888)
    return view.copy()


class CameraWorker(QObject):
    camera_started = Signal(str)  # what is running, e.g. "Kamera 1 (1280x720)"
    camera_failed = Signal(object)  # a message for the gate staff, often a Refused
    frame_captured = Signal(QImage)
    code_scanned = Signal(str, float)  # payload, perf_counter() when its frame was taken
    finished = Signal()

    def __init__(self, open_source: Callable[[], FrameSource], pipeline: ScanPipeline) -> None:
        super().__init__()
        self.open_source = open_source
        self.pipeline = pipeline
        self._stopping = threading.Event()
        self._preview_free = threading.Event()
        self._preview_free.set()

    @Slot()
    def run(self) -> None:
        try:
            source = self.open_source()
        except SourceError as error:
            self.camera_failed.emit(error.message)
            self.finished.emit()
            return
        self.camera_started.emit(source.name)
        try:
            self._capture(source)
        finally:
            source.close()
            self.finished.emit()

    def _capture(self, source: FrameSource) -> None:
        while not self._stopping.is_set():
            captured = source.read()
            if captured is None:
                if not self._stopping.is_set() and getattr(source, "live", False):
                    self.camera_failed.emit(CAMERA_LOST)
                return
            started = time.perf_counter()
            for payload in self.pipeline.process(captured.image, captured.at):
                self.code_scanned.emit(payload, started)
            if self._preview_free.is_set():
                self._preview_free.clear()
                self.frame_captured.emit(preview_image(captured.image))

    def preview_shown(self) -> None:
        """Called by the UI once it painted the last preview; the next one may come."""
        self._preview_free.set()

    def stop(self) -> None:
        self._stopping.set()


class CameraThread(WorkerThread):
    """A ``CameraWorker`` capturing on its own thread until stopped or its source ends."""

    def __init__(self, worker: CameraWorker) -> None:
        super().__init__(worker, "camera")
        self.camera = worker
        self.thread.started.connect(worker.run)
        worker.finished.connect(self.thread.quit)

    def stop(self, wait_ms: int = 5000) -> None:
        self.camera.stop()
        super().stop(wait_ms)
