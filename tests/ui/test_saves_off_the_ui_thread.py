"""What a click saves or checks (events, the gate, PINs, stations, scripts, the theme) is
done in the task runner's jobs, never on the UI thread.

The pool holds each job until the test runs it; a guarded service method fails when called
outside a job. Before the job runs the widget shows it is busy; after, it shows the answer.
"""

from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.bootstrap import open_settings
from app.core.clock import FixedClock
from app.core.pakta import SignerRole
from app.core.station_identity import Enrolment, StationKey
from app.services.container import Services
from app.services.event_service import Invalid
from app.ui.dialogs.pakta_template_dialog import PaktaTemplateDialog
from app.ui.dialogs.script_editor import ScriptEditor
from app.ui.dialogs.station_dialog import StationDialog
from app.ui.dialogs.theme_dialog import ThemeDialog
from app.ui.field_errors import WAITING_TONE
from app.ui.kiosk_lock import KioskLock
from app.ui.main_window import MainWindow
from app.ui.views.acara_view import AcaraView
from app.ui.views.ikrar_view import IkrarView
from app.ui.views.pakta_view import PaktaView
from app.ui.views.peserta_view import PesertaView
from tests.conftest import DEMO_MORNING
from tests.ui.held_pool import only_in_jobs
from tests.ui.test_pakta_view import _path, draw_with_mouse

ADMIN_PIN = "246810"


def test_the_event_form_saves_off_the_ui_thread_and_shows_it_is_saving(
    qtbot, demo, pool, monkeypatch
):
    event = demo.events.list_events()[0]
    called = only_in_jobs(monkeypatch, pool, demo.events, "save", "list_events")
    view = AcaraView(demo, pool=pool)
    qtbot.addWidget(view)
    view.show()
    view.set_event(event)
    pool.run()
    view.form.title.setText("Apel Netralitas ASN (diubah)")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert not view.save_button.isEnabled() and view.message.text() == "Menyimpan…"
    assert called == ["list_events"]
    pool.run()
    assert called == ["list_events", "save", "list_events"]  # the saved list, in the same job
    assert view.save_button.isEnabled() and view.message.text() == "Tersimpan."
    assert view.event_list.currentItem().text().startswith("● Apel Netralitas ASN (diubah)")
    view.form.title.clear()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert not view.save_button.isEnabled()
    pool.run()
    assert view.save_button.isEnabled()
    assert view.message.text() == "Periksa kembali isian yang ditandai."
    assert demo.events.get(event.id).title == "Apel Netralitas ASN (diubah)"


def in_dialog(steps: Callable[[], None]) -> list[str]:
    """Run ``steps`` once the modal dialog the next call opens is up; failures are kept, as
    an exception raised inside the dialog's own event loop would be lost."""
    failures: list[str] = []

    def run() -> None:
        try:
            steps()
        except Exception as failure:  # any failure, or the dialog would never close
            failures.append(str(failure) or repr(failure))
            widget = QApplication.activeModalWidget()
            if widget is not None:
                widget.close()

    QTimer.singleShot(0, run)
    return failures


def test_the_gate_is_closed_and_reopened_off_the_ui_thread_with_the_dialog_waiting(
    qtbot, demo, pool, monkeypatch
):
    assert not isinstance(demo.admin_pins.set_pin(ADMIN_PIN), Invalid)
    event = demo.events.list_events()[0]
    closed_at = demo.gate.closed_at  # for the test's own reads
    called = only_in_jobs(monkeypatch, pool, demo.gate, "closed_at", "close", "reopen")
    only_in_jobs(monkeypatch, pool, demo.station_lock, "locked_stations")
    only_in_jobs(monkeypatch, pool, demo.admin_pins, "is_set")
    view = AcaraView(demo, pool=pool)
    qtbot.addWidget(view)
    view.show()
    view.set_event(event)
    pool.run()
    assert view.gate_button.text() == "Tutup gerbang"
    qtbot.mouseClick(view.gate_button, Qt.MouseButton.LeftButton)
    assert view.gate_dialog is None and not view.gate_button.isEnabled()

    def close() -> None:
        dialog = view.gate_dialog
        assert dialog is not None and dialog.fields is None  # no station is locked
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert dialog.message.text() == "Menutup gerbang…" and not dialog.confirm_button.isEnabled()
        assert "close" not in called and dialog.isVisible()
        pool.run()
        assert "close" in called

    failures = in_dialog(close)
    pool.run()  # reads the gate's state; the dialog opens and closes the gate
    assert failures == []
    assert closed_at(event.id) is not None
    assert "Kode jangkar jejak audit" in view.message.text()
    pool.run()
    assert "ditutup pukul 07.00" in view.gate_state.text()

    def reopen() -> None:
        dialog = view.gate_dialog
        assert dialog is not None and dialog.fields is not None
        qtbot.keyClicks(dialog.reason, "bus terlambat")
        qtbot.keyClicks(dialog.fields.pin, "000000")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert dialog.message.text() == "Membuka gerbang…" and not dialog.confirm_button.isEnabled()
        pool.run()
        assert "PIN salah" in dialog.message.text() and dialog.confirm_button.isEnabled()
        qtbot.keyClicks(dialog.fields.pin, ADMIN_PIN)
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert "reopen" in called and dialog.isVisible()
        pool.run()

    failures = in_dialog(reopen)
    qtbot.mouseClick(view.gate_button, Qt.MouseButton.LeftButton)
    pool.run()
    assert failures == []
    assert view.message.text() == "Gerbang dibuka kembali."
    assert closed_at(event.id) is None


def test_the_kiosk_checks_the_admin_pin_off_the_ui_thread_while_the_dialog_waits(
    qtbot, demo, pool, monkeypatch
):
    assert not isinstance(demo.admin_pins.set_pin(ADMIN_PIN), Invalid)
    assert demo.station_lock.lock(demo.station)
    called = only_in_jobs(monkeypatch, pool, demo.admin_pins, "is_set", "check")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    kiosk = KioskLock(demo, open_settings(), window, pool)
    messages: list[str] = []

    def answer() -> None:
        dialog = kiosk.dialog
        assert dialog is not None and not dialog.confirm_button.isEnabled()
        pool.run()  # whether a PIN is set: it is, so one PIN row
        assert called == ["is_set"] and dialog.confirm_button.isEnabled()
        for tried, pin in enumerate(("000000", ADMIN_PIN)):
            qtbot.keyClicks(dialog.pin, pin)
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
            assert dialog.message.text() == "Memeriksa PIN…"
            assert dialog.message.styleSheet() == WAITING_TONE  # grey: not a refusal yet
            assert not dialog.confirm_button.isEnabled() and called.count("check") == tried
            pool.run()
            messages.append(dialog.message.text())
            assert dialog.message.styleSheet() == ""  # a refusal in its own red

    failures = in_dialog(answer)
    allowed = kiosk.allow("Mengganti bahasa")
    assert failures == []
    assert allowed
    assert called == ["is_set", "check", "check"]
    assert messages[0] == "PIN salah. Sisa 4 kali percobaan." and messages[1] == ""
    assert kiosk.dialog is None


def test_the_stasiun_dialog_lists_requests_and_approves_off_the_ui_thread(
    qtbot, demo, store, pool, monkeypatch
):
    assert not isinstance(demo.admin_pins.set_pin(ADMIN_PIN), Invalid)
    gate_key = StationKey(Ed25519PrivateKey.generate())
    gate = Services.build(store, clock=FixedClock(DEMO_MORNING), station="Gerbang 2",
                          station_key=gate_key)  # fmt: skip
    stations = gate.enrolment.stations  # for the test's own reads
    asked = only_in_jobs(monkeypatch, pool, gate.enrolment, "stations", "request")
    on_gate = StationDialog(gate, pool=pool)
    qtbot.addWidget(on_gate)
    on_gate.show()
    assert on_gate.table.rowCount() == 0 and on_gate.own_status.text() == ""
    pool.run()
    assert on_gate.own_status.text() == "Belum dikenal basis data ini."
    qtbot.mouseClick(on_gate.request_button, Qt.MouseButton.LeftButton)
    assert on_gate.message.text() == "Mengirim permintaan…"
    assert not on_gate.request_button.isEnabled() and "request" not in asked
    pool.run()
    assert asked == ["stations", "request", "stations"]
    assert on_gate.own_status.text() == "Menunggu persetujuan HR."

    approved = only_in_jobs(monkeypatch, pool, demo.enrolment, "stations", "approve")
    only_in_jobs(monkeypatch, pool, demo.admin_pins, "is_set")
    on_hr = StationDialog(demo, pool=pool)
    qtbot.addWidget(on_hr)
    on_hr.show()
    pool.run()
    assert on_hr.table.rowCount() == 2 and on_hr.approve_button.isEnabled()
    qtbot.keyClicks(on_hr.fields.pin, ADMIN_PIN)
    qtbot.mouseClick(on_hr.approve_button, Qt.MouseButton.LeftButton)
    assert on_hr.message.text() == "Memeriksa PIN…" and not on_hr.approve_button.isEnabled()
    assert "approve" not in approved
    pool.run()
    assert approved == ["stations", "approve", "stations"]
    assert gate_key.fingerprint in on_hr.message.text() and "terdaftar" in on_hr.message.text()
    assert not on_hr.approve_button.isEnabled()
    assert [s.status for s in stations()] == [Enrolment.ENROLLED] * 2


def test_a_duplicated_script_is_copied_saved_and_read_again_off_the_ui_thread(
    qtbot, demo, pool, monkeypatch
):
    QApplication.instance().setStyleSheet("")
    called = only_in_jobs(monkeypatch, pool, demo.ikrar, "duplicate", "save_script", "scripts")
    view = IkrarView(demo, pool=pool)
    qtbot.addWidget(view)
    view.set_event(demo.events.list_events()[0])
    pool.run()
    called.clear()
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    assert not view.duplicate_button.isEnabled() and called == []

    def edit() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, ScriptEditor)
        assert called == ["duplicate", "scripts"]  # the copy is read before it is edited
        editor.points.setPlainText(editor.points.toPlainText() + "\nMenjaga persatuan bangsa.")
        qtbot.mouseClick(editor.footer.save_button, Qt.MouseButton.LeftButton)
        assert editor.footer.message.text() == "Menyimpan…"
        assert not editor.footer.save_button.isEnabled() and editor.isVisible()
        assert "save_script" not in called
        pool.run()
        assert "save_script" in called

    failures = in_dialog(edit)
    pool.run()  # the copy, the scripts read again, the editor; then the scripts once more
    assert failures == []
    assert called == ["duplicate", "scripts", "save_script", "scripts"]
    assert view.stage.state.script.id is not None
    assert view.stage.state.script.points[-1] == "Menjaga persatuan bangsa."
    assert view.script_choice.currentText().endswith("(disunting)")
    assert view.edit_button.isEnabled() and view.duplicate_button.isEnabled()


def test_the_theme_is_saved_and_read_again_off_the_ui_thread(qtbot, demo, pool, monkeypatch):
    QApplication.instance().setStyleSheet("")
    called = only_in_jobs(monkeypatch, pool, demo.ikrar, "save_theme", "theme")
    view = IkrarView(demo, pool=pool)
    qtbot.addWidget(view)
    view.set_event(demo.events.list_events()[0])
    pool.run()
    assert view.stage.theme.font == "Noto Sans"

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ThemeDialog)
        dialog.font_choice.setCurrentText("Noto Serif")
        qtbot.mouseClick(dialog.footer.save_button, Qt.MouseButton.LeftButton)
        assert dialog.footer.message.text() == "Menyimpan…"
        assert not dialog.footer.save_button.isEnabled() and called == ["theme"]
        pool.run()

    failures = in_dialog(choose)
    qtbot.mouseClick(view.theme_button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert called == ["theme", "save_theme"] and view.stage.theme.font == "Noto Sans"
    pool.run()
    assert called == ["theme", "save_theme", "theme"]
    assert view.stage.theme.font == "Noto Serif"


@pytest.fixture
def pakta_view(qtbot, demo, pool):
    event = demo.events.list_events()[0]
    for person, role in zip(
        demo.pakta.candidates(event)[:2], [SignerRole.KEPALA_OPD, SignerRole.CAMAT], strict=True
    ):
        demo.pakta.add_signer(event.id, person.id, role)
    QApplication.instance().setStyleSheet("")
    view = PaktaView(demo, pool=pool)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.set_event(event)
    pool.run()
    return view


def test_a_signature_is_stored_off_the_ui_thread_while_the_pad_waits(
    qtbot, demo, pool, pakta_view, monkeypatch
):
    event = demo.events.list_events()[0]
    called = only_in_jobs(monkeypatch, pool, demo.pakta, "sign")
    panel = pakta_view.signing_panel
    pakta_view.tabs.setCurrentWidget(panel)
    first = panel.current_signer()
    panel.confirm = lambda title, text: True
    draw_with_mouse(panel.pad, _path())
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Menyimpan…" and called == []
    assert not panel.sign_button.isEnabled() and not panel.pad.isEnabled()
    pool.run()
    assert called == ["sign"] and panel.message.text().startswith("Tersimpan.")
    assert demo.store.pakta.current_signature(event.id, first.person_id) is not None
    assert panel.current_signer().person_id != first.person_id and panel.pad.isEnabled()


def test_marking_moving_and_removing_signers_is_stored_off_the_ui_thread(
    qtbot, demo, pool, pakta_view, monkeypatch
):
    event = demo.events.list_events()[0]
    person = demo.pakta.candidates(event)[5]
    called = only_in_jobs(monkeypatch, pool, demo.pakta, "add_signer", "move", "remove_signer")
    panel = pakta_view.signers_panel
    pakta_view.tabs.setCurrentWidget(panel)
    pool.run()  # the candidates
    qtbot.keyClicks(panel.search, person.id_number)
    panel.people_table.selectRow(0)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Menyimpan…" and not panel.add_button.isEnabled()
    assert called == [] and panel.table.rowCount() == 2
    pool.run()
    assert called == ["add_signer"] and panel.table.rowCount() == 3
    assert panel.message.text() == f"{person.display_name} ditandai sebagai penanda tangan."
    row = next(r for r in range(3) if panel.table.item(r, 0).text() == person.display_name)
    panel.table.selectRow(row)
    qtbot.mouseClick(panel.up_button if row else panel.down_button, Qt.MouseButton.LeftButton)
    assert not panel.up_button.isEnabled() and called == ["add_signer"]
    pool.run()
    assert called == ["add_signer", "move"] and panel.up_button.isEnabled()
    moved = next(r for r in range(3) if panel.table.item(r, 0).text() == person.display_name)
    assert moved != row
    panel.table.selectRow(moved)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 3 and not panel.remove_button.isEnabled()
    pool.run()
    assert called == ["add_signer", "move", "remove_signer"] and panel.table.rowCount() == 2


def test_a_person_is_read_saved_and_deactivated_off_the_ui_thread(qtbot, demo, pool, monkeypatch):
    event = demo.events.list_events()[0]
    get = demo.roster.get  # for the test's own reads
    called = only_in_jobs(
        monkeypatch, pool, demo.roster, "get", "photo", "save_person", "set_photo", "set_active"
    )
    view = PesertaView(demo, pool=pool)
    qtbot.addWidget(view)
    view.show()
    view.set_event(event)
    pool.run()
    view.table.selectRow(0)
    person = view.model.person_at(0)
    dialog = view.person_dialog(person.id)
    qtbot.addWidget(dialog)
    assert dialog.inputs["nama"].text() == person.name and called == []
    pool.run()
    assert called == ["photo"]
    dialog.inputs["jabatan"].setText("Kepala Seksi Data")
    qtbot.mouseClick(dialog._save_button(), Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Menyimpan…" and not dialog._save_button().isEnabled()
    assert called == ["photo"] and get(person.id).position != "Kepala Seksi Data"
    pool.run()
    assert called == ["photo", "save_person"]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert get(person.id).position == "Kepala Seksi Data"
    pool.run()  # the list read again
    view.table.selectRow(view.model.row_of(person.id))
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Menyimpan…" and not view.active_button.isEnabled()
    assert get(person.id).active
    pool.run()
    assert called[-1] == "set_active" and not get(person.id).active
    assert view.active_button.text() == "Aktifkan" and view.message.text() == ""


def test_the_pakta_template_and_the_combined_pdf_are_read_and_written_off_the_ui_thread(
    qtbot, demo, pool, pakta_view, monkeypatch, tmp_path
):
    event = demo.events.list_events()[0]
    panel = pakta_view.signing_panel
    panel.confirm = lambda title, text: True
    draw_with_mouse(panel.pad, _path())
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    pool.run()
    template = demo.pakta.template  # for the test's own reads
    called = only_in_jobs(monkeypatch, pool, demo.pakta, "template", "save_template", "export_pdf")
    qtbot.mouseClick(pakta_view.template_button, Qt.MouseButton.LeftButton)
    assert not pakta_view.template_button.isEnabled() and called == []

    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PaktaTemplateDialog) and called == ["template"]
        dialog.place.setText("Kota Contoh")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.message.text() == "Menyimpan…" and not dialog.save_button.isEnabled()
        assert called == ["template"] and dialog.isVisible()
        pool.run()

    failures = in_dialog(edit)
    pool.run()
    assert failures == [] and called[:2] == ["template", "save_template"]
    assert pakta_view.message.text() == "Templat tersimpan."
    assert pakta_view.template_button.isEnabled()
    out = tmp_path / "gabungan.pdf"
    pakta_view.choose_pdf_path = lambda suggested: out
    qtbot.mouseClick(pakta_view.export_button, Qt.MouseButton.LeftButton)
    assert pakta_view.message.text() == "Menyimpan gabungan.pdf…"
    assert not pakta_view.export_button.isEnabled() and not out.exists()
    pool.run()
    assert called[-1] == "export_pdf" and out.read_bytes().startswith(b"%PDF")
    assert pakta_view.message.text() == "1 pakta disimpan ke gabungan.pdf."
    assert pakta_view.export_button.isEnabled()
    assert template(event).place == "Kota Contoh"


def test_tersimpan_stays_after_the_main_window_reads_the_saved_event_again(qtbot, demo, pool):
    window = MainWindow(demo, open_settings(), pool)
    qtbot.addWidget(window)
    window.show()
    pool.run()
    window.show_place("acara")
    pool.run()
    acara = window.place("acara").view
    acara.form.title.setText("Apel Netralitas ASN (diubah)")
    qtbot.mouseClick(acara.save_button, Qt.MouseButton.LeftButton)
    assert acara.message.text() == "Menyimpan…"
    pool.run()  # the save, then every place reads the changed event again
    assert window.current_event.title == "Apel Netralitas ASN (diubah)"
    assert acara.message.text() == "Tersimpan."


def test_the_console_comes_back_when_the_scripts_cannot_be_read_again(
    qtbot, demo, pool, monkeypatch
):
    QApplication.instance().setStyleSheet("")
    view = IkrarView(demo, pool=pool)
    qtbot.addWidget(view)
    view.set_event(demo.events.list_events()[0])
    pool.run()
    failures = in_dialog(lambda: QApplication.activeModalWidget().reject())
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    pool.run()  # the copy, read again, shown in the editor (closed unchanged)
    assert failures == [] and view.edit_button.isEnabled()

    def lost(event):
        raise OSError("server unreachable")

    monkeypatch.setattr(demo.ikrar, "scripts", lost)

    def save() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, ScriptEditor)
        qtbot.mouseClick(editor.footer.save_button, Qt.MouseButton.LeftButton)
        pool.run()

    failures = in_dialog(save)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    pool.run()  # saved; reading the scripts again fails
    assert failures == []
    assert view.edit_button.isEnabled() and view.stage.state.script.id is not None
