from datetime import date, time

from app.core.events import Event, EventKind
from app.core.laporan_facts import gate_closure_of
from app.core.laporan_text import (
    Official,
    changed_parts,
    default_text,
    text_from_json,
    text_problems,
    text_to_json,
)

EVENT = Event("Apel Netralitas", EventKind.APEL, date(2026, 12, 1), time(7, 30), time(7, 45),
              "Pendopo", "BKPSDM Wanasari")  # fmt: skip


def test_default_legal_basis_lists_the_acts_on_asn_neutrality():
    basis = " ".join(default_text(EVENT, "Wanasari").legal_basis)
    for act in ("Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
                "Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
                "Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps",
                "Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas"):  # fmt: skip
        assert act in basis


def test_text_round_trips_through_json_and_a_missing_part_takes_its_default():
    defaults = default_text(EVENT, "Wanasari")
    edited = defaults.__class__(
        **{**defaults.__dict__, "background": "Latar baru", "legal_basis": ("UU 1",),
           "witnesses": (Official("Saksi Satu"), Official("Saksi Dua", "", "Camat"))},
    )  # fmt: skip
    assert text_from_json(text_to_json(edited), defaults) == edited
    assert text_from_json('{"purpose": "Tujuan"}', defaults).background == defaults.background
    assert text_from_json("not json", defaults) == defaults
    assert changed_parts(defaults, edited) == ["background", "legal_basis", "witnesses"]


def test_a_witness_with_a_position_but_no_name_is_refused():
    text = default_text(EVENT, "Wanasari")
    text = text.__class__(**{**text.__dict__, "witnesses": (Official("", "", "Camat"), Official())})
    (problem,) = text_problems(text)
    assert problem.field == "saksi_1"


def test_gate_closure_reads_stations_as_a_list_or_a_mapping():
    listed = gate_closure_of(
        "01-10-2024 09.00",
        {
            "stations": [
                {"station": "Gerbang 1", "merged": True},
                {"name": "Gerbang 2", "merged": False},
            ]
        },
    )
    assert listed.closed and not listed.all_merged
    assert "data stasiun Gerbang 2 belum digabungkan" in listed.sentence()
    mapped = gate_closure_of("01-10-2024 09.00", {"stations": {"Gerbang 1": True}})
    assert mapped.all_merged
    assert "tidak ditutup" in gate_closure_of(None, None).sentence()
