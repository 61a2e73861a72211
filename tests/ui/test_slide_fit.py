"""Every slide of every script fits every screen size, measured with the bundled font."""

from dataclasses import replace

import pytest

from app.core.pledge import PledgeScript
from app.core.slide_compose import compose, compose_leader
from app.core.slide_layout import TOKEN
from app.core.stage import ReadingMode, StageState
from app.core.theme import FONTS
from app.services.ikrar_service import shipped_scripts
from app.ui.slide_rendering import load_bundled_fonts, text_measure

SIZES = [
    (1024, 768),
    (1280, 720),
    (1280, 1024),
    (1366, 768),
    (1920, 1080),
    (2560, 1440),
    (3840, 2160),
]
LONG_POINT = " ".join(["Menjaga netralitas dan profesionalitas pelayanan publik"] * 10) + "."
CUSTOM = PledgeScript(
    title="Ikrar dengan butir yang sangat panjang sekali",
    opening="Kami Aparatur Sipil Negara di lingkungan Pemerintah Kabupaten Wanasari berikrar:",
    points=(LONG_POINT[:600], "Pendek.", "Kata-sangat-panjang-tanpa-spasi-sama-sekali-di-sini"),
    closing="Demikian.",
)
SCRIPTS = [*shipped_scripts(), CUSTOM]


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def _check(composition, measure):
    for layout in (composition.text, composition.notice):
        if layout is None:
            continue
        box = layout.box
        assert layout.blocks[0].top >= box.y - 0.01
        assert layout.blocks[-1].bottom <= box.y + box.height + 0.01
        for placed in layout.blocks:
            for line in placed.lines:
                assert line.x >= box.x - 0.01
                assert line.x + measure.width(line.text, placed.size, placed.block.bold) <= (
                    box.x + box.width + 0.01
                )
            joined = [t for line in placed.lines for t in _tokens(line.text)]
            assert joined == _tokens(placed.block.text), "a word was cut or lost"


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_slide_fits_without_overflow_or_cut_words(qapp, size, font):
    load_bundled_fonts()
    measure = text_measure(font)
    for script in SCRIPTS:
        for mode in ReadingMode:
            state = StageState(
                script, "Apel dan Deklarasi Netralitas ASN", "Pemerintah Kabupaten Wanasari",
                mode=mode, present=10_000, notice="Peserta harap merapat ke barisan",
            )  # fmt: skip
            for index, slide in enumerate(state.deck):
                shown = replace(state, index=index, notice_shown=index % 2 == 0)
                _check(compose(shown, slide, size, measure), measure)
                _check(compose_leader(shown, size, measure), measure)


def test_one_point_per_slide_is_large_even_on_the_smallest_projector(qapp):
    measure = text_measure("Noto Sans")
    for script in shipped_scripts():
        state = StageState(script, "Apel", "Pemerintah Kabupaten Wanasari")
        for index, slide in enumerate(state.deck):
            if slide.point is None:
                continue
            layout = compose(replace(state, index=index), slide, (1024, 768), measure).text
            point = layout.blocks[-1]
            # 34 px on a 768-line projector is ~4.4% of the height: readable from 20 m.
            assert point.size >= 34, (script.source, slide.point, point.size)


def test_short_text_stops_growing_at_a_seventh_of_the_screen(qapp):
    script = replace(CUSTOM, points=("Ya.",))
    state = StageState(script, "Apel", "Pemkab", index=2)
    layout = compose(state, state.current, (1920, 1080), text_measure("Noto Sans")).text
    assert layout.base_size == pytest.approx(1080 / 7)


def test_bundled_fonts_are_registered(qapp):
    assert {"Noto Sans", "Noto Serif"} <= set(load_bundled_fonts())
