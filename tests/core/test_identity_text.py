"""One spelling per id number, and names without hidden characters."""

from __future__ import annotations

import pytest

from app.core.nip import nik_problem, nip_problem, normalise_id
from app.core.people import clean_text

NIP = "199001012015031001"
FULL_WIDTH = NIP.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
ARABIC_INDIC = NIP.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


@pytest.mark.parametrize(
    "typed",
    [
        FULL_WIDTH,
        ARABIC_INDIC,
        f"'{NIP}",
        "19900101 201503 1 001",
        "1990\u200b0101201503\u00a01001",
    ],
)
def test_every_way_of_typing_a_nip_gives_the_same_number(typed):
    assert normalise_id(typed) == NIP


def test_id_rules_accept_only_ascii_digits():
    assert nip_problem(FULL_WIDTH) == "NIP hanya boleh berisi angka"
    assert nik_problem("３３７４０１１２０３７５０００４") == "NIK harus 16 angka"
    assert nip_problem(NIP) is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Siti\nAminah", "Siti Aminah"),
        ("Siti\r\n\tAminah ", "Siti Aminah"),
        ("Budi \u202eoyraS\u202c", "Budi oyraS"),
        ("Bu\u200bdi", "Budi"),
        ("Bu\u200ddi", "Budi"),
        ("\ufeffAni\u2066 Lestari\u2069", "Ani Lestari"),
        ("Ani\u00adLestari", "AniLestari"),
        ("Siti\u2028Aminah", "Siti Aminah"),
    ],
)
def test_names_lose_controls_bidi_overrides_and_zero_width_characters(typed, stored):
    assert clean_text(typed) == stored


@pytest.mark.parametrize(
    "name",
    [
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # a non-joiner inside Arabic script
        "\u0915\u094d\u200d\u0937",  # Devanagari half form made with a joiner
        "Andi \U0001f468\u200d\U0001f469\u200d\U0001f467",  # one family emoji
        "\u0633\u064a\u062a\u064a \u0639\u0627\u0645\u0646\u0629",  # Jawi: Siti Aminah
    ],
)
def test_joiners_that_shape_a_script_or_an_emoji_are_kept(name):
    assert clean_text(name) == name


def test_plain_ascii_text_is_cleaned_as_the_full_unicode_path_cleans_it():
    """The shortcut for printable ASCII gives what NFC and the category walk give."""
    import random
    import string

    from app.core.people import _cleaned

    rng = random.Random(21)
    alphabet = string.printable  # letters, digits, punctuation, space, tab, newlines
    samples = ["", " ", "  Dr.  Siti   Aminah,  S.H. ", "\tBudi\r\nSantoso\x0b", "\x00a\x7fb"]
    samples += ["".join(rng.choices(alphabet, k=rng.randint(0, 40))) for _ in range(2_000)]
    for text in samples:
        assert clean_text(text) == _cleaned(text), repr(text)
