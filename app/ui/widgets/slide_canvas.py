"""A widget that paints one of the stage's pictures (audience, next slide, leader).

The picture is composed for a screen size (the projector's, for the console's
previews) and scaled into the widget, so a preview is the projector in miniature.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.slide_compose import Composition
from app.ui.ikrar_stage import IkrarStage
from app.ui.slide_rendering import paint_composition


class Picture(StrEnum):
    AUDIENCE = "audience"
    UPCOMING = "upcoming"
    LEADER = "leader"


class SlideCanvas(QWidget):
    def __init__(
        self,
        stage: IkrarStage,
        picture: Picture,
        screen_size: Callable[[], tuple[int, int]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self.picture = picture
        self.screen_size = screen_size
        self.empty_text = self.tr("Tidak ada slide berikutnya")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        stage.changed.connect(self.update)

    def composed_size(self) -> tuple[int, int]:
        """The screen size the picture is laid out for: the target screen or this widget."""
        if self.screen_size is not None:
            return self.screen_size()
        return max(self.width(), 1), max(self.height(), 1)

    def composition(self) -> Composition | None:
        size = self.composed_size()
        if self.picture is Picture.AUDIENCE:
            return self.stage.audience(size)
        if self.picture is Picture.UPCOMING:
            return self.stage.upcoming(size)
        return self.stage.leader(size)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2b3640"))
        composition = self.composition()
        if composition is None:
            painter.setPen(QColor("#d5dbe0"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        scale = min(self.width() / composition.width, self.height() / composition.height)
        painter.translate(
            (self.width() - composition.width * scale) / 2,
            (self.height() - composition.height * scale) / 2,
        )
        painter.scale(scale, scale)
        painter.setClipRect(QRectF(0, 0, composition.width, composition.height))
        paint_composition(
            painter, composition, self.stage.theme, (self.stage.logo, self.stage.background)
        )
        painter.end()
