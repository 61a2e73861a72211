"""Problems with user input, as values: every one names where it is and what is wrong."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.core.refusals import Refusal


@dataclass(frozen=True)
class FieldError:
    """One problem with one field; ``message`` is Indonesian, a ``Refused`` where the
    refusal has a code, which the UI says in its own language."""

    field: str
    message: str
    row: int | None = None

    def __str__(self) -> str:
        where = f"baris {self.row}, kolom {self.field}" if self.row is not None else self.field
        return f"{where}: {self.message}"

    @property
    def code(self) -> Refusal | None:
        return getattr(self.message, "code", None)

    @property
    def params(self) -> Mapping[str, Any]:
        return getattr(self.message, "params", {})
