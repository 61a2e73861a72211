"""A place whose tools are not in this build yet: it says what will be there."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.events import Event
from app.ui.widgets.empty_state import EmptyState


class PlaceholderView(QWidget):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.empty = EmptyState(title, explanation)
        layout.addWidget(self.empty)

    def set_event(self, event: Event | None) -> None:
        """Nothing here depends on the event yet."""
