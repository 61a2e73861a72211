"""Reading the cells of an ``.xlsx`` by streaming its XML, bounded by what the file holds.

openpyxl's read-only mode trusts the ``<dimension>`` a sheet claims (a 1.6 KB file
claiming A1:XFD1048576 made it pad every row to 16,384 cells) and loads every
shared string whole. Here each zip part is checked against its declared size in
the zip directory before it is opened (``zipfile`` never inflates past that size),
then parsed with expat in chunks, refusing as soon as a limit of ``SheetLimits``
is passed: memory and time follow the cells really present, not the claims.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from xml.parsers import expat

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from app.core.locale_format import number
from app.core.refusals import Refusal, Refused
from app.core.roster import CellValue, column_letter
from app.imports.sheet_limits import (
    LIMITS,
    NumberedRow,
    SheetLimits,
    SheetTooLarge,
    SheetUnreadable,
    too_large_file,
)

CHUNK = 1 << 16
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384
OFFICE_DOCUMENT = "officeDocument"


class _Damaged(Exception):
    """The XML is not what an Excel file holds; turned into ``SheetUnreadable``."""


@dataclass(frozen=True)
class XlsxSheet:
    title: str
    rows: list[NumberedRow]


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


def _stream(
    archive: zipfile.ZipFile,
    part: str,
    limits: SheetLimits,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    text: Callable[[str], None] | None = None,
) -> None:
    """Feed one zip part to expat; the part's declared size is checked before any inflating."""
    try:
        info = archive.getinfo(part)
    except KeyError as missing:
        raise _Damaged(part) from missing
    if info.file_size > limits.part_bytes:
        size, limit = number(info.file_size // 1_000_000), number(limits.part_bytes // 1_000_000)
        raise SheetTooLarge(Refused(Refusal.PART_TOO_LARGE, part=part, size=size, limit=limit))
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = lambda name, attributes: start(_local(name), attributes)
    parser.EndElementHandler = lambda name: end(_local(name))
    if text is not None:
        parser.CharacterDataHandler = text

    def refuse_dtd(*_: object) -> None:  # OOXML parts never carry a DTD: no entity tricks
        raise _Damaged(part)

    parser.StartDoctypeDeclHandler = refuse_dtd
    read = 0
    with archive.open(info) as member:
        while chunk := member.read(CHUNK):
            read += len(chunk)
            if read > limits.part_bytes:  # zipfile stops at the declared size; belt and braces
                raise SheetTooLarge(Refused(Refusal.PART_OVER_LIMIT, part=part))
            parser.Parse(chunk, False)
    parser.Parse(b"", True)


@dataclass(frozen=True)
class _Relations:
    """A part's relationships: target part by relationship id, and by type (last word)."""

    by_id: dict[str, str]
    by_type: dict[str, str]


def _relationships(archive: zipfile.ZipFile, part: str, limits: SheetLimits) -> _Relations:
    found = _Relations({}, {})
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels not in archive.NameToInfo:
        return found

    def start(tag: str, attributes: dict[str, str]) -> None:
        if tag == "Relationship" and "Id" in attributes and "Target" in attributes:
            target = attributes["Target"]
            target = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            found.by_id[attributes["Id"]] = target
            found.by_type[attributes.get("Type", "").rsplit("/", 1)[-1]] = target

    _stream(archive, rels, limits, start, lambda tag: None)
    return found


class _TextCollector:
    """Collects the text of one string or cell, refusing past the cell size limit."""

    def __init__(self, limits: SheetLimits) -> None:
        self.limits = limits
        self.pieces: list[str] = []
        self.size = 0
        self.on = False

    def add(self, piece: str) -> None:
        if not self.on:
            return
        self.size += len(piece)
        if self.size > self.limits.cell_chars:
            chars = number(self.limits.cell_chars)
            raise SheetTooLarge(Refused(Refusal.CELL_TOO_LONG, chars=chars))
        self.pieces.append(piece)

    def take(self) -> str:
        value = "".join(self.pieces)
        self.pieces, self.size = [], 0
        return value


def _shared_strings(archive: zipfile.ZipFile, part: str | None, limits: SheetLimits) -> list[str]:
    if part is None or part not in archive.NameToInfo:
        return []
    strings: list[str] = []
    collector = _TextCollector(limits)
    phonetic = 0

    def start(tag: str, _attributes: dict[str, str]) -> None:
        nonlocal phonetic
        if tag == "rPh":
            phonetic += 1
        collector.on = tag == "t" and not phonetic

    def end(tag: str) -> None:
        nonlocal phonetic
        if tag == "rPh":
            phonetic -= 1
        elif tag == "si":
            if len(strings) >= limits.shared_strings:
                raise SheetTooLarge(
                    Refused(Refusal.TOO_MANY_SHARED_STRINGS, count=number(limits.shared_strings))
                )
            strings.append(collector.take())
        collector.on = False

    _stream(archive, part, limits, start, end, collector.add)
    return strings


def _date_styles(archive: zipfile.ZipFile, part: str | None, limits: SheetLimits) -> set[int]:
    """Indexes of the cell styles whose number format shows a date or a time."""
    if part is None or part not in archive.NameToInfo:
        return set()
    custom: dict[int, str] = {}
    styles: list[int] = []
    in_cell_xfs = False

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal in_cell_xfs
        if tag == "numFmt":
            custom[int(attributes.get("numFmtId", "0"))] = attributes.get("formatCode", "")
        elif tag == "cellXfs":
            in_cell_xfs = True
        elif tag == "xf" and in_cell_xfs:
            styles.append(int(attributes.get("numFmtId", "0")))

    def end(tag: str) -> None:
        nonlocal in_cell_xfs
        if tag == "cellXfs":
            in_cell_xfs = False

    _stream(archive, part, limits, start, end)
    return {
        index
        for index, format_id in enumerate(styles)
        if is_date_format(custom.get(format_id, BUILTIN_FORMATS.get(format_id, "General")))
    }


def _cell_reference(reference: str) -> tuple[int, int]:
    """``"C12"`` -> ``(12, 2)`` (row number, 0-based column)."""
    letters = reference.rstrip("0123456789")
    digits = reference[len(letters) :]
    if not letters or not digits or len(letters) > 3 or not letters.isalpha():
        raise _Damaged(reference)
    column = 0
    for letter in letters.upper():
        column = column * 26 + ord(letter) - 64
    return int(digits), column - 1


class _SheetReader:
    """Rows of one worksheet as numbered lists of cells, bounded by ``SheetLimits``."""

    def __init__(
        self, shared: list[str], dates: set[int], epoch: datetime, limits: SheetLimits
    ) -> None:
        self.shared, self.dates, self.epoch, self.limits = shared, dates, epoch, limits
        self.rows: list[NumberedRow] = []
        self.row_number = 0
        self.row: dict[int, CellValue] = {}
        self.column = -1
        self.cell_type = ""
        self.cell_style = 0
        self.cells = 0
        self.collector = _TextCollector(limits)
        self.phonetic = 0

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == "row":
            row = int(attributes["r"]) if "r" in attributes else self.row_number + 1
            if not 1 <= row <= EXCEL_ROWS:
                raise _Damaged(tag)
            self.row_number, self.row, self.column = row, {}, -1
        elif tag == "c":
            reference = attributes.get("r")
            if reference:
                row, self.column = _cell_reference(reference)
                if row != self.row_number or self.column >= EXCEL_COLUMNS:
                    raise _Damaged(reference)
            else:
                self.column += 1
            self.cell_type = attributes.get("t", "n")
            self.cell_style = int(attributes.get("s", "0"))
        elif tag == "rPh":
            self.phonetic += 1
        elif tag in ("v", "t"):
            self.collector.on = not self.phonetic

    def end(self, tag: str) -> None:
        if tag == "rPh":
            self.phonetic -= 1
        elif tag == "c":
            value = self._value(self.collector.take())
            if value is not None and value != "":
                self._keep(value)
        elif tag == "row" and self.row:
            width = max(self.row) + 1
            self.cells += width
            if self.cells > self.limits.cells:
                raise SheetTooLarge(
                    Refused(Refusal.TOO_MANY_CELLS, cells=number(self.limits.cells))
                )
            cells: list[CellValue] = [None] * width
            for column, value in self.row.items():
                cells[column] = value
            self.rows.append((self.row_number, cells))
        if tag in ("v", "t"):
            self.collector.on = False

    def _keep(self, value: CellValue) -> None:
        if self.row_number > self.limits.rows:
            rows = number(self.limits.rows)
            raise SheetTooLarge(
                Refused(Refusal.TOO_MANY_ROWS, row=number(self.row_number), rows=rows)
            )
        if self.column >= self.limits.columns:
            cell = f"{column_letter(self.column)}{self.row_number}"
            raise SheetTooLarge(
                Refused(Refusal.COLUMN_OVER_LIMIT, cell=cell, columns=self.limits.columns)
            )
        self.row[self.column] = value

    def _value(self, text: str) -> CellValue:
        kind = self.cell_type
        if kind == "s":
            index = int(text)
            if not 0 <= index < len(self.shared):
                raise _Damaged("s")
            return self.shared[index]
        if kind in ("inlineStr", "str", "e", "d"):
            return text
        if kind == "b":
            return "TRUE" if text == "1" else "FALSE"
        if not text:
            return None
        value = float(text) if any(c in text for c in ".eE") else int(text)
        if self.cell_style in self.dates:
            return _date_text(from_excel(value, self.epoch))
        return value


def _date_text(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else f"{value:%Y-%m-%d %H:%M:%S}"
    if isinstance(value, time):
        return f"{value:%H:%M:%S}"
    return str(value)


@dataclass
class _Workbook:
    sheets: list[tuple[str, str]]  # (title, part)
    epoch: datetime


def _workbook(
    archive: zipfile.ZipFile, part: str, relations: _Relations, limits: SheetLimits
) -> _Workbook:
    found = _Workbook([], CALENDAR_WINDOWS_1900)

    def start(tag: str, attributes: dict[str, str]) -> None:
        if tag == "workbookPr" and attributes.get("date1904") in ("1", "true"):
            found.epoch = CALENDAR_MAC_1904
        elif tag == "sheet":
            relation = next((v for k, v in attributes.items() if _local(k) == "id"), "")
            if relation in relations.by_id:
                found.sheets.append((attributes.get("name", ""), relations.by_id[relation]))

    _stream(archive, part, limits, start, lambda tag: None)
    return found


def read_xlsx_sheets(path: Path, limits: SheetLimits = LIMITS) -> Iterator[XlsxSheet]:
    """Each worksheet in workbook order, read only when the caller asks for it."""
    try:
        with zipfile.ZipFile(path) as archive:
            root = _relationships(archive, "", limits)
            part = root.by_type.get(OFFICE_DOCUMENT, "xl/workbook.xml")
            if part not in archive.NameToInfo:
                raise SheetUnreadable(Refused(Refusal.NOT_EXCEL, name=path.name))
            relations = _relationships(archive, part, limits)
            workbook = _workbook(archive, part, relations, limits)
            shared = _shared_strings(archive, relations.by_type.get("sharedStrings"), limits)
            dates = _date_styles(archive, relations.by_type.get("styles"), limits)
            if not workbook.sheets:
                raise SheetUnreadable(Refused(Refusal.NO_WORKSHEETS, name=path.name))
            cells = 0  # counted over the whole workbook: a caller may hold several sheets
            for title, sheet_part in workbook.sheets:
                reader = _SheetReader(shared, dates, workbook.epoch, limits)
                reader.cells = cells
                _stream(archive, sheet_part, limits, reader.start, reader.end, reader.collector.add)
                cells = reader.cells
                yield XlsxSheet(title, reader.rows)
    except zipfile.BadZipFile as error:
        raise SheetUnreadable(Refused(Refusal.NOT_EXCEL, name=path.name)) from error
    except SheetTooLarge as too_large:
        raise SheetUnreadable(too_large_file(path.name, too_large)) from too_large
    except (
        _Damaged, expat.ExpatError, zlib.error, EOFError, ValueError,
        KeyError, OSError, RuntimeError, NotImplementedError,
    ) as error:  # fmt: skip
        # damaged inflating, CRC mismatch, encrypted or unknown compression, bad numbers
        raise SheetUnreadable(Refused(Refusal.EXCEL_DAMAGED, name=path.name)) from error
