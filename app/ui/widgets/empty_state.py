"""A calm message where data will appear, saying how to get it there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("emptyTitle")
        self.explanation_label = QLabel(explanation)
        self.explanation_label.setObjectName("emptyText")
        self.explanation_label.setWordWrap(True)
        for label in (self.title_label, self.explanation_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)
