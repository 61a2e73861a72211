from dataclasses import replace
from datetime import date, time

from app.core.events import Event, EventKind
from app.core.pledge import PledgeScript, fill_names, names_for, validate_script
from app.core.slide_compose import compose_leader
from app.core.stage import Screen, SlideKind, StageState, build_deck
from app.core.theme import THEME_PRESETS, Theme, contrast, validate_theme

SCRIPT = PledgeScript(
    title="Ikrar",
    opening="Kami ASN di lingkungan {pemerintah} berikrar:",
    points=("Netral pada Pemilu {tahun}.", "Menolak politik uang."),
    closing="Demikian.",
)


def _event() -> Event:
    return Event(
        title="Apel Netralitas", kind=EventKind.APEL, day=date(2024, 10, 1),
        start_time=time(7, 30), late_after=time(7, 45), venue="Pendopo", organiser="BKPSDM",
    )  # fmt: skip


def test_placeholders_are_filled_with_the_organisation_and_event_names():
    filled = fill_names(SCRIPT, names_for(_event(), "Pemerintah Kabupaten Wanasari"))
    assert filled.opening == "Kami ASN di lingkungan Pemerintah Kabupaten Wanasari berikrar:"
    assert filled.points[0] == "Netral pada Pemilu 2024."


def test_unknown_braces_stay_as_typed():
    script = replace(SCRIPT, opening="Kami {siapa} berikrar:")
    assert fill_names(script, names_for(_event(), "X")).opening == "Kami {siapa} berikrar:"


def test_script_without_title_or_points_is_refused_with_field_names():
    errors = validate_script(replace(SCRIPT, title=" ", points=("", " ")))
    assert [(e.field, e.message) for e in errors] == [
        ("judul", "judul naskah wajib diisi"),
        ("butir", "naskah harus berisi paling sedikit satu butir"),
    ]


def test_overlong_point_is_refused_naming_its_number():
    errors = validate_script(replace(SCRIPT, points=("ok", "x" * 601)))
    assert [str(e) for e in errors] == ["butir: butir 2 paling panjang 600 karakter"]


def test_deck_has_welcome_opening_each_point_and_closing():
    kinds = [(s.kind, s.point) for s in build_deck(SCRIPT)]
    assert kinds == [
        (SlideKind.WELCOME, None), (SlideKind.OPENING, None), (SlideKind.POINT, 0),
        (SlideKind.POINT, 1), (SlideKind.CLOSING, None),
    ]  # fmt: skip
    assert build_deck(replace(SCRIPT, closing=""))[-1].kind is SlideKind.POINT


def test_steps_stop_at_both_ends_of_the_deck():
    state = StageState(SCRIPT, "Apel", "Pemkab")
    assert state.step(-1).index == 0
    assert state.step(10).index == 4
    assert state.step(2).current == build_deck(SCRIPT)[2]


def test_first_step_after_blanking_brings_the_slide_back_without_moving():
    state = StageState(SCRIPT, "Apel", "Pemkab", index=2).toggle_screen(Screen.BLACK)
    assert state.screen is Screen.BLACK
    back = state.step(1)
    assert (back.screen, back.index) == (Screen.SLIDE, 2)
    assert state.toggle_screen(Screen.BLACK).screen is Screen.SLIDE
    assert state.toggle_screen(Screen.LOGO).screen is Screen.LOGO


def test_shorter_script_keeps_the_place_within_its_deck():
    state = StageState(SCRIPT, "Apel", "Pemkab", index=4)
    assert state.with_script(replace(SCRIPT, points=("Satu",), closing="")).index == 2


def test_every_preset_theme_is_high_contrast():
    for name, theme in THEME_PRESETS.items():
        assert validate_theme(theme) == [], name


def test_low_contrast_theme_and_bad_colour_are_refused():
    grey = validate_theme(Theme(background="#777777", text="#999999"))
    assert grey[0].field == "teks" and "kurang kontras" in grey[0].message
    assert validate_theme(Theme(text="white"))[0].message == "warna teks harus ditulis #RRGGBB"
    assert round(contrast("#ffffff", "#000000"), 1) == 21.0


class _FixedWidthMeasure:
    def width(self, text: str, size: float, bold: bool) -> float:
        return len(text) * size * 0.5

    def line_height(self, size: float, bold: bool) -> float:
        return size * 1.2


def _leader_words(state: StageState) -> str:
    composition = compose_leader(state, (1280, 720), _FixedWidthMeasure())
    return " ".join(line.text for placed in composition.text.blocks for line in placed.lines)


def test_the_leader_is_told_to_read_together_only_once_the_pledge_begins():
    welcome = StageState(SCRIPT, "Apel", "Pemkab", index=0)
    assert welcome.current.kind is SlideKind.WELCOME
    assert "DIIKUTI BERSAMA" not in _leader_words(welcome)
    assert "BELUM DIMULAI" in _leader_words(welcome)
    for index in range(1, len(welcome.deck)):
        assert "DIIKUTI BERSAMA" in _leader_words(replace(welcome, index=index))
