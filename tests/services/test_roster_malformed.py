"""Roster files HR should not have sent: each gets a clear Indonesian message naming the
file (and row and column where there is one), and nothing is stored."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.services.event_service import Invalid
from tests.db_dump import table_digests
from tests.roster_files import SIASN_HEADERS, demo_rows, write_csv, write_xlsx


def renamed_png(folder: Path) -> Path:
    path = folder / "pegawai.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return path


def renamed_docx(folder: Path) -> Path:
    path = folder / "pegawai.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def renamed_csv(folder: Path) -> Path:
    path = folder / "pegawai.xlsx"
    write_csv(folder / "asli.csv", demo_rows(3)).rename(path)
    return path


def empty_xlsx(folder: Path) -> Path:
    path = folder / "pegawai.xlsx"
    path.write_bytes(b"")
    return path


def empty_csv(folder: Path) -> Path:
    path = folder / "pegawai.csv"
    path.write_bytes(b"")
    return path


def only_headers(folder: Path) -> Path:
    return write_xlsx(folder / "pegawai.xlsx", [])


def formulas_without_values(folder: Path) -> Path:
    """Cells holding formulas never calculated by Excel (a script wrote them): no value."""
    rows = demo_rows(4)
    rows[2][1] = '=CONCATENATE("Siti ","Aminah")'
    return write_xlsx(folder / "pegawai.xlsx", rows)


def merged_cells(folder: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(SIASN_HEADERS)
    for row in demo_rows(5):
        sheet.append(row)
    sheet.merge_cells("B3:B5")  # one name spread over three people
    path = folder / "pegawai.xlsx"
    workbook.save(path)
    return path


def broken_utf8(folder: Path) -> Path:
    rows = demo_rows(3)
    rows[0][1] = "Ñoman Ayu"
    path = write_csv(folder / "pegawai.csv", rows)
    data = path.read_bytes()
    at = data.index("Ñoman".encode())
    path.write_bytes(data[:at] + b"\xc3\x28" + data[at:])  # a lead byte without its partner
    return path


def quote_left_open(folder: Path) -> Path:
    rows = demo_rows(4)
    rows[1][1] = '"' + rows[1][1]  # an opening quote typed by hand, never closed
    path = folder / "pegawai.csv"
    path.write_text(
        "\n".join(";".join(row) for row in [SIASN_HEADERS, *rows]) + "\n", encoding="utf-8"
    )
    return path


def broken_xml_inside_xlsx(folder: Path) -> Path:
    good = write_xlsx(folder / "asli.xlsx", demo_rows(3))
    path = folder / "pegawai.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = data.replace(b"<row", b"\xff<row", 2)
            target.writestr(item, data)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (renamed_png, ["pegawai.xlsx", "bukan berkas Excel"]),
        (renamed_docx, ["pegawai.xlsx", "bukan berkas Excel"]),
        (renamed_csv, ["pegawai.xlsx", "bukan berkas Excel"]),
        (empty_xlsx, ["pegawai.xlsx", "kosong"]),
        (empty_csv, ["pegawai.csv", "kosong"]),
        (only_headers, ["tidak ada baris data"]),
        (formulas_without_values, ["baris 4", "NAMA", "wajib diisi"]),
        (merged_cells, ["baris 4", "NAMA", "wajib diisi"]),
        (broken_utf8, ["pegawai.csv", "baris 2", "UTF-8 rusak"]),
        (broken_xml_inside_xlsx, ["pegawai.xlsx", "rusak"]),
        (quote_left_open, ["pegawai.csv", "baris 3", "tanda kutip", "tidak ditutup"]),
    ],
)
def test_malformed_roster_file_is_refused_with_a_clear_message(
    demo, db_path, tmp_path, make, expected
):
    event = demo.events.list_events()[0]
    path = make(tmp_path)
    before = table_digests(db_path)
    result = demo.roster.import_file(path, event.organisation_id, event.id)
    assert isinstance(result, Invalid)
    message = " ".join(
        f"{e.field} baris {e.row}: {e.message}" if e.row else f"{e.field}: {e.message}"
        for e in result.errors
    )
    assert all(part in message for part in expected), message
    assert table_digests(db_path) == before


@pytest.mark.slow
def test_hundred_thousand_rows_with_one_bad_row_import_nothing(demo, db_path, tmp_path):
    event = demo.events.list_events()[0]
    rows = demo_rows(100_000)
    rows[-1][0] = rows[-1][0][:-1] + "X" if rows[-1][0] else "19900101201503100X"
    path = write_csv(tmp_path / "pegawai.csv", rows)
    before = table_digests(db_path)
    result = demo.roster.import_file(path, event.organisation_id, event.id)
    assert isinstance(result, Invalid)
    assert [(e.row, e.field) for e in result.errors] == [(100_001, "A (NIP BARU)")]
    assert table_digests(db_path) == before
