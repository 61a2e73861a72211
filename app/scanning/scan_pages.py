"""The pages of what the office scanner gave: a multi-page PDF, or a folder of images (and
PDFs), one page at a time so a bundle of ten thousand pages never sits in memory at once.

PDF pages are rendered with pdfium at ``PDF_DPI`` in grey: enough for a sheet QR (a module
is five pixels) and for the ink in the box, at a tenth of the cost of 300 dpi.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium

from app.core.refusals import Refusal, Refused

PDF_DPI = 150
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}


@dataclass(frozen=True)
class ScanPage:
    """One page; ``image`` is None when the file or page cannot be decoded."""

    number: int  # 1-based, across the whole input
    label: str  # "bundel.pdf halaman 3" or "IMG_0012.jpg"
    image: np.ndarray | None


def input_files(path: Path) -> list[Path]:
    """The files a scan reads, in name order; the path itself when it is a file."""
    if path.is_file():
        return [path]
    return sorted(
        p for p in path.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES | {".pdf"}
    )


def count_pages(files: list[Path]) -> int:
    total = 0
    for file in files:
        if file.suffix.lower() == ".pdf":
            try:
                document = pdfium.PdfDocument(str(file))
            except pdfium.PdfiumError:
                total += 1
                continue
            total += len(document)
            document.close()
        else:
            total += 1
    return total


def scan_pages(files: list[Path]) -> Iterator[ScanPage]:
    number = 0
    for file in files:
        if file.suffix.lower() == ".pdf":
            for label, image in _pdf_pages(file):
                number += 1
                yield ScanPage(number, label, image)
        else:
            number += 1
            yield ScanPage(number, file.name, _read_image(file))


def _read_image(file: Path) -> np.ndarray | None:
    data = np.fromfile(str(file), dtype=np.uint8)  # imread cannot open non-ASCII paths on Windows
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE) if data.size else None


def _pdf_pages(file: Path) -> Iterator[tuple[str, np.ndarray | None]]:
    try:
        document = pdfium.PdfDocument(str(file))
    except pdfium.PdfiumError:
        yield Refused(Refusal.PDF_UNREADABLE_PAGE, file=file.name), None
        return
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=PDF_DPI / 72, grayscale=True)
            image = bitmap.to_numpy().copy()
            bitmap.close()
            page.close()
            yield Refused(Refusal.PAGE_OF_FILE, file=file.name, page=index + 1), _grey(image)
    finally:
        document.close()


def _grey(image: np.ndarray) -> np.ndarray:
    if image.ndim == 3 and image.shape[2] == 1:
        return image[:, :, 0]
    if image.ndim == 3:
        return cv2.cvtColor(
            image, cv2.COLOR_BGRA2GRAY if image.shape[2] == 4 else cv2.COLOR_BGR2GRAY
        )
    return image
