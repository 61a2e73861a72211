from app.core.nip import EmploymentStatus, IdKind
from app.core.roster import (
    RosterField,
    RosterTable,
    column_letter,
    detect_layout,
    parse_roster,
    recognise_headers,
)

HEADERS = ["No", "nip_baru", "Nama Lengkap", "gelar_depan", "GELAR  BELAKANG", "jenis_pegawai",
           "jabatan_nama", "unor_nama", "satuan_kerja_nama", "NIK"]  # fmt: skip
GOOD = ["1", "199001012015031001", "Siti Aminah", "Dr. Hj.", "S.H., M.Si.", "PNS",
        "Analis Kebijakan", "Subbagian Umum", "Dinas Sosial", ""]  # fmt: skip


def table(*rows):
    return RosterTable("pegawai.csv", [(1, HEADERS), *[(n + 2, r) for n, r in enumerate(rows)]])


def parse(*rows):
    t = table(*rows)
    return parse_roster(t, detect_layout(t))


def test_siasn_and_hr_headers_are_recognised_whatever_their_case_and_spacing():
    mapping = recognise_headers(HEADERS)
    assert mapping == {
        1: RosterField.NIP, 2: RosterField.NAME, 3: RosterField.FRONT_TITLE,
        4: RosterField.BACK_TITLE, 5: RosterField.STATUS, 6: RosterField.POSITION,
        7: RosterField.UNIT, 8: RosterField.OPD, 9: RosterField.NIK,
    }  # fmt: skip
    assert recognise_headers(["NIP", "NAMA", "UNIT KERJA", "OPD", "Jenis Kelamin"]) == {
        0: RosterField.NIP, 1: RosterField.NAME, 2: RosterField.UNIT, 3: RosterField.OPD,
        4: RosterField.GENDER,
    }  # fmt: skip


def test_header_below_title_rows_is_found():
    t = RosterTable("x.xlsx", [(1, ["DAFTAR PEGAWAI"]), (2, [None]), (3, HEADERS), (4, GOOD)])
    layout = detect_layout(t)
    assert layout.header_index == 2
    assert [p.name for p in parse_roster(t, layout).people] == ["Siti Aminah"]


def test_clean_row_becomes_a_person_with_the_opd_as_unit_and_gender_from_the_nip():
    result = parse(GOOD)
    assert result.errors == []
    (person,) = result.people
    assert person.display_name == "Dr. Hj. Siti Aminah, S.H., M.Si."
    assert (person.unit, person.gender, person.status) == (
        "Dinas Sosial",
        "L",
        EmploymentStatus.PNS,
    )


def test_every_problem_is_reported_with_row_and_column_at_once():
    bad_date = [*GOOD[:1], "199013012015031001", *GOOD[2:]]
    early_tmt = [*GOOD[:1], "199001012005031001", *GOOD[2:]]
    no_name = [*GOOD[:1], "199001012015032002", "", *GOOD[3:]]
    bad_status = [*GOOD[:1], "199001012015031003", "Budi", "", "", "KONTRAK", *GOOD[6:]]
    result = parse(GOOD, bad_date, early_tmt, no_name, bad_status)
    assert result.people == []
    found = [(e.row, e.field) for e in result.errors]
    assert found == [
        (3, "B (nip_baru)"), (4, "B (nip_baru)"), (5, "C (Nama Lengkap)"), (6, "F (jenis_pegawai)"),
    ]  # fmt: skip
    assert "tanggal lahir" in result.errors[0].message
    assert "usia 18" in result.errors[1].message
    assert result.errors[2].message == "nama wajib diisi"
    assert "KONTRAK" in result.errors[3].message
    assert str(result.errors[0]).startswith("baris 3, kolom B (nip_baru): ")


def test_pppk_middle_field_is_not_checked_as_a_tmt_month():
    pppk = [*GOOD[:1], "198505052021211001", "Rina", "", "", "PPPK", *GOOD[6:]]
    assert parse(pppk).errors == []
    as_pns = [*GOOD[:1], "198505052021211001", "Rina", "", "", "PNS", *GOOD[6:]]
    assert "bulan TMT" in parse(as_pns).errors[0].message


def test_gender_digit_must_be_1_or_2_and_nik_must_have_16_digits():
    bad_gender = [*GOOD[:1], "199001012015033001", *GOOD[2:]]
    bad_nik = [*GOOD[:-1], "33740101"]
    result = parse(bad_gender, bad_nik)
    assert [e.row for e in result.errors] == [2, 3]
    assert "jenis kelamin" in result.errors[0].message
    assert result.errors[1].message == "NIK harus 16 angka"


def test_duplicate_id_in_the_file_names_the_first_row():
    result = parse(GOOD, GOOD)
    (error,) = result.errors
    assert error.row == 3 and "baris 2" in error.message


def test_non_asn_is_identified_by_nik():
    row = [
        "1",
        "",
        "Joko",
        "",
        "",
        "NON ASN",
        "Pramu Kantor",
        "",
        "Dinas Sosial",
        "3374010101900001",
    ]
    (person,) = parse(row).people
    assert (person.id_kind, person.id_number) == (IdKind.NIK, "3374010101900001")


def test_number_rounded_by_excel_is_refused_with_advice():
    as_float = [*GOOD[:1], 1.99001012015031e17, *GOOD[2:]]
    scientific = [*GOOD[:1], "1,99001E+17", *GOOD[2:]]
    zero_tail = [*GOOD[:1], "199001012015031000", *GOOD[2:]]
    result = parse(as_float, scientific, zero_tail)
    assert [e.row for e in result.errors] == [2, 3, 4]
    assert all("dibulatkan Excel" in e.message and "Teks" in e.message for e in result.errors)


def test_file_without_name_or_id_column_says_which_is_missing():
    t = RosterTable("data.csv", [(1, ["Kolom1", "Kolom2"]), (2, ["a", "b"])])
    messages = [e.message for e in parse_roster(t, detect_layout(t)).errors]
    assert any("NAMA" in m for m in messages) and any("NIP atau NIK" in m for m in messages)


def test_column_letters_follow_the_spreadsheet():
    assert [column_letter(i) for i in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]
