"""The one reader of the sheets users bring in: roster, absence reasons, meeting participants.

``.xlsx`` is streamed by ``xlsx_stream``; CSV comes as Excel and meeting tools write
it: UTF-8 with or without a BOM, UTF-16 with a BOM, or Windows-1252 (older Excel on
an Indonesian Windows), separated by ``;``, ``,`` or a tab. Cells keep their type, so
a NIP that Excel stored as a number can be recognised as rounded. Every file is
held to ``SheetLimits``; a quote left open is refused, naming the row it opens on.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.locale_format import number
from app.core.refusals import Refusal, Refused
from app.core.roster import CellValue
from app.imports.sheet_limits import (
    LIMITS,
    NumberedRow,
    SheetLimits,
    SheetTooLarge,
    SheetUnreadable,
    too_large_file,
)
from app.imports.xlsx_stream import read_xlsx_sheets

XLSX_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
DELIMITERS = ";,\t"
SNIFF_LINES = 20
DECODE_CHUNK = 1 << 20
# A lead byte and its continuation bytes: text that has these is meant to be UTF-8.
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
UNDEFINED_IN_CP1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


@dataclass(frozen=True)
class Sheet:
    """The cells of one sheet: ``rows`` pairs each row number in the file with its cells.

    Rows without any value are left out; trailing empty cells are cut.
    """

    source: str
    rows: list[NumberedRow]


def text_rows(sheet: Sheet) -> list[list[str]]:
    """Every row up to the last as text, blank ones included, so list index + 1 = row number."""
    last = sheet.rows[-1][0] if sheet.rows else 0
    texts: list[list[str]] = [[] for _ in range(last)]
    for row_number, cells in sheet.rows:
        texts[row_number - 1] = [cell_text(value) for value in cells]
    return texts


def cell_text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def read_sheet(
    path: Path, wanted: Callable[[Sheet], bool] = lambda sheet: True, limits: SheetLimits = LIMITS
) -> Sheet:
    """The first sheet that is ``wanted`` (else the first sheet) of an .xlsx, or a CSV's rows."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SheetUnreadable(Refused(Refusal.SHEET_NOT_FOUND, path=path)) from error
    if not path.is_file():
        raise SheetUnreadable(Refused(Refusal.SHEET_NOT_A_FILE, path=path))
    if size > limits.file_bytes:
        megabytes = number(limits.file_bytes // 1_000_000)
        raise SheetUnreadable(Refused(Refusal.SHEET_OVER_SIZE, name=path.name, megabytes=megabytes))
    if size == 0:
        raise SheetUnreadable(Refused(Refusal.SHEET_EMPTY, name=path.name))
    suffix = path.suffix.casefold()
    with path.open("rb") as handle:
        is_zip = handle.read(4) == b"PK\x03\x04"
    if is_zip:
        return _read_xlsx(path, wanted, limits)
    if suffix in TEXT_SUFFIXES:
        return _read_csv(path, limits)
    if suffix in XLSX_SUFFIXES:
        raise SheetUnreadable(Refused(Refusal.NOT_EXCEL, name=path.name))
    raise SheetUnreadable(Refused(Refusal.SHEET_UNSUPPORTED, name=path.name))


def _read_xlsx(path: Path, wanted: Callable[[Sheet], bool], limits: SheetLimits) -> Sheet:
    first: Sheet | None = None
    for xlsx_sheet in read_xlsx_sheets(path, limits):
        sheet = Sheet(f"{path.name} (lembar {xlsx_sheet.title})", xlsx_sheet.rows)
        if wanted(sheet):
            return sheet
        first = first or sheet
    assert first is not None  # read_xlsx_sheets refuses a workbook without sheets
    return first


def _broken_at(data: bytes, encoding: str) -> int | None:
    """Where ``data`` stops being ``encoding`` (None when it all decodes), in small chunks."""
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = 0
    try:
        for offset in range(0, len(data), DECODE_CHUNK):
            decoder.decode(data[offset : offset + DECODE_CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as broken:
        return offset + broken.start
    return None


def _encoding(data: bytes, name: str) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252; anything else is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if _broken_at(data, "utf-16") is not None:
            raise SheetUnreadable(Refused(Refusal.UTF16_BROKEN, name=name))
        return "utf-16"
    if b"\x00" in data[:4096]:
        raise SheetUnreadable(Refused(Refusal.NOT_CSV_TEXT, name=name))
    broken = _broken_at(data, "utf-8")
    if broken is not None:
        if data.startswith(codecs.BOM_UTF8) or UTF8_SEQUENCE.search(data):
            line = data.count(b"\n", 0, broken) + 1
            raise SheetUnreadable(Refused(Refusal.UTF8_BROKEN, name=name, row=number(line)))
        if UNDEFINED_IN_CP1252.search(data):
            raise SheetUnreadable(Refused(Refusal.NOT_UTF8_OR_CP1252, name=name))
        return "cp1252"
    return "utf-8-sig"  # reads plain UTF-8 too, dropping a BOM if there is one


def _delimiter(data: bytes, encoding: str) -> str:
    """The separator used most in the first lines (a header names many columns)."""
    head = data[: 1 << 16].decode(encoding, errors="ignore").splitlines()[:SNIFF_LINES]
    sample = "\n".join(head)
    return max(DELIMITERS, key=sample.count)


def _csv_error(name: str, row: int, error: csv.Error, limits: SheetLimits) -> SheetUnreadable:
    if "field larger" in str(error):
        chars = number(limits.cell_chars)
        return SheetUnreadable(
            Refused(Refusal.CSV_CELL_TOO_LONG, name=name, row=number(row), chars=chars)
        )
    if "end of data" in str(error):
        return SheetUnreadable(Refused(Refusal.CSV_QUOTE_OPEN, name=name, row=number(row)))
    return SheetUnreadable(Refused(Refusal.CSV_QUOTE_UNPAIRED, name=name, row=number(row)))


def _kept_cells(cells: list[str], row: int, limits: SheetLimits) -> list[CellValue]:
    kept: list[CellValue] = [cell if cell.strip() else None for cell in cells]
    while kept and kept[-1] is None:
        kept.pop()
    if len(kept) > limits.columns:
        raise SheetTooLarge(Refused(Refusal.ROW_TOO_WIDE, row=number(row), columns=limits.columns))
    for cell in kept:
        if isinstance(cell, str) and len(cell) > limits.cell_chars:
            chars = number(limits.cell_chars)
            raise SheetTooLarge(Refused(Refusal.ROW_CELL_TOO_LONG, row=number(row), chars=chars))
    if kept and row > limits.rows:
        raise SheetTooLarge(
            Refused(Refusal.TOO_MANY_ROWS, row=number(row), rows=number(limits.rows))
        )
    return kept


def _read_csv(path: Path, limits: SheetLimits) -> Sheet:
    data = path.read_bytes()
    encoding = _encoding(data, path.name)
    text = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="")
    reader = csv.reader(text, delimiter=_delimiter(data, encoding), strict=True)
    rows: list[NumberedRow] = []
    cells = 0
    row = 0
    try:
        for row, found in enumerate(reader, start=1):
            kept = _kept_cells(found, row, limits)
            if kept:
                cells += len(kept)
                if cells > limits.cells:
                    raise SheetTooLarge(Refused(Refusal.TOO_MANY_CELLS, cells=number(limits.cells)))
                rows.append((row, kept))
    except csv.Error as error:
        raise _csv_error(path.name, row + 1, error, limits) from error
    except SheetTooLarge as too_large:
        raise SheetUnreadable(too_large_file(path.name, too_large)) from too_large
    return Sheet(path.name, rows)
