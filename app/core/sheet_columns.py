"""Finding the header row and the wanted columns in a sheet someone else made.

Exports from Zoom, Google Meet or HR's own spreadsheets put a title or meeting
facts above the header, spell columns in several ways and add their own; the
header is the first row that names every required column.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import FieldError
from app.core.refusals import Refusal, Refused

HEADER_SEARCH_ROWS = 20


def fold_header(text: str) -> str:
    return " ".join(text.replace("_", " ").casefold().split())


@dataclass(frozen=True)
class SheetColumns:
    """Where the header is (0-based row) and the 0-based index of each wanted column."""

    header_row: int
    index: dict[str, int]
    names: dict[str, str]  # the column's own spelling, to name it in messages

    def cell(self, row: list[str], key: str) -> str:
        position = self.index.get(key)
        if position is None or position >= len(row):
            return ""
        return row[position].strip()


def find_columns(
    rows: list[list[str]], aliases: dict[str, tuple[str, ...]], required: tuple[str, ...]
) -> SheetColumns | FieldError:
    """Locate the header; an error naming the missing columns when no row has them all."""
    for number, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        folded = [fold_header(cell) for cell in row]
        index: dict[str, int] = {}
        for key, spellings in aliases.items():
            for position, cell in enumerate(folded):
                if cell in spellings and key not in index:
                    index[key] = position
        if all(key in index for key in required):
            names = {key: row[position].strip() for key, position in index.items()}
            return SheetColumns(number, index, names)
    wanted = " dan ".join(f"'{aliases[key][0]}'" for key in required)
    return FieldError(
        "kepala tabel", Refused(Refusal.COLUMNS_NOT_FOUND, wanted=wanted, rows=HEADER_SEARCH_ROWS)
    )
