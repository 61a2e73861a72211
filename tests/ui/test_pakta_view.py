"""The pakta place driven as at the signing table: pen, finger-free mouse, buttons."""

import math
from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from app.core.pakta import SignerRole
from app.ui.views.pakta_view import PaktaView
from app.ui.workers.task_runner import InlinePool


@pytest.fixture
def event(demo):
    return demo.events.list_events()[0]


@pytest.fixture
def view(qtbot, demo, event):
    QApplication.instance().setStyleSheet("")
    for person, role in zip(
        demo.pakta.candidates(event)[:2], [SignerRole.KEPALA_OPD, SignerRole.CAMAT], strict=True
    ):
        demo.pakta.add_signer(event.id, person.id, role)
    pakta = PaktaView(demo, pool=InlinePool())
    qtbot.addWidget(pakta)
    pakta.resize(1200, 760)
    pakta.show()
    pakta.set_event(event)
    pakta.tabs.setCurrentWidget(pakta.signing_panel)
    return pakta


def _path(count=90):
    """A looping signature path in pad coordinates, with a timestamp step per point."""
    return [
        (80 + i * 5 + 30 * math.cos(i / 6), 110 - 50 * math.sin(i / 9) + 12 * math.sin(i / 3))
        for i in range(count)
    ]


def _mouse(pad, kind, at, stamp, buttons):
    event = QMouseEvent(
        kind, QPointF(*at), QPointF(*at), Qt.MouseButton.LeftButton, buttons,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    event.setTimestamp(stamp)
    QApplication.sendEvent(pad, event)


def draw_with_mouse(pad, points, start=1000, step=12):
    held = Qt.MouseButton.LeftButton
    _mouse(pad, QEvent.Type.MouseButtonPress, points[0], start, held)
    for index, at in enumerate(points[1:], start=1):
        _mouse(pad, QEvent.Type.MouseMove, at, start + index * step, held)
    _mouse(
        pad,
        QEvent.Type.MouseButtonRelease,
        points[-1],
        start + len(points) * step,
        Qt.MouseButton.NoButton,
    )


def draw_with_pen(pad, points, pressures, start=5000):
    device = QPointingDevice.primaryPointingDevice()
    kinds = [QEvent.Type.TabletPress] + [QEvent.Type.TabletMove] * (len(points) - 2)
    kinds.append(QEvent.Type.TabletRelease)
    for index, (kind, at, pressure) in enumerate(zip(kinds, points, pressures, strict=True)):
        released = kind == QEvent.Type.TabletRelease
        held = Qt.MouseButton.NoButton if released else Qt.MouseButton.LeftButton
        event = QTabletEvent(
            kind, device, QPointF(*at), QPointF(*at), pressure, 0.0, 0.0, 0.0, 0.0, 0.0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, held,
        )  # fmt: skip
        event.setTimestamp(start + index * 10)
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()


def test_signing_view_shows_the_signers_own_filled_pakta(view):
    panel = view.signing_panel
    signer = panel.current_signer()
    text = panel.document.toPlainText()
    assert "PAKTA INTEGRITAS" in text
    assert signer.name in text and signer.id_label in text
    assert "Wanasari, 1 Oktober 2024" in text
    assert "Kepala OPD" in panel.signer_box.currentText()


def test_mouse_strokes_are_stored_as_points_with_time(view):
    pad = view.signing_panel.pad
    points = _path()
    draw_with_mouse(pad, points)
    (stroke,) = pad.strokes()
    assert (stroke[0].x, stroke[0].y) == (round(points[0][0], 2), round(points[0][1], 2))
    given = {(round(x, 2), round(y, 2)): 12.0 * i for i, (x, y) in enumerate(points)}
    assert len(stroke) > 0.9 * len(points)  # only samples closer than 2 px are skipped
    assert all(given[(p.x, p.y)] == p.t for p in stroke)  # each kept with its own time
    assert all(math.dist((a.x, a.y), (b.x, b.y)) >= 2 for a, b in pairwise(stroke))
    assert all(p.pressure == 0.5 for p in stroke)
    assert all(b.t > a.t for a, b in pairwise(stroke))


def test_pen_pressure_reaches_the_stored_points(view):
    pad = view.signing_panel.pad
    points = _path(40)
    pressures = [0.2 + 0.7 * i / 39 for i in range(40)]
    draw_with_pen(pad, points, pressures)
    (stroke,) = pad.strokes()
    assert stroke[0].pressure == pytest.approx(0.2, abs=0.001)
    assert stroke[-1].pressure > 0.85
    assert len(stroke) >= 35


def test_undo_removes_the_last_stroke_and_clear_removes_all(qtbot, view):
    panel = view.signing_panel
    draw_with_mouse(panel.pad, _path())
    draw_with_mouse(panel.pad, [(100 + i * 8, 180) for i in range(20)], start=9000)
    assert len(panel.pad.strokes()) == 2
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert len(panel.pad.strokes()) == 1
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.pad.strokes() == []
    assert not panel.sign_button.isEnabled()


def test_a_dot_is_refused_with_a_message_and_nothing_stored(qtbot, view, event):
    panel = view.signing_panel
    asked = []
    panel.confirm = lambda title, text: asked.append(text) or True
    draw_with_mouse(panel.pad, [(200, 100), (203, 101), (204, 100)])
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert "titik" in panel.message.text()
    assert asked == []
    assert (
        view.services.store.pakta.current_signature(event.id, panel.current_signer().person_id)
        is None
    )


def test_sign_asks_then_stores_and_moves_to_the_next_signer(qtbot, view, event):
    panel = view.signing_panel
    first = panel.current_signer()
    asked = []
    panel.confirm = lambda title, text: asked.append(text) or True
    draw_with_mouse(panel.pad, _path())
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and first.name in asked[0]
    stored = view.services.store.pakta.current_signature(event.id, first.person_id)
    assert stored is not None and len(stored.signature.strokes) == 1
    assert min(p.x for p in stored.signature.strokes[0]) == 6.0  # blank margin trimmed
    assert panel.message.text().startswith("Tersimpan.")
    assert panel.current_signer().person_id != first.person_id
    qtbot.waitUntil(lambda: view.count_label.text() == "Layar: 1 dari 2 · Kertas: 0 dari 120")


def test_declining_the_confirmation_stores_nothing(qtbot, view, event):
    panel = view.signing_panel
    panel.confirm = lambda title, text: False
    draw_with_mouse(panel.pad, _path())
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert (
        view.services.store.pakta.current_signature(event.id, panel.current_signer().person_id)
        is None
    )


def test_signing_again_replaces_only_after_a_second_yes(qtbot, view, event):
    panel = view.signing_panel
    first = panel.current_signer()
    panel.confirm = lambda title, text: True
    draw_with_mouse(panel.pad, _path())
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    original = view.services.store.pakta.current_signature(event.id, first.person_id).fingerprint
    panel.signer_box.setCurrentIndex(0)
    answers = iter([True, False])
    panel.confirm = lambda title, text: next(answers)
    draw_with_mouse(panel.pad, _path(70), start=20000)
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert (
        view.services.store.pakta.current_signature(event.id, first.person_id).fingerprint
        == original
    )
    panel.confirm = lambda title, text: True
    draw_with_mouse(panel.pad, _path(70), start=30000)
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert (
        view.services.store.pakta.current_signature(event.id, first.person_id).fingerprint
        != original
    )


def test_mirror_window_follows_the_ink(qtbot, view):
    panel = view.signing_panel
    qtbot.mouseClick(panel.mirror_button, Qt.MouseButton.LeftButton)
    mirror = panel.mirror
    assert mirror.isVisible()
    assert mirror.name_label.text() == panel.current_signer().name
    draw_with_mouse(panel.pad, _path())
    assert len(mirror.canvas._paths) == 3  # ribbon and two end dots
    qtbot.mouseClick(panel.mirror_button, Qt.MouseButton.LeftButton)
    assert not mirror.isVisible()


def test_hr_marks_a_signer_from_the_roster_with_the_role_shown(qtbot, view, demo, event):
    panel = view.signers_panel
    view.tabs.setCurrentWidget(panel)
    person = demo.pakta.candidates(event)[5]
    qtbot.keyClicks(panel.search, person.id_number)
    assert panel.people.rowCount() == 1
    panel.people_table.selectRow(0)
    panel.role_choice.setCurrentIndex(panel.role_choice.findData("kepala_daerah"))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 3
    assert panel.table.item(0, 0).text() == person.display_name
    assert panel.table.item(0, 2).text() == "Kepala Daerah"
    assert demo.store.pakta.notice_of(event.id, person.id).startswith("Menuju meja")
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert panel.table.item(1, 0).text() == person.display_name
    assert view.signing_panel.signer_box.count() == 3


def test_export_writes_the_combined_pdf_to_the_chosen_file(qtbot, view, tmp_path):
    panel = view.signing_panel
    panel.confirm = lambda title, text: True
    draw_with_mouse(panel.pad, _path())
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "gabungan.pdf"
    view.choose_pdf_path = lambda suggested: out
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")
    assert view.message.text() == "1 pakta disimpan ke gabungan.pdf."


def test_a_finger_on_a_touchscreen_draws_a_stroke(qtbot, view):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    pad = view.signing_panel.pad
    qtbot.waitExposed(view)
    screen = QTest.createTouchDevice()
    window = view.window()
    points = [QPoint(int(x), int(y)) for x, y in _path(30)]
    on_window = [pad.mapTo(window, at) for at in points]
    QTest.touchEvent(window, screen).press(0, on_window[0]).commit()
    for at in on_window[1:]:
        QTest.touchEvent(window, screen).move(0, at).commit()
    QTest.touchEvent(window, screen).release(0, on_window[-1]).commit()
    (stroke,) = pad.strokes()
    assert len(stroke) >= 20
    assert math.dist((stroke[0].x, stroke[0].y), (points[0].x(), points[0].y())) <= 3
    assert math.dist((stroke[-1].x, stroke[-1].y), (points[-1].x(), points[-1].y())) <= 3
