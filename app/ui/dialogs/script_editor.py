"""Edit an event's own pledge script: title, opening line, one point per paragraph, closing."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.core.pledge import PledgeScript
from app.services.ikrar_service import IkrarService, ScriptSaved


class ScriptEditor(QDialog):
    def __init__(
        self, ikrar: IkrarService, script: PledgeScript, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ikrar = ikrar
        self.script = script
        self.setWindowTitle(self.tr("Ubah naskah ikrar"))
        self.resize(760, 560)
        self.title = QLineEdit(script.title)
        self.opening = QLineEdit(script.opening)
        self.points = QPlainTextEdit("\n".join(script.points))
        self.closing = QLineEdit(script.closing)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Judul"), self.title)
        form.addRow(self.tr("Kalimat pembuka"), self.opening)
        form.addRow(self.tr("Butir (satu per baris)"), self.points)
        form.addRow(self.tr("Penutup"), self.closing)
        form.addRow(self.message)
        form.addRow(buttons)

    def value(self) -> PledgeScript:
        return replace(
            self.script,
            title=self.title.text(),
            opening=self.opening.text(),
            points=tuple(self.points.toPlainText().split("\n")),
            closing=self.closing.text(),
        )

    def save(self) -> None:
        result = self.ikrar.save_script(self.value())
        if isinstance(result, ScriptSaved):
            self.accept()
            return
        self.message.setText("\n".join(str(error) for error in result.errors))
