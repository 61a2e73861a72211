"""The places read the database only in the task runner's jobs, never on the UI thread.

The pool given to the views holds each job until the test runs it. A service method
guarded here fails when called outside a job; what a view shows before the jobs run
shows it did not wait for the database.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.bootstrap import open_settings
from app.core.checkin import RecentCheckin
from app.core.pakta import SignerRole
from app.ui.dialogs.cancel_dialog import CancelDialog
from app.ui.views.acara_view import AcaraView
from app.ui.views.gerbang_view import GerbangView
from app.ui.views.ikrar_view import IkrarView
from app.ui.views.laporan_view import LaporanView
from app.ui.views.pakta_view import PaktaView
from app.ui.views.peserta_view import PesertaView
from app.ui.widgets.camera_panel import CameraAccess
from tests.roster_files import write_csv
from tests.ui.held_pool import only_in_jobs


def test_the_stage_reads_the_script_and_theme_of_a_new_event_off_the_ui_thread(
    qtbot, demo, pool, monkeypatch
):
    QApplication.instance().setStyleSheet("")
    called = only_in_jobs(
        monkeypatch, pool, demo.ikrar, "scripts", "default_script", "organisation_name", "theme"
    )
    view = IkrarView(demo, pool=pool)
    qtbot.addWidget(view)
    view.set_event(demo.events.list_events()[0])
    assert view.stage.state is None and view.script_choice.count() == 0
    pool.run()
    assert set(called) == {"scripts", "default_script", "organisation_name", "theme"}
    assert view.stage.state is not None
    assert view.script_choice.count() == len(view.stage.known_scripts) > 1
    assert view.script_choice.currentData() == view.stage.state.script.ref


def test_peserta_loads_the_people_off_the_ui_thread(qtbot, demo, pool, monkeypatch):
    called = only_in_jobs(monkeypatch, pool, demo.people, "expected", "with_photo")
    view = PesertaView(demo, pool=pool)
    qtbot.addWidget(view)
    event = demo.events.list_events()[0]
    view.set_event(event)
    assert view.model.rowCount() == 0
    pool.run()
    assert called == ["expected", "with_photo"]
    assert view.model.rowCount() == len(demo.store.people.expected_people(event.id)) == 120


def test_acara_lists_the_events_off_the_ui_thread(qtbot, demo, pool, monkeypatch):
    event = demo.events.list_events()[0]
    called = only_in_jobs(monkeypatch, pool, demo.events, "list_events", "get")
    view = AcaraView(demo, pool=pool)
    qtbot.addWidget(view)
    view.set_event(event)
    assert view.event_list.count() == 0
    pool.run()
    assert called == ["list_events"]
    assert view.event_list.count() == 1
    assert view.form.title.text() == event.title  # shown from what was read, not read again


def test_pakta_loads_signers_candidates_and_text_off_the_ui_thread(qtbot, demo, pool, monkeypatch):
    event = demo.events.list_events()[0]
    for person, role in zip(
        demo.pakta.candidates(event)[:2], [SignerRole.KEPALA_OPD, SignerRole.CAMAT], strict=True
    ):
        demo.pakta.add_signer(event.id, person.id, role)
    signers = demo.pakta.signers(event.id)
    called = only_in_jobs(monkeypatch, pool, demo.pakta, "signers", "candidates", "pakta_text")
    view = PaktaView(demo, pool=pool)
    qtbot.addWidget(view)
    view.show()
    view.set_event(event)
    view.tabs.setCurrentWidget(view.signers_panel)  # its candidates are read when shown
    assert view.signing_panel.signer_box.count() == 0
    pool.run()
    assert {"signers", "candidates", "pakta_text"} <= set(called)
    assert view.signing_panel.signer_box.count() == len(signers)
    assert signers[0].name in view.signing_panel.document.toPlainText()
    assert view.count_label.text().startswith(f"Layar: 0 dari {len(signers)}")


def test_absence_and_daring_saves_run_off_the_ui_thread(
    qtbot, report_demo, pool, monkeypatch, tmp_path
):
    event = report_demo.events.list_events()[0]
    saved = only_in_jobs(monkeypatch, pool, report_demo.absences, "record", "import_sheet")
    read = only_in_jobs(monkeypatch, pool, report_demo.daring, "read", "record")
    view = LaporanView(report_demo, pool=pool)
    qtbot.addWidget(view)
    view.show()
    view.set_event(event)
    pool.run()  # the report, then its PDF
    panel = view.absences
    assert panel.model.rowCount() > 0
    panel.select_row(0)
    person = panel.model.item_at(0).person
    panel.reason.setCurrentIndex(panel.reason.findData("sakit"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Menyimpan…" and not panel.save_button.isEnabled()
    pool.run()
    assert saved == ["record"]
    assert panel.message.text() == f"Alasan {person.display_name} tersimpan."
    sheet = write_csv(tmp_path / "alasan.csv", [[person.id_number, "cuti", ""]],
                      headers=["NIP", "Alasan", "Catatan"])  # fmt: skip
    panel.import_sheet(sheet)
    assert not panel.import_button.isEnabled()
    pool.run()
    assert saved == ["record", "import_sheet"]
    assert panel.message.text() == "1 alasan tercatat."
    meeting = tmp_path / "meet.csv"
    meeting.write_text("First name,Last name,Email,Duration,Time joined,Time exited\n"
                       "Laptop,Aula,b@x.id,1 hr,7:28 AM,8:30 AM\n", encoding="utf-8")  # fmt: skip
    view.daring.open_report(meeting)
    assert view.daring.message.text() == "Membaca meet.csv…"
    pool.run()
    assert read == ["read"]
    assert view.daring.summary.text() == "meet.csv: 0 peserta cocok otomatis, 1 belum cocok."


def test_the_cancel_dialog_opens_after_the_supervisor_pin_is_looked_up_off_the_ui_thread(
    qtbot, demo, pool, monkeypatch, tmp_path
):
    called = only_in_jobs(monkeypatch, pool, demo.pins, "is_set", "set_pin")
    cameras = CameraAccess(lambda: [], lambda *_: None, pollable=False)
    gate = GerbangView(demo, open_settings(), cameras, pool=pool)
    qtbot.addWidget(gate)
    event = demo.events.list_events()[0]
    gate.set_event(event)
    pool.run()
    gate.recent.setCurrentItem(gate.recent.topLevelItem(0))
    gate.open_cancel()
    assert gate.cancel_dialog is None
    pool.run()
    assert called == ["is_set"]
    dialog = gate.cancel_dialog
    assert isinstance(dialog, CancelDialog) and dialog.fields.creating
    sent: list[tuple[str, str]] = []
    dialog.confirmed.connect(lambda reason, pin: sent.append((reason, pin)))
    dialog.reason.setText("salah pindai")
    dialog.new_pin.setText("135790")
    dialog.repeat_pin.setText("135790")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert sent == [] and not dialog.confirm_button.isEnabled()
    pool.run()
    assert called == ["is_set", "set_pin"]
    assert sent == [("salah pindai", "135790")]
    assert isinstance(gate.recent.selected(), RecentCheckin)
    gate.shutdown()
