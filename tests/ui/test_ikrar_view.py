"""The Ikrar console driven by keys, and the audience and leader windows following it."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.core.checkin import CheckinEntry, Method
from app.core.stage import ReadingMode, Screen, SlideKind
from app.store.models import Checkin, EventAttendee
from app.ui.views.ikrar_view import IkrarView
from app.ui.workers.task_runner import InlinePool


@pytest.fixture
def view(qtbot, demo):
    QApplication.instance().setStyleSheet("")
    console = IkrarView(demo, pool=InlinePool())
    qtbot.addWidget(console)
    console.resize(1366, 700)
    console.set_event(demo.events.list_events()[0])
    console.show()
    console.setFocus()
    return console


def _texts(canvas) -> list[str]:
    composition = canvas.composition()
    return [line.text for block in composition.text.blocks for line in block.lines]


def test_keys_and_clicker_keys_step_through_the_pledge(qtbot, view):
    state = lambda: view.stage.state  # noqa: E731
    assert state().current.kind is SlideKind.WELCOME
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
        qtbot.keyClick(view, key)
    assert (state().current.kind, state().current.point) == (SlideKind.POINT, 2)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert state().current.point == 0
    assert view.slide_list.currentRow() == 2
    assert " ".join(_texts(view.current_canvas)).endswith(state().script.points[0])
    assert " ".join(_texts(view.next_canvas)).endswith(state().script.points[1])


def test_black_logo_and_escape_cover_and_uncover_the_screen(qtbot, view):
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert view.current_canvas.composition().black
    assert view.cover_label.text() == "LAYAR HITAM" and view.black_button.isChecked()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.stage.state.screen is Screen.SLIDE
    qtbot.keyClick(view, Qt.Key.Key_L)
    composition = view.current_canvas.composition()
    assert composition.text is None and composition.logo is not None
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the first step only lifts the cover
    assert view.stage.state.screen is Screen.SLIDE and view.stage.state.index == 1


def test_notice_is_laid_over_and_removed_with_one_key(qtbot, view):
    view.notice_text.clear()
    qtbot.keyClicks(view.notice_text, "Harap tenang")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    notice = view.current_canvas.composition().notice
    assert [line.text for line in notice.blocks[0].lines] == ["Harap tenang"]
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.current_canvas.composition().notice is None


def test_typing_a_notice_does_not_step_the_slides(qtbot, view):
    view.notice_text.setFocus()
    qtbot.keyClicks(view.notice_text, "Bapak Ibu ")
    qtbot.keyClick(view.notice_text, Qt.Key.Key_Space)
    assert view.stage.state.index == 0 and view.stage.state.screen is Screen.SLIDE


def test_audience_window_shows_the_same_slide_after_each_key(qtbot, view):
    qtbot.mouseClick(view.audience_button, Qt.MouseButton.LeftButton)
    window = view.audience_window
    assert window.isVisible() and not window.isFullScreen()  # preview in a window
    before = window.canvas.grab().toImage()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.canvas.grab().toImage() != before
    assert _texts(window.canvas)[-1].endswith("berikrar:")
    qtbot.keyClick(window, Qt.Key.Key_Right)  # the clicker may talk to the audience window
    assert view.stage.state.current.point == 0
    qtbot.mouseClick(view.audience_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_whole_pledge_mode_highlights_the_current_point_and_dims_the_rest(qtbot, view):
    view.mode_choice.setCurrentIndex(view.mode_choice.findData(ReadingMode.WHOLE))
    view.mode_choice.activated.emit(view.mode_choice.currentIndex())
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    blocks = view.current_canvas.composition().text.blocks
    assert [b.block.emphasis.value for b in blocks] == ["dim", "dim", "highlight", "dim", "dim"]


def test_welcome_slide_follows_the_gate_check_ins(qtbot, view, demo):
    event_id = demo.events.list_events()[0].id
    qtbot.waitUntil(lambda: _texts(view.current_canvas)[-1] == "84 peserta hadir")
    present = Checkin.select(Checkin.person).where(Checkin.event == event_id)
    waiting = [
        row.person_id
        for row in EventAttendee.select().where(
            (EventAttendee.event == event_id) & EventAttendee.person.not_in(present)
        )
    ]
    at = datetime(2024, 10, 1, 7, 20)
    with demo.store.write():
        demo.store.checkins.insert_checkins(
            [CheckinEntry(event_id, p, at, "Gerbang 2", Method.CAMERA, "demo", False)
             for p in waiting]
        )  # fmt: skip
    qtbot.waitUntil(lambda: _texts(view.current_canvas)[-1] == "120 peserta hadir", timeout=3000)


def test_choosing_the_seven_prohibitions_changes_the_deck(qtbot, view):
    index = view.script_choice.findData("bawaan:tujuh-larangan")
    view.script_choice.setCurrentIndex(index)
    view.script_choice.activated.emit(index)
    assert len(view.stage.state.script.points) == 7
    assert view.slide_list.count() == 10


def test_duplicated_script_is_edited_and_shown(qtbot, view, demo, monkeypatch):
    from app.ui.dialogs import script_editor

    def edit(dialog):
        dialog.points.setPlainText(dialog.points.toPlainText() + "\nMenjaga persatuan bangsa.")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(script_editor.ScriptEditor, "exec", edit)
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    assert view.stage.state.script.id is not None
    assert view.stage.state.script.points[-1] == "Menjaga persatuan bangsa."
    assert view.script_choice.currentText().endswith("(disunting)")


def test_projector_unplugged_and_plugged_back_mid_ceremony(qtbot, view):
    screen = QGuiApplication.primaryScreen()
    placement = view.audience_placement
    placement.show_on(screen.name())
    window = view.audience_window
    assert window.isFullScreen() and window.screen() is screen
    qtbot.keyClick(view, Qt.Key.Key_Right)
    placement.screen_removed(screen)
    assert not window.isVisible() and placement.waiting
    assert "terlepas" in view.audience_status.text()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the ceremony goes on from the console
    placement.screen_added(screen)
    assert window.isVisible() and window.isFullScreen()
    assert view.stage.state.current.point == 0
    assert _texts(window.canvas)[-1] == _texts(view.current_canvas)[-1]


def test_removing_another_screen_leaves_the_projector_alone(qtbot, view):
    class Other:
        def name(self) -> str:
            return "HDMI-9"

    view.audience_placement.show_on(QGuiApplication.primaryScreen().name())
    view.audience_placement.screen_removed(Other())
    assert view.audience_window.isVisible() and not view.audience_placement.waiting


def test_leader_view_shows_the_cue_current_and_next_point(qtbot, view):
    qtbot.mouseClick(view.leader_button, Qt.MouseButton.LeftButton)
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    texts = " ".join(_texts(view.leader_window.canvas))
    points = view.stage.state.script.points
    assert texts.startswith("DIIKUTI BERSAMA 1. Menjaga")
    assert f"Berikutnya: 2. {points[1][:20]}" in texts


def test_script_editor_refuses_an_empty_title_and_keeps_the_script(qtbot, view, demo):
    from app.ui.dialogs.script_editor import ScriptEditor

    event = demo.events.list_events()[0]
    script_id = demo.ikrar.duplicate(event, view.stage.state.script).script_id
    own = next(s for s in demo.ikrar.scripts(event) if s.id == script_id)
    editor = ScriptEditor(demo.ikrar, own, view, InlinePool())
    qtbot.addWidget(editor)
    editor.title.clear()
    editor.save()
    assert editor.footer.message.text() == "Judul naskah wajib diisi"
    assert next(s for s in demo.ikrar.scripts(event) if s.id == script_id).title == own.title
