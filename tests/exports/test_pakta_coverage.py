from app.core.pakta_paper import UnitCoverage, total_coverage
from app.exports.pakta_coverage import coverage_table, write_follow_up_csv


def test_coverage_sheet_has_a_row_per_unit_and_the_total_below_them():
    units = [UnitCoverage("Dinas A", 80, 2, 57, 5), UnitCoverage("=HYPERLINK(1)", 4, 0, 4, 0)]
    table = coverage_table(units, total_coverage(units))
    assert [row[0] for row in table.rows] == ["Dinas A", "'=HYPERLINK(1)"]
    assert table.rows[0][1:] == [80, 2, 57, 5, 21, 59 / 80]
    assert [row[:2] for row in table.totals] == [["Jumlah", 84]]


def test_follow_up_csv_opens_in_excel_as_text(tmp_path):
    out = tmp_path / "belum.csv"
    write_follow_up_csv([("1", "Dinas A", "=cmd|' /C calc'!A0", "NIP 1", "Staf", "belum")], out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "No;Unit Kerja;Nama;NIP / ID;Jabatan;Status"
    assert lines[1].split(";")[2].startswith("'=cmd")
