"""A window that mirrors the signing live, for a projector: who signs and their ink as it flows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.ink import Stroke
from app.ui.widgets.ink_canvas import InkCanvas


class SigningMirrorWindow(QWidget):
    """Top-level and screen-agnostic: ``show_on`` puts it full screen on any screen."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Penandatanganan Pakta Integritas"))
        self.setObjectName("signingMirror")
        self.setStyleSheet(
            "QWidget#signingMirror { background: #0b5d3b; }"
            "QLabel { color: white; }"
            "QLabel#mirrorHeading { font-size: 20pt; }"
            "QLabel#mirrorName { font-size: 34pt; font-weight: 600; }"
            "QLabel#mirrorRole { font-size: 20pt; color: #d9efe4; }"
        )
        self.heading = QLabel(self.tr("Penandatanganan Pakta Integritas"))
        self.heading.setObjectName("mirrorHeading")
        self.name_label = QLabel()
        self.name_label.setObjectName("mirrorName")
        self.role_label = QLabel()
        self.role_label.setObjectName("mirrorRole")
        self.canvas = InkCanvas()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 48)
        for label in (self.heading, self.name_label, self.role_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addSpacing(16)
        layout.addWidget(self.canvas, 1)
        self.resize(1024, 640)

    def show_signer(self, name: str, role: str) -> None:
        self.name_label.setText(name)
        self.role_label.setText(role)

    def show_strokes(self, strokes: list[Stroke], pad_size: tuple[float, float]) -> None:
        self.canvas.show_strokes(strokes, pad_size)

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (a projector); a plain window when there is none."""
        if screen is None:
            self.show()
            return
        self.setScreen(screen)
        self.move(screen.geometry().topLeft())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()
        self.closed.emit()
        event.ignore()  # the signing view owns the window and shows it again when asked
