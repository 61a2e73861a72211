"""What a sheet brought in may hold, and how a refusal is said.

The limits are far above a real roster (10,000 people, ~40 columns, short cells)
and far below what would take a laptop's memory: the worst file inside them is
read in well under 500 MB. A cell is at most what Excel itself allows in one.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.refusals import Refusal, Refused
from app.core.roster import CellValue

NumberedRow = tuple[int, list[CellValue]]


@dataclass(frozen=True)
class SheetLimits:
    file_bytes: int = 50_000_000
    part_bytes: int = 100_000_000  # one part of an .xlsx, once inflated
    rows: int = 200_000  # the highest row number that may hold data
    columns: int = 256
    cells: int = 2_000_000  # cells of all kept rows, counted up to each row's last cell
    cell_chars: int = 32_767  # Excel's own limit for one cell
    shared_strings: int = 1_000_000


LIMITS = SheetLimits()


class SheetUnreadable(Exception):
    """The file cannot be read as a sheet; ``refusal`` names the file and says why."""

    def __init__(self, refusal: Refused) -> None:
        super().__init__(refusal)
        self.refusal = refusal


class SheetTooLarge(Exception):
    """A limit of ``SheetLimits`` was passed; ``refusal`` says which."""

    def __init__(self, refusal: Refused) -> None:
        super().__init__(refusal)
        self.refusal = refusal


def too_large_file(name: str, too_large: SheetTooLarge) -> Refused:
    """File ``name`` passed a limit; ``too_large`` says which."""
    return Refused(Refusal.SHEET_TOO_LARGE, name=name, why=too_large.refusal)
