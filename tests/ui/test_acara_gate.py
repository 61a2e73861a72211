"""Tutup gerbang in the Acara view: closing refuses the gate's scans, reopening needs the
admin PIN and a reason; both clicked through the real dialog."""

from PySide6.QtCore import Qt, QTimer

from app.core.checkin import Method
from app.core.outcomes import Outcome
from app.services.event_service import Invalid
from app.ui.views.acara_view import AcaraView
from app.ui.workers.task_runner import InlinePool

ADMIN_PIN = "246810"


def answer_gate_dialog(qtbot, view, reason="", pin="", then_cancel=False):
    """Fill in and confirm the gate dialog the next click opens."""

    def answer():
        dialog = view.gate_dialog
        assert dialog is not None
        if reason:
            qtbot.keyClicks(dialog.reason, reason)
        if pin:
            qtbot.keyClicks(dialog.fields.pin, pin)
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        answer.messages.append(dialog.message.text())
        if then_cancel and dialog.isVisible():
            dialog.reject()

    answer.messages = []
    QTimer.singleShot(0, answer)
    return answer


def test_closing_the_gate_in_acara_refuses_scans_and_reopening_asks_the_admin_pin(qtbot, demo):
    assert not isinstance(demo.admin_pins.set_pin(ADMIN_PIN), Invalid)
    event = demo.events.list_events()[0]
    view = AcaraView(demo, pool=InlinePool())
    qtbot.addWidget(view)
    view.set_event(event)
    view.show()
    assert view.gate_button.text() == "Tutup gerbang"
    answer_gate_dialog(qtbot, view)
    qtbot.mouseClick(view.gate_button, Qt.MouseButton.LeftButton)
    assert demo.gate.closed_at(event.id) is not None
    assert "Kode jangkar jejak audit" in view.message.text()
    assert "ditutup pukul 07.00" in view.gate_state.text()
    absent = next(p for p in demo.store.people.expected_people(event.id)
                  if demo.store.checkins.prior_checkin(event.id, p.id) is None)  # fmt: skip
    token = demo.badges.token_for(event.organisation_id, absent)
    assert demo.checkins.scan(event.id, token, Method.CAMERA, "Gerbang 1").outcome is (
        Outcome.GATE_CLOSED
    )
    wrong = answer_gate_dialog(qtbot, view, "bus terlambat", "000000", then_cancel=True)
    qtbot.mouseClick(view.gate_button, Qt.MouseButton.LeftButton)
    assert wrong.messages and "PIN salah" in wrong.messages[0]
    assert demo.gate.closed_at(event.id) is not None
    answer_gate_dialog(qtbot, view, "bus terlambat", ADMIN_PIN)
    qtbot.mouseClick(view.gate_button, Qt.MouseButton.LeftButton)
    assert demo.gate.closed_at(event.id) is None
    assert view.gate_button.text() == "Tutup gerbang"
    assert demo.checkins.scan(event.id, token, Method.CAMERA, "Gerbang 1").outcome.is_recorded


def test_a_badge_shown_after_the_gate_closed_is_red_with_gerbang_ditutup_and_why(qtbot, demo):
    from app.ui.widgets.result_panel import PanelState, ResultPanel

    event = demo.events.list_events()[0]
    demo.gate.close(event.id, "Gerbang 1")
    absent = next(p for p in demo.store.people.expected_people(event.id)
                  if demo.store.checkins.prior_checkin(event.id, p.id) is None)  # fmt: skip
    token = demo.badges.token_for(event.organisation_id, absent)
    panel = ResultPanel()
    qtbot.addWidget(panel)
    panel.show_result(demo.checkins.scan(event.id, token, Method.CAMERA, "Gerbang 1"))
    assert panel.state is PanelState.RED
    assert panel.headline.text() == "GERBANG DITUTUP"
    assert panel.name_label.text() == absent.display_name
    assert panel.detail_label.text().startswith("Gerbang acara ini sudah ditutup")
