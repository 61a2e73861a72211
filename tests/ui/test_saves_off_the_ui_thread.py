"""What a click saves or checks (events, the gate, PINs, stations, scripts, the theme) is
done in the task runner's jobs, never on the UI thread.

The pool holds each job until the test runs it; a guarded service method fails when called
outside a job. Before the job runs the widget shows it is busy; after, it shows the answer.
"""

from PySide6.QtCore import Qt

from app.ui.views.acara_view import AcaraView
from tests.ui.held_pool import only_in_jobs


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
