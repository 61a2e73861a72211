"""The footer every editing dialog shares: the refusal message and Save / Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel

from app.core.errors import FieldError
from app.ui.field_errors import as_sentence
from app.ui.refusals import error_line, refusal_text


class SaveFooter:
    def __init__(self, dialog: QDialog, form: QFormLayout, save: Callable[[], None]) -> None:
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("SaveFooter", "Simpan")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("SaveFooter", "Batal")
        )
        buttons.accepted.connect(save)
        buttons.rejected.connect(dialog.reject)
        form.addRow(self.message)
        form.addRow(buttons)

    def show_errors(self, errors: list[FieldError]) -> None:
        # The messages name their field; a row number is worth keeping.
        self.message.setText(
            "\n".join(
                as_sentence(error_line(e) if e.row else refusal_text(e.message)) for e in errors
            )
        )
