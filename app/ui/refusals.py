"""The core's refusals said in the UI's language.

A ``Refused`` keeps its code and parameters; its Indonesian sentence is the source text
of the English in ``netra_en.ts`` (context ``Refusal``). Text without a code (a message
from a file reader, say) is shown as the core wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.errors import FieldError
from app.core.refusals import INDONESIAN, Refused

translate = QCoreApplication.translate  # the name Qt's lupdate looks for

# The fields the services name in a refusal, for lupdate; any other field (a file's path,
# a column of a user's sheet) is shown as it is.
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Field", "berkas"),
    QT_TRANSLATE_NOOP("Field", "folder"),
    QT_TRANSLATE_NOOP("Field", "foto"),
    QT_TRANSLATE_NOOP("Field", "keterangan"),
    QT_TRANSLATE_NOOP("Field", "acara"),
    QT_TRANSLATE_NOOP("Field", "peserta"),
    QT_TRANSLATE_NOOP("Field", "nama"),
    QT_TRANSLATE_NOOP("Field", "nomor"),
    QT_TRANSLATE_NOOP("Field", "nip"),
    QT_TRANSLATE_NOOP("Field", "alasan"),
    QT_TRANSLATE_NOOP("Field", "waktu bergabung"),
    QT_TRANSLATE_NOOP("Field", "kepala tabel"),
    QT_TRANSLATE_NOOP("Field", "sesi"),
    QT_TRANSLATE_NOOP("Field", "templat"),
    QT_TRANSLATE_NOOP("Field", "isi"),
    QT_TRANSLATE_NOOP("Field", "gerbang"),
    QT_TRANSLATE_NOOP("Field", "stasiun"),
    QT_TRANSLATE_NOOP("Field", "server"),
    QT_TRANSLATE_NOOP("Field", "kunci"),
    QT_TRANSLATE_NOOP("Field", "kode"),
    QT_TRANSLATE_NOOP("Field", "sertifikat"),
)


def refusal_text(message: str) -> str:
    """``message`` in the UI's language; a refusal within a refusal is translated too."""
    if not isinstance(message, Refused):
        return message
    params = {
        name: refusal_text(value) if isinstance(value, str) else value
        for name, value in message.params.items()
    }
    return translate("Refusal", INDONESIAN[message.code]).format_map(params)


def error_line(error: FieldError, field: str | None = None) -> str:
    """``str(error)`` in the UI's language: where the problem is, then what it is; ``field``
    names the field as the form labels it."""
    text = refusal_text(error.message)
    field = field or translate("Field", error.field)
    if error.row is None:
        return f"{field}: {text}"
    return translate("Refusal", "baris {row}, kolom {field}: {text}").format(
        row=error.row, field=field, text=text
    )
