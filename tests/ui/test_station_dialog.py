"""Stasiun dialog: a station shows its key's fingerprint and asks to be enrolled; HR sees
the pending station with the same fingerprint and approves it with the admin PIN."""

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt

from app.core.clock import FixedClock
from app.core.station_identity import Enrolment, StationKey
from app.services.container import Services
from app.services.event_service import Invalid
from app.ui.dialogs.station_dialog import StationDialog
from app.ui.workers.task_runner import InlinePool
from tests.conftest import DEMO_MORNING

ADMIN_PIN = "246810"


def test_station_asks_to_be_enrolled_and_hr_approves_its_fingerprint_with_the_pin(
    qtbot, demo, store
):
    assert not isinstance(demo.admin_pins.set_pin(ADMIN_PIN), Invalid)
    gate_key = StationKey(Ed25519PrivateKey.generate())
    gate = Services.build(store, clock=FixedClock(DEMO_MORNING), station="Gerbang 2",
                          station_key=gate_key)  # fmt: skip
    on_gate = StationDialog(gate, pool=InlinePool())
    qtbot.addWidget(on_gate)
    on_gate.show()
    assert on_gate.fingerprint.text() == gate_key.fingerprint
    assert on_gate.own_status.text() == "Belum dikenal basis data ini."
    qtbot.mouseClick(on_gate.request_button, Qt.MouseButton.LeftButton)
    assert on_gate.own_status.text() == "Menunggu persetujuan HR."
    assert not on_gate.request_button.isVisible()

    on_hr = StationDialog(demo, pool=InlinePool())
    qtbot.addWidget(on_hr)
    on_hr.show()
    rows = {on_hr.table.item(r, 1).text(): on_hr.table.item(r, 2).text()
            for r in range(on_hr.table.rowCount())}  # fmt: skip
    assert rows == {demo.enrolment.key.fingerprint: "terdaftar",
                    gate_key.fingerprint: "menunggu persetujuan"}  # fmt: skip
    assert on_hr.approve_button.isEnabled()  # the pending station is selected
    qtbot.keyClicks(on_hr.fields.pin, "000000")
    qtbot.mouseClick(on_hr.approve_button, Qt.MouseButton.LeftButton)
    assert "PIN salah" in on_hr.message.text()
    assert gate.enrolment.stations()[1].status is Enrolment.REQUESTED
    qtbot.keyClicks(on_hr.fields.pin, ADMIN_PIN)
    qtbot.mouseClick(on_hr.approve_button, Qt.MouseButton.LeftButton)
    assert gate_key.fingerprint in on_hr.message.text() and "terdaftar" in on_hr.message.text()
    assert not on_hr.approve_button.isEnabled()
    assert [s.status for s in gate.enrolment.stations()] == [Enrolment.ENROLLED] * 2
    actions = [e.action for e in store.audit.all_entries()]
    assert actions.count("station.request") == 1 and "station.enrol" in actions
    assert "pin.refused" in actions  # the wrong try is audited
    assert demo.safety.verify_audit().intact


def test_berkas_menu_opens_the_stasiun_dialog_with_this_stations_fingerprint(window):
    berkas = window.menuBar().actions()[0].menu()
    (action,) = [a for a in berkas.actions() if a.text() == "&Stasiun…"]
    action.trigger()
    dialog = window.station_dialog
    assert dialog.isVisible()
    assert dialog.fingerprint.text() == window.services.enrolment.key.fingerprint
    assert dialog.own_status.text() == "Terdaftar: rekamannya diterima."
    dialog.reject()
