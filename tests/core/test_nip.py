from app.core.nip import EmploymentStatus, format_nip, nik_problem, nip_problem, parse_nip


def test_valid_pns_nip_is_accepted_and_parsed():
    assert nip_problem("199001012015031001") is None
    parts = parse_nip("199001012015031001")
    assert parts is not None
    assert (parts.birth_date.isoformat(), parts.tmt_year, parts.tmt_month) == (
        "1990-01-01",
        2015,
        3,
    )
    assert (parts.gender, parts.sequence) == ("L", 1)


def test_nip_with_impossible_birth_date_is_refused():
    assert "tanggal lahir" in nip_problem("199002302015031001")


def test_nip_with_gender_digit_other_than_1_or_2_is_refused():
    assert "jenis kelamin" in nip_problem("199001012015033001")


def test_nip_with_month_13_is_refused_for_pns_but_not_for_pppk():
    assert "bulan TMT" in nip_problem("199001012015131001")
    assert nip_problem("199001012023211001", EmploymentStatus.PPPK) is None
    assert "bulan TMT" in nip_problem("199001012023211001", EmploymentStatus.PNS)


def test_appointment_before_eighteenth_birthday_is_refused():
    assert "18 tahun" in nip_problem("199001012005031001")


def test_nip_of_wrong_length_or_with_letters_is_refused():
    assert "18 angka" in nip_problem("19900101201503100")
    assert "angka" in nip_problem("19900101201503100X")


def test_nik_must_have_sixteen_digits():
    assert nik_problem("3374010101900001") is None
    assert nik_problem("337401010190000") is not None


def test_nip_is_grouped_for_reading_and_other_ids_are_left_alone():
    assert format_nip("199001012015031001") == "19900101 201503 1 001"
    assert format_nip("3374010101900001") == "3374010101900001"
