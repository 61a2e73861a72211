"""The one sheet reader: encodings, quotes, and files made to exhaust memory or time.

Each hostile file is read in a child process held to 500 MB of address space and 20 s:
it must be refused (or read) there, with a message naming the file and the limit.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.imports.sheet_file import SheetUnreadable, read_sheet, text_rows
from app.imports.sheet_limits import SheetLimits
from tests.hostile_sheets import (
    MAIN,
    claimed_whole_sheet,
    empty_cells_far_right,
    entity_expansion,
    huge_shared_string,
    million_rows_csv,
    million_rows_xlsx,
    most_cells_csv,
    read_bounded,
    write_xlsx_parts,
)

MEMORY = 500 * 1024 * 1024
SECONDS = 20


def test_sheet_claiming_every_cell_of_excel_reads_only_the_cells_it_holds(tmp_path):
    path = claimed_whole_sheet(tmp_path / "klaim.xlsx")
    assert path.stat().st_size < 2_000
    report = read_bounded(path, MEMORY, SECONDS)
    assert report == {**report, "rows": 3, "error": None}
    sheet = read_sheet(path)
    assert sheet.rows == [
        (1, ["NIP", "Nama"]),
        (2, ["199001012015031001", "Siti Aminah"]),
        (150_000, ["catatan"]),
    ]


def test_small_file_inflating_to_one_huge_shared_string_is_refused_unread(tmp_path):
    path = huge_shared_string(tmp_path / "teks.xlsx", megabytes=256)
    assert path.stat().st_size < 400_000
    report = read_bounded(path, MEMORY, SECONDS)
    assert report["error"] == (
        "berkas teks.xlsx terlalu besar: bagian xl/sharedStrings.xml berisi 268 MB "
        "setelah dibuka (batas 100 MB)"
    )


def test_shared_string_longer_than_an_excel_cell_is_refused(tmp_path):
    path = huge_shared_string(tmp_path / "teks.xlsx", megabytes=1)
    with pytest.raises(SheetUnreadable, match=r"sebuah sel berisi lebih dari 32\.767 karakter"):
        read_sheet(path)


def test_million_row_xlsx_is_refused_at_the_row_limit(tmp_path):
    report = read_bounded(million_rows_xlsx(tmp_path / "sejuta.xlsx"), MEMORY, SECONDS)
    assert report["error"] == (
        "berkas sejuta.xlsx terlalu besar: ada isi di baris 200.001; paling banyak 200.000 baris"
    )


def test_million_row_csv_is_refused_at_the_row_limit(tmp_path):
    report = read_bounded(million_rows_csv(tmp_path / "sejuta.csv"), MEMORY, SECONDS)
    assert report["error"] == (
        "berkas sejuta.csv terlalu besar: ada isi di baris 200.001; paling banyak 200.000 baris"
    )


def test_empty_cells_far_to_the_right_cost_nothing(tmp_path):
    path = empty_cells_far_right(tmp_path / "lebar.xlsx", rows=100_000)
    report = read_bounded(path, MEMORY, SECONDS)
    assert report == {**report, "rows": 100_001, "error": None}
    assert read_sheet(path).rows[5] == (6, ["6"])


def test_file_just_inside_every_limit_is_read_within_the_memory_bound(tmp_path):
    report = read_bounded(most_cells_csv(tmp_path / "sel.csv"), MEMORY, SECONDS)
    assert report == {**report, "rows": 100_000, "error": None}


def test_entity_expansion_is_refused_as_damaged(tmp_path):
    report = read_bounded(entity_expansion(tmp_path / "entitas.xlsx"), MEMORY, SECONDS)
    assert report["error"] == "isi berkas Excel entitas.xlsx rusak"


def test_data_beyond_the_column_limit_is_refused_naming_the_cell(tmp_path):
    path = tmp_path / "lebar.csv"
    path.write_text("NIP;Nama" + ";" * 300 + "x\n1;Siti\n", encoding="utf-8")
    with pytest.raises(SheetUnreadable, match="baris 1 berisi data di lebih dari 256 kolom"):
        read_sheet(path)


def test_limits_on_cells_and_shared_strings_are_counted_from_the_content(tmp_path):
    path = tmp_path / "sel.csv"
    path.write_text("".join(f"{n};a;b\n" for n in range(40)), encoding="utf-8")
    with pytest.raises(SheetUnreadable, match="lebih dari 100 sel"):
        read_sheet(path, limits=SheetLimits(cells=100))

    def strings() -> Iterator[str]:
        yield f'<sst xmlns="{MAIN}">' + "<si><t>Siti</t></si>" * 21 + "</sst>"

    def rows() -> Iterator[str]:
        yield f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c t="s"><v>0</v></c></row>'
        yield "</sheetData></worksheet>"

    workbook = write_xlsx_parts(tmp_path / "banyak.xlsx", rows, strings)
    assert read_sheet(workbook).rows == [(1, ["Siti"])]
    with pytest.raises(SheetUnreadable, match="lebih dari 20 teks bersama"):
        read_sheet(workbook, limits=SheetLimits(shared_strings=20))


def test_quote_left_open_is_refused_naming_the_row_it_opens_on(tmp_path):
    path = tmp_path / "pegawai.csv"
    path.write_text(
        'NIP;Nama\n199001012015031001;Siti\n199001012015032002;"Ani\n199001012015031003;Budi\n',
        encoding="utf-8",
    )
    with pytest.raises(SheetUnreadable) as refused:
        read_sheet(path)
    assert str(refused.value) == (
        'berkas pegawai.csv baris 3: tanda kutip (") dibuka tetapi tidak ditutup; '
        "tutup kutipnya atau hapus, lalu impor lagi"
    )


def test_quoted_cell_spanning_lines_is_one_cell(tmp_path):
    path = tmp_path / "pegawai.csv"
    path.write_text('NIP;Nama\n1;"Siti\nAminah"\n2;Budi\n', encoding="utf-8")
    assert read_sheet(path).rows[1:] == [(2, ["1", "Siti\nAminah"]), (3, ["2", "Budi"])]


ROWS = [["NIP", "Nama", "Catatan"], ["1", "Siti Aminah", "Cuti – ke Bandung “pagi”"]]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1252", b""),
    ],
)
def test_each_encoding_excel_writes_reads_the_same_text(tmp_path, encoding, prefix):
    path = tmp_path / "alasan.csv"
    path.write_bytes(prefix + "\r\n".join(";".join(row) for row in ROWS).encode(encoding))
    assert text_rows(read_sheet(path)) == ROWS


def test_windows_1252_text_of_even_length_is_not_taken_for_utf16(tmp_path):
    path = tmp_path / "alasan.csv"
    data = "NIP,Alasan\n1,Cuti – RSUD2\n".encode("cp1252")
    assert len(data) % 2 == 0
    path.write_bytes(data)
    assert text_rows(read_sheet(path)) == [["NIP", "Alasan"], ["1", "Cuti – RSUD2"]]


def test_text_that_is_neither_utf8_nor_windows_1252_is_refused(tmp_path):
    path = tmp_path / "alasan.csv"
    path.write_bytes(b"NIP;Alasan\n1;Cuti \x81\x8d\n")
    with pytest.raises(SheetUnreadable, match="bukan teks UTF-8 maupun Windows-1252"):
        read_sheet(path)


def test_blank_rows_keep_the_numbers_of_the_rows_below(tmp_path):
    path = tmp_path / "alasan.csv"
    path.write_text("NIP;Alasan\n\n;\n1;sakit\n", encoding="utf-8")
    assert text_rows(read_sheet(path)) == [["NIP", "Alasan"], [], [], ["1", "sakit"]]


def test_old_binary_excel_is_refused_with_how_to_save_it(tmp_path):
    path = tmp_path / "pegawai.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(SheetUnreadable, match=r"simpan ulang sebagai \.xlsx"):
        read_sheet(path)


def test_dates_in_cells_come_back_as_iso_text(tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["Nama", "Join Time"])
    workbook.active.append(["Siti", datetime(2024, 10, 1, 7, 5, 9)])
    workbook.active.append(["Budi", datetime(2024, 10, 1)])
    path: Path = tmp_path / "zoom.xlsx"
    workbook.save(path)
    assert read_sheet(path).rows[1:] == [
        (2, ["Siti", "2024-10-01 07:05:09"]),
        (3, ["Budi", "2024-10-01"]),
    ]


def test_roster_is_found_on_a_later_sheet_after_a_cover_page(services, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Sampul"
    workbook.active.append(["Daftar pegawai Pemkab, per 1 Oktober 2024"])
    roster = workbook.create_sheet("Pegawai")
    roster.append(["NIP BARU", "NAMA"])
    roster.append(["199001012015031001", "Siti Aminah"])
    path = tmp_path / "pegawai.xlsx"
    workbook.save(path)
    preview = services.roster.preview(path)
    assert preview.table.source == "pegawai.xlsx (lembar Pegawai)"
    assert preview.table.rows == [
        (1, ["NIP BARU", "NAMA"]),
        (2, ["199001012015031001", "Siti Aminah"]),
    ]
