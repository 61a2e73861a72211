"""Edit an event's own pledge script: title, opening line, one point per paragraph, closing."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.core.pledge import PledgeScript
from app.services.ikrar_service import IkrarService
from app.ui.dialogs.save_form import SaveFooter
from app.ui.workers.task_runner import Pool, TaskRunner


class ScriptEditor(QDialog):
    def __init__(
        self, ikrar: IkrarService, script: PledgeScript, parent: QWidget | None = None,
        pool: Pool | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ikrar = ikrar
        self.script = script
        self.setWindowTitle(self.tr("Ubah naskah ikrar"))
        self.resize(760, 560)
        self.title = QLineEdit(script.title)
        self.opening = QLineEdit(script.opening)
        self.points = QPlainTextEdit("\n".join(script.points))
        self.closing = QLineEdit(script.closing)
        form = QFormLayout(self)
        form.addRow(self.tr("Judul"), self.title)
        form.addRow(self.tr("Kalimat pembuka"), self.opening)
        form.addRow(self.tr("Butir (satu per baris)"), self.points)
        form.addRow(self.tr("Penutup"), self.closing)
        self.footer = SaveFooter(self, form, self.save, TaskRunner(ikrar.store, self, pool))

    def value(self) -> PledgeScript:
        return replace(
            self.script,
            title=self.title.text(),
            opening=self.opening.text(),
            points=tuple(self.points.toPlainText().split("\n")),
            closing=self.closing.text(),
        )

    def save(self) -> None:
        ikrar, script = self.ikrar, self.value()
        self.footer.run(lambda: ikrar.save_script(script))
