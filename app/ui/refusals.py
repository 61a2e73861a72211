"""The core's refusals said in the UI's language.

A ``Refused`` keeps its code and parameters; its Indonesian sentence is the source text
of the English in ``netra_en.ts`` (context ``Refusal``). Text without a code (a message
from a file reader, say) is shown as the core wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.errors import FieldError
from app.core.refusals import INDONESIAN, Refused

translate = QCoreApplication.translate  # the name Qt's lupdate looks for


def refusal_text(message: str) -> str:
    """``message`` in the UI's language; a refusal within a refusal is translated too."""
    if not isinstance(message, Refused):
        return message
    params = {
        name: refusal_text(value) if isinstance(value, str) else value
        for name, value in message.params.items()
    }
    return translate("Refusal", INDONESIAN[message.code]).format_map(params)


def error_line(error: FieldError) -> str:
    """``str(error)`` in the UI's language: where the problem is, then what it is."""
    text = refusal_text(error.message)
    if error.row is None:
        return f"{error.field}: {text}"
    return translate("Refusal", "baris {row}, kolom {field}: {text}").format(
        row=error.row, field=error.field, text=text
    )
