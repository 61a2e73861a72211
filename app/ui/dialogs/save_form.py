"""The footer every editing dialog shares: the refusal message and Save / Cancel.

The save runs off the UI thread: Save waits greyed with "Menyimpan…", a refusal is shown
beside it, and a success closes the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel

from app.core.errors import FieldError
from app.services.event_service import Invalid
from app.ui.field_errors import as_sentence, clear_waiting, show_waiting
from app.ui.refusals import error_line, refusal_text
from app.ui.workers.task_runner import TaskRunner

translate = QCoreApplication.translate  # the name Qt's lupdate looks for


class SaveFooter:
    def __init__(
        self, dialog: QDialog, form: QFormLayout, save: Callable[[], None],
        runner: TaskRunner,
    ) -> None:  # fmt: skip
        """``save``: what Save does; it reads the fields and hands the service call to
        ``run``."""
        self.dialog = dialog
        self.runner = runner
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("SaveFooter", "Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("SaveFooter", "Batal")
        )
        buttons.accepted.connect(save)
        buttons.rejected.connect(dialog.reject)
        form.addRow(self.message)
        form.addRow(buttons)

    def run(self, work: Callable[[], object]) -> None:
        """Run the service call ``work`` (it must not touch widgets) off the UI thread."""
        self.save_button.setEnabled(False)
        show_waiting(self.message, translate("SaveFooter", "Menyimpan…"))
        self.runner.run("save", work, self._saved, self._failed)

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        clear_waiting(self.message)
        self.message.setText(message)

    def _saved(self, result: object) -> None:
        self.save_button.setEnabled(True)
        clear_waiting(self.message)
        if isinstance(result, Invalid):
            self.show_errors(result.errors)
            return
        self.dialog.accept()

    def show_errors(self, errors: list[FieldError]) -> None:
        # The messages name their field; a row number is worth keeping.
        self.message.setText(
            "\n".join(
                as_sentence(error_line(e) if e.row else refusal_text(e.message)) for e in errors
            )
        )
