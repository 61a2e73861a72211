"""Roster files as HR brings them: SIASN-style headers, written as real .xlsx and .csv."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook

from app.core.people import Person
from app.services.demo_service import load_seed, synthetic_people

SIASN_HEADERS = [
    "NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "JENIS PEGAWAI", "GOLONGAN",
    "JENIS KELAMIN", "JABATAN", "SATUAN KERJA NAMA", "NIK",
]  # fmt: skip


def row_of(person: Person) -> list[str]:
    nik = person.id_number if person.id_kind.value == "nik" else ""
    nip = "" if nik else person.id_number
    return [
        nip, person.name, person.front_title, person.back_title, person.status.value,
        person.grade, person.gender, person.position, person.unit, nik,
    ]  # fmt: skip


def demo_rows(count: int) -> list[list[str]]:
    return [row_of(p) for p in synthetic_people(count, load_seed())]


def write_xlsx(path: Path, rows: list[list[object]], headers: list[str] = SIASN_HEADERS) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(
    path: Path,
    rows: list[list[object]],
    headers: list[str] = SIASN_HEADERS,
    delimiter: str = ";",
    bom: bool = True,
) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path
