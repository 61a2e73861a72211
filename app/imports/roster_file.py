"""Reading a roster spreadsheet (``.xlsx`` or ``.csv``) into raw cells.

CSV files come as Excel in Indonesia writes them: UTF-8 with or without a BOM
(older Excel writes Windows-1252), separated by ``;`` or ``,``. Cells keep their
type, so a NIP that Excel stored as a number can be recognised as rounded.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import load_workbook

from app.core.roster import CellValue, RosterTable, detect_layout

MAX_FILE_BYTES = 50 * 1024 * 1024
# A lead byte and its continuation bytes: text that has these is meant to be UTF-8.
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


class RosterFileError(Exception):
    """The file cannot be read at all; the message is Indonesian and names the file."""


def read_roster_file(path: Path) -> RosterTable:
    if not path.is_file():
        raise RosterFileError(f"berkas {path} tidak ditemukan")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise RosterFileError(f"berkas {path.name} lebih dari 50 MB")
    if path.stat().st_size == 0:
        raise RosterFileError(f"berkas {path.name} kosong (0 bita)")
    suffix = path.suffix.casefold()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    raise RosterFileError(
        f"berkas {path.name} tidak didukung; gunakan Excel .xlsx atau .csv "
        "(berkas .xls lama: simpan ulang sebagai .xlsx)"
    )


def _cell(value: object) -> CellValue:
    if value is None or (isinstance(value, str | int | float) and not isinstance(value, bool)):
        return value  # type: ignore[return-value]
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path) -> RosterTable:
    # openpyxl raises many kinds on a file that is not Excel or is damaged inside (zip,
    # XML parse, key and value errors): whatever it raises, the file cannot be read.
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise RosterFileError(f"berkas {path.name} bukan berkas Excel yang dapat dibaca") from error
    try:
        tables = []
        for sheet in workbook.worksheets:
            rows = [
                (number, [_cell(value) for value in values])
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            ]
            tables.append(RosterTable(f"{path.name} (lembar {sheet.title})", rows))
            if len(detect_layout(tables[-1]).mapping) >= 2:
                return tables[-1]
    except Exception as error:
        raise RosterFileError(f"isi berkas Excel {path.name} rusak") from error
    finally:
        workbook.close()
    if not tables:
        raise RosterFileError(f"berkas {path.name} tidak berisi lembar kerja")
    return tables[0]


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise RosterFileError(f"berkas {name} bukan teks CSV")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as broken:
        if UTF8_SEQUENCE.search(data):
            line = data.count(b"\n", 0, broken.start) + 1
            raise RosterFileError(
                f"berkas {name} baris {line}: teks UTF-8 rusak (ada bita yang tidak sah); "
                "simpan ulang sebagai CSV UTF-8"
            ) from broken
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise RosterFileError(
                f"berkas {name} bukan teks UTF-8; simpan ulang sebagai CSV UTF-8"
            ) from error


def _read_csv(path: Path) -> RosterTable:
    text = _decode(path.read_bytes(), path.name)
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [
            (number, [cell if cell.strip() else None for cell in cells])
            for number, cells in enumerate(reader, start=1)
        ]
    except csv.Error as error:
        raise RosterFileError(f"berkas {path.name} baris {reader.line_num}: {error}") from error
    return RosterTable(path.name, rows)
