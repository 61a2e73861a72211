from app.core.ink import Signature, ink_problem, ink_shape, point, trimmed, widths
from app.core.pakta import fingerprint
from tests.pakta_samples import dot, scribble, stray_line


def test_a_looping_signature_has_enough_ink():
    assert ink_problem(scribble()) is None


def test_nothing_a_dot_or_a_stray_line_is_refused_with_a_reason():
    assert "belum ada" in ink_problem([])
    assert "titik" in ink_problem(dot())
    assert "garis" in ink_problem(stray_line())


def test_trimming_moves_the_ink_to_the_margin_and_sizes_the_box():
    moved = [tuple(point(p.x + 300, p.y + 200, p.pressure, p.t) for p in s) for s in scribble()]
    signature = trimmed(moved)
    xs = [p.x for s in signature.strokes for p in s]
    ys = [p.y for s in signature.strokes for p in s]
    assert min(xs) == 6.0 and min(ys) == 6.0
    assert signature.width == round(max(xs) + 6.0, 2)
    assert signature.height == round(max(ys) + 6.0, 2)


def test_stroke_data_survives_its_stored_text_form_exactly():
    signature = trimmed(scribble())
    again = Signature.from_json(signature.to_json())
    assert again == signature
    assert again.to_json() == signature.to_json()


def test_faster_strokes_are_thinner_and_harder_pressure_is_wider():
    slow = tuple(point(i * 2.0, 0, 0.5, i * 20.0) for i in range(10))
    fast = tuple(point(i * 2.0, 0, 0.5, i * 1.0) for i in range(10))
    hard = tuple(point(i * 2.0, 0, 0.9, i * 20.0) for i in range(10))
    assert widths(fast)[-1] < widths(slow)[-1] < widths(hard)[-1]


def test_ink_outline_is_a_smooth_ribbon_with_more_samples_than_points():
    stroke = scribble()[0]
    shape = ink_shape(stroke)
    assert len(shape.ribbon) > 2 * len(stroke)
    assert len(shape.dots) == 2


def test_moving_one_point_changes_the_fingerprint():
    signature = trimmed(scribble())
    first = signature.strokes[0]
    nudged = (point(first[0].x + 0.01, first[0].y, first[0].pressure, first[0].t), *first[1:])
    other = Signature((nudged, *signature.strokes[1:]), signature.width, signature.height)
    assert fingerprint("teks", "A", "1", signature) != fingerprint("teks", "A", "1", other)
    assert fingerprint("teks", "A", "1", signature) == fingerprint("teks", "A", "1", signature)
