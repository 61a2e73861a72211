import pytest

from app.core.pakta import (
    BlockKind,
    PaktaFields,
    Signer,
    SignerRole,
    fill_template,
    infer_role,
    layout_blocks,
    ordered_by_rank,
    place_from_kop,
    template_problems,
)


@pytest.mark.parametrize(
    ("position", "role"),
    [
        ("Bupati Wanasari", SignerRole.KEPALA_DAERAH),
        ("Pj. Bupati Wanasari", SignerRole.KEPALA_DAERAH),
        ("Wali Kota Surakarta", SignerRole.KEPALA_DAERAH),
        ("Wakil Bupati Wanasari", SignerRole.WAKIL_KEPALA_DAERAH),
        ("Sekretaris Daerah Kabupaten Wanasari", SignerRole.SEKDA),
        ("Asisten Pemerintahan dan Kesejahteraan Rakyat", SignerRole.ASISTEN),
        ("Kepala Dinas Kesehatan", SignerRole.KEPALA_OPD),
        ("Plt. Kepala Badan Kepegawaian Daerah", SignerRole.KEPALA_OPD),
        ("Inspektur Daerah", SignerRole.KEPALA_OPD),
        ("Camat Karangmojo", SignerRole.CAMAT),
        ("Sekretaris Camat Karangmojo", SignerRole.LAINNYA),
        ("Kepala Desa Sidomulyo", SignerRole.KEPALA_DESA),
        ("Lurah Kauman", SignerRole.KEPALA_DESA),
        ("Kepala Bidang", SignerRole.LAINNYA),
    ],
)
def test_role_is_read_from_the_position(position, role):
    assert infer_role(position) is role


def _signer(pid, role, order):
    return Signer(pid, f"P{pid}", "", "", "", role, order)


def test_rank_order_puts_the_regional_head_first_and_keeps_ties_in_given_order():
    signers = [
        _signer(1, SignerRole.KEPALA_DESA, 1),
        _signer(2, SignerRole.CAMAT, 2),
        _signer(3, SignerRole.KEPALA_OPD, 3),
        _signer(4, SignerRole.KEPALA_DAERAH, 4),
        _signer(5, SignerRole.KEPALA_OPD, 5),
        _signer(6, SignerRole.SEKDA, 6),
        _signer(7, SignerRole.ASISTEN, 7),
    ]
    assert [s.person_id for s in ordered_by_rank(signers)] == [4, 6, 7, 3, 5, 2, 1]


def test_unknown_placeholder_is_named_with_its_line():
    errors = template_problems("PAKTA\n\nNama : {nama}\nGolongan : {golongan}", "Wanasari")
    assert [(e.row, e.message.split(";")[0]) for e in errors] == [
        (4, "isian {golongan} tidak dikenal")
    ]
    assert template_problems("PAKTA", " ")[0].message == "templat harus memuat {nama}"


def test_filled_template_lays_out_title_fields_items_and_closing():
    body = (
        "# komentar\nPAKTA\n\nNama : {nama}\nNIP : {nip}\n\n1. satu\n2. dua\n\n{tempat}, {tanggal}"
    )
    fields = PaktaFields("Siti", "1", "Kepala", "Dinas", "Wanasari", "1 Oktober 2024")
    text = fill_template(body, fields)
    assert "komentar" not in text
    kinds = [(b.kind, b.label, b.text) for b in layout_blocks(text)]
    assert kinds == [
        (BlockKind.TITLE, "", "PAKTA"),
        (BlockKind.FIELD, "Nama", "Siti"),
        (BlockKind.FIELD, "NIP", "1"),
        (BlockKind.ITEM, "1.", "satu"),
        (BlockKind.ITEM, "2.", "dua"),
        (BlockKind.CLOSING, "", "Wanasari, 1 Oktober 2024"),
    ]


def test_place_comes_from_the_kop_of_a_regency():
    assert place_from_kop(["PEMERINTAH KABUPATEN WANASARI", "BKD"], "Pendopo") == "Wanasari"
    assert place_from_kop([], "Pendopo") == "Pendopo"


@pytest.mark.parametrize(
    ("position", "government"),
    [
        ("Bupati Seram Bagian Barat", True),
        ("Wakil Bupati Wanasari", True),
        ("Pj Bupati Wanasari", True),
        ("Pj. Bupati Wanasari", True),
        ("Pjs. Bupati Wanasari", True),
        ("Penjabat Sementara Bupati Wanasari", True),
        ("Plt. Bupati Wanasari", True),
        ("Plh Bupati Wanasari", True),
        ("Wali Kota Ambon", True),
        ("Penjabat Walikota Ambon", True),
        ("Wakil Wali Kota Ambon", True),
        ("Sekretaris Daerah Kabupaten Wanasari", False),
        ("Staf Ahli Bupati Bidang Hukum", False),
        ("Kepala Dinas Kesehatan", False),
        ("Camat Piru", False),
    ],
)
def test_regional_heads_sign_for_the_government_and_others_for_their_unit(position, government):
    from app.core.pakta import Signer, infer_role, signer_instansi

    signer = Signer(1, "Nama", "", position, "Sekretariat Daerah", infer_role(position), 1)
    expected = "Pemerintah Kabupaten Wanasari" if government else "Sekretariat Daerah"
    assert signer_instansi(signer, "Pemerintah Kabupaten Wanasari") == expected
