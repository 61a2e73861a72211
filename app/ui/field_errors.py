"""Refusals shown beside the fields they concern, each written as a sentence.

The core words its messages to follow a field name ("judul: wajib diisi"), so they
begin in lowercase; on a screen, alone under a field, they start with a capital.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QLabel

from app.core.errors import FieldError
from app.ui.refusals import refusal_text


def as_sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def show_field_errors(labels: Mapping[str, QLabel], errors: Iterable[FieldError]) -> None:
    """Each label shows its field's message, or hides when its field has none."""
    by_field = {error.field: as_sentence(refusal_text(error.message)) for error in errors}
    for field, label in labels.items():
        label.setText(by_field.get(field, ""))
        label.setVisible(field in by_field)


WAITING_TONE = "color: #44525f;"  # the form message's grey: not a refusal's red


def show_waiting(label: QLabel, text: str) -> None:
    """``text`` while a job runs, in the neutral tone even in a label meant for refusals."""
    label.setStyleSheet(WAITING_TONE)
    label.setText(text)


def clear_waiting(label: QLabel) -> None:
    """The job answered: the label is empty again, in its own tone, for what comes next."""
    label.setStyleSheet("")
    label.clear()
