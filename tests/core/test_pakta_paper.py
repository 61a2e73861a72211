from app.core.pakta_paper import (
    BoxVerdict,
    InkMeasure,
    SignState,
    decide_box,
    sign_state,
    total_coverage,
    unit_coverage,
)


def test_box_with_only_noise_is_empty():
    assert decide_box(InkMeasure(0.4, 30.0, 20.0)) is BoxVerdict.EMPTY


def test_a_dot_or_a_tick_is_a_stray_mark_never_a_signature():
    assert decide_box(InkMeasure(3.0, 2.0, 2.0)) is BoxVerdict.STRAY_MARK  # a pen dot
    assert decide_box(InkMeasure(5.0, 11.0, 1.0)) is BoxVerdict.STRAY_MARK  # a short tick
    assert decide_box(InkMeasure(20.0, 6.0, 6.0)) is BoxVerdict.STRAY_MARK  # a blot


def test_a_short_paraf_counts_as_signed():
    assert decide_box(InkMeasure(9.0, 14.0, 6.0)) is BoxVerdict.SIGNED


def test_screen_signature_counts_before_an_empty_paper_sheet():
    assert sign_state(True, BoxVerdict.EMPTY) is SignState.SIGNED_SCREEN
    assert sign_state(False, BoxVerdict.SIGNED) is SignState.SIGNED_PAPER
    assert sign_state(False, BoxVerdict.STRAY_MARK) is SignState.RETURNED_EMPTY
    assert sign_state(False, None) is SignState.NOT_SIGNED


def test_coverage_per_unit_keeps_roster_order_and_totals():
    units = unit_coverage(
        [
            ("Dinas B", SignState.SIGNED_PAPER),
            ("Dinas A", SignState.NOT_SIGNED),
            ("Dinas B", SignState.RETURNED_EMPTY),
            ("Dinas B", SignState.SIGNED_SCREEN),
        ]
    )
    assert [u.unit for u in units] == ["Dinas B", "Dinas A"]
    b = units[0]
    assert (b.expected, b.signed, b.not_signed, b.returned_empty) == (3, 2, 1, 1)
    total = total_coverage(units)
    assert (total.expected, total.signed, total.not_signed) == (4, 2, 2)
    assert round(total.percent) == 50
