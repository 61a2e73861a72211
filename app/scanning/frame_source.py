"""Where frames come from: a camera, a video file or a folder of images, all read through
OpenCV so the gate, ``netra replay`` and the tests share one capture path.

Each frame carries a time in seconds: the steady clock for a camera, the position in
the video (or 1/30 s per image in a folder) for files, so repeat filtering behaves the
same whether a recording plays in real time or as fast as it decodes.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from app.core.refusals import Refusal, Refused

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"}
FOLDER_FRAME_SECONDS = 1 / 30
MAX_PROBED_CAMERAS = 4
RESOLUTIONS = ((1280, 720), (1920, 1080), (640, 480))


class SourceError(Exception):
    """A source that cannot be opened or read; ``message`` is for the user (a ``Refused``
    where the UI says it in its own language)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Captured:
    image: np.ndarray
    at: float
    index: int


class FrameSource(Protocol):
    name: str

    def read(self) -> Captured | None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class CameraInfo:
    index: int
    name: str


class CaptureSource:
    """A camera or a video file behind ``cv2.VideoCapture``."""

    def __init__(self, capture: cv2.VideoCapture, name: str, live: bool) -> None:
        self.capture = capture
        self.name = name
        self.live = live
        self.fps = capture.get(cv2.CAP_PROP_FPS) or 30.0
        self._index = 0

    def read(self) -> Captured | None:
        ok, image = self.capture.read()
        if not ok or image is None:
            return None
        at = time.monotonic() if self.live else self._index / self.fps
        self._index += 1
        return Captured(image, at, self._index - 1)

    def close(self) -> None:
        self.capture.release()


class ImageFolderSource:
    """The images of a folder in name order; unreadable ones are counted and skipped."""

    def __init__(self, folder: Path) -> None:
        self.name = str(folder)
        self.files = sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        self.unreadable: list[Path] = []
        self._position = 0

    def read(self) -> Captured | None:
        while self._position < len(self.files):
            path = self.files[self._position]
            self._position += 1
            image = read_image(path)
            if image is not None:
                index = self._position - 1
                return Captured(image, index * FOLDER_FRAME_SECONDS, index)
            self.unreadable.append(path)
        return None

    def close(self) -> None:
        self._position = len(self.files)


def read_image(path: Path) -> np.ndarray | None:
    """A colour image file as a frame, or None when it is missing or not an image."""
    return cv2.imread(str(path), cv2.IMREAD_COLOR) if path.is_file() else None


def fit_width(image: np.ndarray, width: int) -> np.ndarray:
    """The frame shrunk to at most ``width`` pixels wide (never enlarged)."""
    height, current = image.shape[:2]
    if current <= width:
        return image
    return cv2.resize(image, (width, height * width // current), interpolation=cv2.INTER_AREA)


def _camera_backend() -> int:
    # DirectShow opens in a fraction of the time Media Foundation takes on Windows.
    return cv2.CAP_DSHOW if sys.platform == "win32" else cv2.CAP_ANY


def open_camera(index: int, resolution: tuple[int, int]) -> CaptureSource:
    """Open camera ``index`` at ``resolution`` and read one frame to be sure it delivers."""
    capture = cv2.VideoCapture(index, _camera_backend())
    if not capture.isOpened():
        capture.release()
        raise SourceError(Refused(Refusal.CAMERA_NOT_OPENED, number=index + 1))
    capture.set(cv2.CAP_PROP_FRAME_WIDTH, resolution[0])
    capture.set(cv2.CAP_PROP_FRAME_HEIGHT, resolution[1])
    capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
    ok, _image = capture.read()
    if not ok:
        capture.release()
        raise SourceError(Refused(Refusal.CAMERA_NO_PICTURE, number=index + 1))
    width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
    height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
    return CaptureSource(capture, f"Kamera {index + 1} ({width}x{height})", live=True)


def open_recording(path: Path) -> FrameSource:
    """A video file or a folder of images, for ``netra replay`` and tests."""
    if path.is_dir():
        source = ImageFolderSource(path)
        if not source.files:
            raise SourceError(f"folder {path} tidak berisi gambar (png, jpg, bmp, webp, tif)")
        return source
    if not path.is_file():
        raise SourceError(f"berkas {path} tidak ditemukan")
    capture = cv2.VideoCapture(str(path))
    if not capture.isOpened():
        capture.release()
        raise SourceError(f"berkas {path.name} bukan video yang dapat dibaca")
    return CaptureSource(capture, path.name, live=False)


def frames(source: FrameSource) -> Iterator[Captured]:
    """Every frame of a finite source, closing it at the end."""
    try:
        while (captured := source.read()) is not None:
            yield captured
    finally:
        source.close()


def list_cameras() -> list[CameraInfo]:
    """Cameras on this computer. On Linux from sysfs (instant, no device opened);
    elsewhere by opening the first few indices, which takes a moment per camera."""
    devices = Path("/sys/class/video4linux")
    if sys.platform.startswith("linux"):
        found = []
        for node in sorted(devices.glob("video*"), key=lambda p: int(p.name[5:] or 0)):
            # Each camera also has metadata nodes; the capture node has index 0.
            if (node / "index").exists() and (node / "index").read_text().strip() != "0":
                continue
            name = (node / "name").read_text().strip() if (node / "name").exists() else node.name
            found.append(CameraInfo(int(node.name[5:]), name))
        return found
    found = []
    for index in range(MAX_PROBED_CAMERAS):
        capture = cv2.VideoCapture(index, _camera_backend())
        if capture.isOpened():
            found.append(CameraInfo(index, f"Kamera {index + 1}"))
        capture.release()
    return found


def cameras_can_be_listed_cheaply() -> bool:
    """Whether ``list_cameras`` opens no device, so it may be polled to notice plugging."""
    return sys.platform.startswith("linux")
