"""The gate view driven with real generated frames through the real camera worker,
decoder and check-in worker, and with real key events for the USB scanner."""

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.bootstrap import open_settings
from app.scanning.frame_source import CameraInfo, Captured, SourceError
from app.store.models import Checkin, EventAttendee, ScanLog
from app.ui.sound import Cue, GateSounds
from app.ui.views.gerbang_view import GerbangView
from app.ui.widgets.camera_panel import CameraAccess
from app.ui.widgets.result_panel import PanelState
from benchmarks.frameset import background, code_frame


class FramesCamera:
    """A camera that plays a list of frames at 30 fps, then stops."""

    live = False

    def __init__(self, images):
        self.name = "Kamera uji (640x480)"
        self.images = images
        self.position = 0

    def read(self):
        if self.position >= len(self.images):
            return None
        self.position += 1
        return Captured(self.images[self.position - 1], (self.position - 1) / 30, self.position)

    def close(self):
        self.position = len(self.images)


class Gate:
    def __init__(self, qtbot, services, tmp_path):
        QApplication.instance().setStyleSheet("")
        self.qtbot = qtbot
        self.services = services
        self.images = []
        self.cameras = [CameraInfo(0, "Kamera uji")]
        self.camera_problem = None
        self.played = []
        access = CameraAccess(lambda: self.cameras, self._open, pollable=False)
        sounds = GateSounds(tmp_path / "suara", self.played.append)
        self.view = GerbangView(services, open_settings(), access, sounds)
        qtbot.addWidget(self.view)
        self.results = []
        self.view.result_shown.connect(lambda result, started: self.results.append(result))
        self.event = services.events.list_events()[0]
        self.view.set_event(self.event)
        people = services.store.people.expected_people(self.event.id)
        self.absent = [
            p for p in people if services.store.checkins.prior_checkin(self.event.id, p.id) is None
        ]
        self.present = [p for p in people if p not in self.absent]

    def _open(self, index, resolution):
        if self.camera_problem:
            raise SourceError(self.camera_problem)
        return FramesCamera(self.images)

    def token(self, person):
        return self.services.badges.token_for(self.event.organisation_id, person)

    def frame(self, person, case="badge", seed=1):
        return code_frame(case, self.token(person), (640, 480), random.Random(seed))

    def show(self):
        self.view.resize(1150, 650)
        self.view.show()
        self.qtbot.waitExposed(self.view)

    def wait_results(self, count):
        self.qtbot.waitUntil(lambda: len(self.results) >= count, timeout=10_000)
        self.qtbot.wait(150)
        assert len(self.results) == count

    def scan_keys(self, widget, text, ending=Qt.Key.Key_Return):
        self.qtbot.keyClicks(widget, text)
        if ending is not None:
            self.qtbot.keyClick(widget, ending)


@pytest.fixture
def gate(qtbot, demo, tmp_path):
    return Gate(qtbot, demo, tmp_path)


def checkins_of(person):
    return Checkin.select().where(Checkin.person == person.id).count()


def test_badge_held_before_the_camera_is_recorded_once_and_shown_green(gate):
    person = gate.absent[0]
    empty = background(random.Random(2), 640, 480)
    gate.images[:] = [empty] * 3 + [gate.frame(person)] * 60 + [empty] * 5
    gate.show()
    gate.wait_results(1)
    assert gate.results[0].person.id == person.id and gate.results[0].method.value == "camera"
    assert gate.view.panel.state is PanelState.GREEN
    assert gate.view.panel.name_label.text() == person.display_name
    assert gate.played == [gate.view.sounds.files[Cue.RECORDED]]
    assert checkins_of(person) == 1
    gate.qtbot.waitUntil(lambda: gate.view.recent.topLevelItem(0).text(1) == person.display_name)
    present = gate.services.events.counts(gate.event.id).present
    gate.qtbot.waitUntil(lambda: gate.view.counters.present.text().startswith(f"{present} / "))


def test_badge_shown_again_after_leaving_keeps_showing_green_not_amber(gate):
    person = gate.absent[0]
    empty = background(random.Random(2), 640, 480)
    badge = gate.frame(person)
    gate.images[:] = [badge] * 20 + [empty] * 90 + [badge] * 20
    gate.show()
    gate.wait_results(2)
    assert gate.results[1].repeat and gate.view.panel.state is PanelState.GREEN
    assert checkins_of(person) == 1
    assert ScanLog.select().where(ScanLog.person == person.id).count() == 2


def test_phone_screen_and_two_badges_in_view_are_both_recorded(gate):
    first, second = gate.absent[:2]
    gate.images[:] = [gate.frame(first, "phone")] * 10 + [gate.frame(second, "badge-glare")] * 10
    gate.show()
    gate.wait_results(2)
    assert [r.person.id for r in gate.results] == [first.id, second.id]


def test_someone_already_present_gets_amber_with_time_and_gate_of_the_first(gate):
    person = gate.present[0]
    gate.images[:] = [gate.frame(person)] * 5
    gate.show()
    gate.wait_results(1)
    assert gate.view.panel.state is PanelState.AMBER
    first = gate.services.store.checkins.prior_checkin(gate.event.id, person.id)
    expected = f"sudah tercatat pukul {first.at:%H.%M} di {first.station}"
    assert gate.view.panel.detail_label.text() == expected
    assert gate.played == [gate.view.sounds.files[Cue.DUPLICATE]]


def test_foreign_qr_code_is_red_with_a_reason(gate):
    rng = random.Random(3)
    gate.images[:] = [code_frame("badge", "https://contoh.go.id/daftar", (640, 480), rng)] * 3
    gate.show()
    gate.wait_results(1)
    assert gate.view.panel.state is PanelState.RED
    assert "bukan kartu peserta" in gate.view.panel.name_label.text()
    assert gate.played == [gate.view.sounds.files[Cue.REFUSED]]


def test_without_a_camera_the_view_says_so_and_the_scanner_still_records(gate):
    gate.cameras.clear()
    gate.show()
    gate.qtbot.waitUntil(lambda: "Tidak ada kamera" in gate.view.camera.preview.text())
    gate.scan_keys(gate.view.paste, gate.token(gate.absent[0]))
    gate.wait_results(1)
    assert gate.results[0].outcome.is_recorded and gate.results[0].method.value == "scanner"


def test_a_camera_held_by_another_program_gives_a_clear_message(gate):
    gate.camera_problem = "Kamera 1 tidak mengirim gambar; mungkin sedang dipakai program lain"
    gate.show()
    gate.qtbot.waitUntil(lambda: "dipakai program lain" in gate.view.camera.preview.text())
    assert gate.view.camera.toggle_button.text() == "Nyalakan kamera"


def test_scanner_keys_go_to_the_gate_not_the_focused_search_field(gate):
    gate.show()
    gate.view.open_manual()
    search = gate.view.manual.search
    search.setFocus()
    gate.scan_keys(search, gate.token(gate.absent[0]))
    gate.wait_results(1)
    assert search.text() == "" and gate.results[0].outcome.is_recorded


def test_person_typing_is_not_a_scan_and_reaches_the_field(gate):
    gate.show()
    gate.view.paste.setFocus()
    gate.qtbot.keyClicks(gate.view.paste, "Budi Santoso", delay=70)
    gate.qtbot.wait(100)
    assert gate.view.paste.text() == "Budi Santoso" and gate.results == []


def test_scan_without_suffix_ends_at_the_pause_and_tab_ends_one_too(gate):
    gate.show()
    gate.scan_keys(gate.view, gate.token(gate.absent[0]), ending=None)
    gate.wait_results(1)
    gate.scan_keys(gate.view.paste, gate.token(gate.absent[1]), ending=Qt.Key.Key_Tab)
    gate.wait_results(2)
    assert [r.person.id for r in gate.results] == [gate.absent[0].id, gate.absent[1].id]


def test_focus_moving_mid_scan_loses_nothing(gate):
    gate.show()
    code = gate.token(gate.absent[0])
    gate.view.paste.setFocus()
    gate.qtbot.keyClicks(gate.view.paste, code[:70])
    gate.view.station.setFocus()
    gate.scan_keys(gate.view.station, code[70:])
    gate.wait_results(1)
    assert gate.results[0].person.id == gate.absent[0].id
    assert gate.view.paste.text() == "" and gate.view.station.text() == "Gerbang 1"


def test_double_scanner_read_is_recorded_once_and_stays_green(gate):
    gate.show()
    code = gate.token(gate.absent[0])
    gate.scan_keys(gate.view, code)
    gate.scan_keys(gate.view, code)
    gate.wait_results(1)
    assert gate.view.panel.state is PanelState.GREEN
    assert ScanLog.select().where(ScanLog.person == gate.absent[0].id).count() == 1


def test_forgot_badge_search_and_manual_record_with_reason(gate):
    gate.show()
    person = gate.absent[0]
    gate.qtbot.mouseClick(gate.view.manual_button, Qt.MouseButton.LeftButton)
    gate.qtbot.keyClicks(gate.view.manual.search, person.name.split()[0])
    gate.qtbot.waitUntil(lambda: gate.view.manual.results.count() > 0)
    rows = gate.view.manual.results
    row = next(
        i for i in range(rows.count()) if rows.item(i).data(Qt.ItemDataRole.UserRole) == person.id
    )
    rows.setCurrentRow(row)
    gate.qtbot.mouseClick(gate.view.manual.record_button, Qt.MouseButton.LeftButton)
    gate.wait_results(1)
    assert gate.view.panel.state is PanelState.GREEN
    assert "dicatat manual: Kartu tertinggal" in gate.view.panel.detail_label.text()
    gate.qtbot.waitUntil(lambda: "manual" in gate.view.recent.topLevelItem(0).text(5))


def test_walk_in_guest_is_recorded_and_counted(gate):
    gate.show()
    gate.qtbot.mouseClick(gate.view.walkin_button, Qt.MouseButton.LeftButton)
    gate.qtbot.mouseClick(gate.view.walkin.record_button, Qt.MouseButton.LeftButton)
    gate.qtbot.waitUntil(lambda: not gate.view.walkin.error_labels["nama"].isHidden())
    assert gate.results == []
    gate.view.walkin.name.setText("Hendra Wijaya")
    gate.view.walkin.id_number.setText("3374011203750004")
    gate.view.walkin.unit.setText("Kantor Kementerian Agama")
    gate.qtbot.mouseClick(gate.view.walkin.record_button, Qt.MouseButton.LeftButton)
    gate.wait_results(1)
    assert gate.view.panel.id_label.text().startswith("Tamu")
    gate.qtbot.waitUntil(lambda: gate.view.counters.walk_ins.text() == "1")


def test_valid_badge_not_on_the_list_asks_and_can_be_admitted(gate):
    person = gate.absent[0]
    EventAttendee.delete().where(EventAttendee.person == person.id).execute()
    gate.show()
    gate.scan_keys(gate.view, gate.token(person))
    gate.wait_results(1)
    assert gate.view.panel.state is PanelState.ASK and gate.view.panel.admit_button.isVisible()
    gate.qtbot.mouseClick(gate.view.panel.admit_button, Qt.MouseButton.LeftButton)
    gate.wait_results(2)
    assert gate.view.panel.state is PanelState.GREEN and checkins_of(person) == 1


def test_supervisor_cancels_a_wrong_checkin_with_pin_and_reason(gate):
    gate.show()
    person = gate.absent[0]
    gate.scan_keys(gate.view, gate.token(person))
    gate.wait_results(1)
    gate.qtbot.waitUntil(lambda: gate.view.recent.topLevelItem(0).text(1) == person.display_name)
    present = gate.services.events.counts(gate.event.id).present
    gate.view.recent.setCurrentItem(gate.view.recent.topLevelItem(0))
    gate.qtbot.mouseClick(gate.view.cancel_button, Qt.MouseButton.LeftButton)
    gate.qtbot.waitUntil(lambda: gate.view.cancel_dialog is not None)
    dialog = gate.view.cancel_dialog
    dialog.new_pin.setText("135790")
    dialog.repeat_pin.setText("135790")
    gate.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    gate.qtbot.waitUntil(lambda: dialog.message.text() == "Alasan pembatalan wajib diisi")
    assert checkins_of(person) == 1
    dialog.reason.setText("salah pindai kartu orang lain")
    dialog.pin.setText("000000")
    gate.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    gate.qtbot.waitUntil(lambda: dialog.message.text() == "PIN salah. Sisa 4 kali percobaan.")
    dialog.pin.setText("135790")
    gate.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    gate.qtbot.waitUntil(lambda: "dibatalkan" in gate.view.message.text())
    assert checkins_of(person) == 0
    gate.qtbot.waitUntil(lambda: gate.view.counters.present.text().startswith(f"{present - 1} / "))


def test_panel_returns_to_ready_after_a_few_seconds(gate, monkeypatch):
    monkeypatch.setitem(__import__("app.ui.views.gerbang_view", fromlist=["HOLD_MS"]).HOLD_MS,
                        PanelState.GREEN, 200)  # fmt: skip
    gate.show()
    gate.scan_keys(gate.view, gate.token(gate.absent[0]))
    gate.wait_results(1)
    gate.qtbot.waitUntil(lambda: gate.view.panel.state is PanelState.READY, timeout=2000)


def test_a_camera_plugged_in_later_is_found_and_started(gate):
    person = gate.absent[0]
    gate.cameras.clear()
    gate.images[:] = [gate.frame(person)] * 5
    gate.show()
    gate.qtbot.waitUntil(lambda: "Tidak ada kamera" in gate.view.camera.preview.text())
    gate.cameras.append(CameraInfo(2, "Kamera USB"))
    gate.view.camera._poll_plugged()
    gate.wait_results(1)
    assert gate.view.camera.camera_choice.currentText() == "Kamera USB"
    assert gate.results[0].person.id == person.id


def test_each_panel_state_has_its_own_generated_sound(tmp_path):
    import wave

    sounds = GateSounds(tmp_path, lambda path: None)
    contents = {cue: path.read_bytes() for cue, path in sounds.files.items()}
    assert set(contents) == set(Cue) and len(set(contents.values())) == len(Cue)
    with wave.open(str(sounds.files[Cue.RECORDED])) as recorded:
        assert recorded.getframerate() == 22_050 and 0.1 < recorded.getnframes() / 22_050 < 1
