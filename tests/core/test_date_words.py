from datetime import date

import pytest

from app.core.date_words import date_in_words, number_words


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (31, "tiga puluh satu"),
        (100, "seratus"),
        (115, "seratus lima belas"),
        (999, "sembilan ratus sembilan puluh sembilan"),
        (1000, "seribu"),
        (1945, "seribu sembilan ratus empat puluh lima"),
        (2026, "dua ribu dua puluh enam"),
        (11_000, "sebelas ribu"),
        (100_000, "seratus ribu"),
        (1_250_000, "satu juta dua ratus lima puluh ribu"),
    ],
)
def test_numbers_are_written_the_indonesian_way(value: int, words: str) -> None:
    assert number_words(value) == words


def test_a_date_is_written_as_a_berita_acara_states_it() -> None:
    assert date_in_words(date(2026, 12, 1)) == (
        "Selasa tanggal satu bulan Desember tahun dua ribu dua puluh enam"
    )
    assert date_in_words(date(2025, 11, 17)) == (
        "Senin tanggal tujuh belas bulan November tahun dua ribu dua puluh lima"
    )
