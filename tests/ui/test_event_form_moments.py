"""Moments edited with the event in the Acara form: added, renamed, refused with a reason."""

from datetime import time

from PySide6.QtCore import Qt, QTime

from tests.ui.test_main_window import _click_place, window  # noqa: F401 - the fixture


def _acara(qtbot, window):  # noqa: F811
    _click_place(qtbot, window, "Acara")
    return window.place("acara").view


def test_a_second_moment_typed_in_the_form_is_saved_and_shown_again(qtbot, window, demo):  # noqa: F811
    view = _acara(qtbot, window)
    editor = view.form.moments
    editor.first.name.setText("Kedatangan")
    editor.first.closes_at.setTime(QTime(9, 0))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.rows[1]
    qtbot.keyClicks(row.name, "Pulang")
    row.opens_at.setTime(QTime(15, 0))
    row.closes_at.setTime(QTime(17, 0))
    row.late_after.setTime(QTime(16, 30))
    view.save_button.click()
    event = demo.events.list_events()[0]
    assert [(m.number, m.name, m.closes_at) for m in event.moments] == [
        (1, "Kedatangan", time(9, 0)), (2, "Pulang", time(17, 0)),
    ]  # fmt: skip
    view.reload(select=event.id)
    assert [r.name.text() for r in view.form.moments.rows] == ["Kedatangan", "Pulang"]


def test_removing_a_moment_that_holds_checkins_is_refused_beside_the_moments(qtbot, window, demo):  # noqa: F811
    view = _acara(qtbot, window)
    editor = view.form.moments
    editor.first.closes_at.setTime(QTime(9, 0))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.rows[1].name.setText("Pulang")
    editor.rows[1].opens_at.setTime(QTime(15, 0))
    editor.rows[1].closes_at.setTime(QTime(17, 0))
    editor.rows[1].late_after.setTime(QTime(16, 0))
    view.save_button.click()
    event = demo.events.list_events()[0]
    person = demo.people.expected(event.id)[0]
    demo.checkins.manual(event.id, person.id, "uji", "G1", moment=2)
    view.reload(select=event.id)
    qtbot.mouseClick(view.form.moments.rows[1].remove, Qt.MouseButton.LeftButton)
    view.save_button.click()
    label = view.form.error_labels["sesi"]
    assert not label.isHidden() and "Sesi nomor 2 sudah berisi 1 catatan hadir" in label.text()
    assert len(demo.events.list_events()[0].moments) == 2
