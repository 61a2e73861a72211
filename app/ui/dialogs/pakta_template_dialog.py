"""Edit the event's pakta template and the place printed before the date.

The caller reads the template off the UI thread; the dialog saves it there too.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event
from app.core.pakta import PLACEHOLDERS
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.pakta_service import Done, PaktaTemplate, default_template_body
from app.ui.field_errors import clear_waiting, show_waiting
from app.ui.refusals import error_line
from app.ui.workers.task_runner import Pool, TaskRunner


class PaktaTemplateDialog(QDialog):
    def __init__(
        self, services: Services, event: Event, template: PaktaTemplate,
        parent: QWidget | None = None, pool: Pool | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(services.store, self, pool)
        self.current_event = event
        self.setWindowTitle(self.tr("Templat pakta integritas"))
        self.resize(820, 640)
        self.body = QPlainTextEdit(template.body)
        self.body.setFont(QFont("monospace", 10))
        self.place = QLineEdit(template.place)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr("Isian yang dikenal: {names}. Baris yang diawali # tidak dicetak.").format(
                names=", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
            )
        )
        hint.setWordWrap(True)
        reset = QPushButton(self.tr("Kembalikan templat bawaan"))
        reset.clicked.connect(lambda: self.body.setPlainText(default_template_body()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Tempat penandatanganan"), self.place)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Save off the UI thread; Simpan waits greyed with "Menyimpan…"."""
        assert self.current_event.id is not None
        pakta, event_id = self.services.pakta, self.current_event.id
        body, place = self.body.toPlainText(), self.place.text()
        self.save_button.setEnabled(False)
        show_waiting(self.message, self.tr("Menyimpan…"))
        self.runner.run(
            "save", lambda: pakta.save_template(event_id, body, place), self._saved,
            self._failed,
        )  # fmt: skip

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        clear_waiting(self.message)
        self.message.setText(message)

    def _saved(self, result: Done | Invalid) -> None:
        self.save_button.setEnabled(True)
        clear_waiting(self.message)
        if isinstance(result, Invalid):
            self.message.setText("\n".join(error_line(error) for error in result.errors))
            return
        self.accept()
