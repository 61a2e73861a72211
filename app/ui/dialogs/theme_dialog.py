"""Choose the audience screen's look for an event: a high-contrast preset, font, image.

The image is read from disk when chosen; the theme is saved off the UI thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.theme import FONTS, THEME_PRESETS, Theme
from app.services.ikrar_service import IkrarService
from app.ui.dialogs.save_form import SaveFooter
from app.ui.labels import theme_preset_label
from app.ui.workers.task_runner import Pool, TaskRunner

COLOUR_FIELDS = ("background", "text", "highlight", "dim")


class ThemeDialog(QDialog):
    def __init__(
        self, ikrar: IkrarService, event_id: int, theme: Theme, parent: QWidget | None = None,
        pool: Pool | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ikrar = ikrar
        self.event_id = event_id
        self.image = theme.background_image
        self.setWindowTitle(self.tr("Tema layar ikrar"))
        self.preset = QComboBox()
        self.preset.addItem(self.tr("— pilih —"), None)
        for name in THEME_PRESETS:
            self.preset.addItem(theme_preset_label(name), name)
        self.preset.activated.connect(self._apply_preset)
        self.colours = {name: QLineEdit(getattr(theme, name)) for name in COLOUR_FIELDS}
        self.font_choice = QComboBox()
        self.font_choice.addItems(list(FONTS))
        self.font_choice.setCurrentText(theme.font)
        self.image_label = QLabel()
        choose = QPushButton(self.tr("Pilih gambar…"))
        choose.clicked.connect(self._choose_image)
        clear = QPushButton(self.tr("Tanpa gambar"))
        clear.clicked.connect(lambda: self._set_image(None))
        image_row = QHBoxLayout()
        for widget in (self.image_label, choose, clear):
            image_row.addWidget(widget)
        form = QFormLayout(self)
        form.addRow(self.tr("Pilihan siap pakai"), self.preset)
        labels = (self.tr("Latar"), self.tr("Teks"), self.tr("Sorotan"), self.tr("Redup"))
        for name, label in zip(COLOUR_FIELDS, labels, strict=True):
            form.addRow(label, self.colours[name])
        form.addRow(self.tr("Huruf"), self.font_choice)
        form.addRow(self.tr("Gambar latar"), image_row)
        self.footer = SaveFooter(self, form, self.save, TaskRunner(ikrar.store, self, pool))
        self._set_image(self.image)

    def _apply_preset(self, index: int) -> None:
        preset = THEME_PRESETS.get(self.preset.itemData(index))
        if preset:
            for name in COLOUR_FIELDS:
                self.colours[name].setText(getattr(preset, name))

    def _set_image(self, image: bytes | None) -> None:
        self.image = image
        self.image_label.setText(self.tr("ada gambar") if image else self.tr("tidak ada"))

    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Gambar latar"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            self._set_image(Path(path).read_bytes())

    def value(self) -> Theme:
        colours = {name: field.text().strip() for name, field in self.colours.items()}
        return replace(
            Theme(), **colours, font=self.font_choice.currentText(), background_image=self.image
        )

    def save(self) -> None:
        ikrar, event_id, theme = self.ikrar, self.event_id, self.value()
        self.footer.run(lambda: ikrar.save_theme(event_id, theme))
