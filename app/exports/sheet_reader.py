"""Rows of text from a sheet HR or a meeting tool gave us: XLSX, or CSV in any common dialect.

Every cell comes back as text (numbers as their exact digits), so the core rules
see what the user typed. An unreadable file raises ``SheetUnreadable`` with an
Indonesian message naming the file.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, time
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
ENCODINGS = ("utf-8-sig", "utf-16", "cp1252")


class SheetUnreadable(Exception):
    """The file cannot be read as a sheet; the message says why, in Indonesian."""


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    return str(value)


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    # openpyxl raises many kinds on a damaged file (zip, XML parse, key, value errors).
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise SheetUnreadable(
            f"{path.name} bukan berkas Excel (.xlsx) yang dapat dibaca"
        ) from error
    try:
        sheet = workbook.worksheets[0]
        return [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    except Exception as error:
        raise SheetUnreadable(f"isi berkas Excel {path.name} rusak") from error
    finally:
        workbook.close()


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SheetUnreadable(f"{name} bukan berkas teks CSV")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SheetUnreadable(f"{name}: pengodean teks tidak dikenali")


def _csv_rows(path: Path, data: bytes) -> list[list[str]]:
    text = _decode(data, path.name)
    sample = "\n".join(text.splitlines()[:30])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as error:
        raise SheetUnreadable(f"{path.name}: isi CSV rusak ({error})") from error


def read_rows(path: Path) -> list[list[str]]:
    """The first sheet of an XLSX file, or the rows of a CSV/TXT file."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SheetUnreadable(f"berkas {path} tidak dapat dibuka") from error
    if size > MAX_BYTES:
        raise SheetUnreadable(f"{path.name} terlalu besar (lebih dari 50 MB)")
    data = path.read_bytes()
    if data.startswith(b"PK"):
        return _xlsx_rows(path)
    if path.suffix.casefold() in (".xlsx", ".xlsm"):
        raise SheetUnreadable(f"{path.name} bukan berkas Excel (.xlsx) yang dapat dibaca")
    return _csv_rows(path, data)
