"""The main window driven as a user would: clicks and typing, then reading the widgets."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication

from app.bootstrap import open_settings
from app.settings import CURRENT_EVENT
from app.ui.main_window import MainWindow
from app.ui.workers.task_runner import InlinePool


@pytest.fixture
def window(qtbot, demo):
    QApplication.instance().setStyleSheet("")
    main = MainWindow(demo, open_settings(), InlinePool())
    qtbot.addWidget(main)
    main.show()
    return main


def _click_place(qtbot, window, title):
    nav = window.navigation
    row = next(i for i in range(nav.count()) if nav.item(i).text() == title)
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_header_and_status_bar_show_the_demo_event(window):
    assert "Netralitas ASN" in window.title_label.text()
    assert "Selasa, 1 Oktober 2024" in window.subtitle_label.text()
    assert window.count_label.text() == "Hadir 84 / 120"
    assert window.database_label.text() == "SQLite: netra.sqlite3"


def test_navigation_shows_each_place(qtbot, window):
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Acara", "Peserta", "Gerbang", "Ikrar", "Pakta Integritas", "Laporan"]
    for index, title in enumerate(titles):
        _click_place(qtbot, window, title)
        assert window.stack.currentIndex() == index
        assert window.stack.currentWidget() is window.places[index].view


def test_peserta_lists_expected_people_and_filters_while_typing(qtbot, window):
    _click_place(qtbot, window, "Peserta")
    view = window.place("peserta").view
    assert view.model.rowCount() == 120
    first = view.model.person_at(0)
    qtbot.keyClicks(view.search, first.id_number)
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 0)) == first.display_name
    assert view.count_label.text() == "1 dari 120 orang"


def test_new_event_typed_in_the_form_is_saved_and_can_be_made_active(qtbot, window, demo):
    _click_place(qtbot, window, "Acara")
    view = window.place("acara").view
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = view.form
    qtbot.keyClicks(form.title, "Sosialisasi Netralitas ASN")
    form.kind.setCurrentIndex(form.kind.findData("sosialisasi"))
    form.day.setDate(QDate(2024, 9, 1))
    form.start_time.setTime(QTime(9, 0))
    form.late_after.setTime(QTime(9, 15))
    qtbot.keyClicks(form.venue, "Ruang Ki Tinggil Setda")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Tersimpan."
    saved = next(e for e in demo.events.list_events() if e.title == "Sosialisasi Netralitas ASN")
    assert (saved.day, saved.venue, saved.kind.value) == (
        date(2024, 9, 1),
        "Ruang Ki Tinggil Setda",
        "sosialisasi",
    )
    assert saved.organiser == "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    qtbot.mouseClick(view.activate_button, Qt.MouseButton.LeftButton)
    assert window.current_event.id == saved.id
    assert window.title_label.text() == "Sosialisasi Netralitas ASN"
    assert "Minggu, 1 September 2024" in window.subtitle_label.text()
    assert window.count_label.text() == "Hadir 0 / 0"
    assert open_settings().get(CURRENT_EVENT) == saved.id


def test_invalid_form_shows_messages_beside_fields_and_saves_nothing(qtbot, window, demo):
    _click_place(qtbot, window, "Acara")
    view = window.place("acara").view
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    view.form.start_time.setTime(QTime(8, 0))
    view.form.late_after.setTime(QTime(7, 0))
    qtbot.keyClicks(view.form.presiding_nip, "12345")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    errors = view.form.error_labels
    assert errors["judul"].text() == "Judul acara wajib diisi"  # a sentence, capitalised
    assert not errors["judul"].isHidden()
    assert "sebelum jam mulai" in errors["batas_terlambat"].text()
    assert "18 angka" in errors["nip_pimpinan"].text()
    assert errors["kop"].isHidden()
    assert len(demo.events.list_events()) == 1


def test_editing_the_active_event_updates_the_header(qtbot, window, demo):
    _click_place(qtbot, window, "Acara")
    view = window.place("acara").view
    view.form.venue.clear()
    qtbot.keyClicks(view.form.venue, "Lapangan Pemda")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert window.subtitle_label.text().endswith("Lapangan Pemda")
    assert demo.events.list_events()[0].venue == "Lapangan Pemda"


def test_switching_event_in_the_header_changes_every_view(qtbot, window, demo):
    from dataclasses import replace

    other = demo.events.save(replace(demo.events.list_events()[0], id=None, title="Apel Kedua"))
    window.reload_events()
    index = window.event_switcher.findData(other.event_id)
    window.event_switcher.setCurrentIndex(index)
    window.event_switcher.activated.emit(index)
    assert window.title_label.text() == "Apel Kedua"
    assert window.place("peserta").view.model.rowCount() == 0
