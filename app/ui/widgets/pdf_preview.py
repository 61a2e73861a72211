"""A page-by-page look at a PDF, and printing it, both through PDFium.

The printed sheets are the very PDF that "Simpan PDF" writes: each page is
rasterised at the printer's resolution (at most 300 dpi) and painted on the
QPrinter, so preview, print and file never differ.
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

MAX_PRINT_DPI = 300
PREVIEW_WIDTH = 760


def page_image(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)  # 24-bit RGB
    pixels = bytes(bitmap.buffer)
    image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels before PDFium frees its buffer


def print_pdf(
    data: bytes, printer: QPrinter, keep_going: Callable[[int, int], bool] | None = None
) -> int:
    """Print every page (or the printer's chosen range); returns the pages printed."""
    document = pdfium.PdfDocument(data)
    total = len(document)
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), total) if printer.toPage() else total
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for number in range(first, last + 1):
            if keep_going is not None and not keep_going(number - first, last - first + 1):
                break
            if printed:
                printer.newPage()
            image = page_image(document, number - 1, dpi)
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
            printed += 1
    finally:
        painter.end()
        document.close()
    return printed


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: pdfium.PdfDocument | None = None
        self.index = 0
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page.setObjectName("pdfPage")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page)
        scroll.setObjectName("pdfScroll")
        self.previous_button = QPushButton(self.tr("◀ Sebelumnya"))
        self.next_button = QPushButton(self.tr("Berikutnya ▶"))
        self.page_label = QLabel()
        self.previous_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        self.clear(self.tr("Belum ada pratinjau."))

    def page_count(self) -> int:
        return len(self.document) if self.document else 0

    def clear(self, message: str) -> None:
        if self.document is not None:
            self.document.close()
        self.document = None
        self.page.setPixmap(QPixmap())
        self.page.setText(message)
        self._update_bar()

    def load(self, data: bytes, page: int = 0) -> None:
        if self.document is not None:
            self.document.close()
        self.document = pdfium.PdfDocument(data)
        self.show_page(min(page, len(self.document) - 1))

    def show_page(self, index: int) -> None:
        if self.document is None or not 0 <= index < len(self.document):
            return
        self.index = index
        width_points = self.document[index].get_width()
        image = page_image(self.document, index, 72 * PREVIEW_WIDTH / width_points)
        self.page.setPixmap(QPixmap.fromImage(image))
        self._update_bar()

    def _update_bar(self) -> None:
        total = self.page_count()
        self.page_label.setText(
            self.tr("Halaman {page} dari {total}").format(page=self.index + 1, total=total)
            if total
            else ""
        )
        self.previous_button.setEnabled(total > 0 and self.index > 0)
        self.next_button.setEnabled(total > 0 and self.index < total - 1)
