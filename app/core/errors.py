"""Problems with user input, as values: every one names where it is and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One problem with one field; ``message`` is Indonesian and shown to the user as is."""

    field: str
    message: str
    row: int | None = None

    def __str__(self) -> str:
        where = f"baris {self.row}, kolom {self.field}" if self.row is not None else self.field
        return f"{where}: {self.message}"
