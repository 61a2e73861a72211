"""The Peserta view driven as HR would: import with preview, search, filters, form, photos."""

import itertools
from dataclasses import replace

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.locale_format import Language
from app.core.people import Person
from app.ui.i18n import install_language
from app.ui.views.peserta_view import PesertaView
from app.ui.workers.task_runner import InlinePool
from tests.roster_files import SIASN_HEADERS, demo_rows, write_csv
from tests.services.test_roster_service import content_of
from tests.ui.job_clicks import cancel_midway


@pytest.fixture
def view(qtbot, demo):
    QApplication.instance().setStyleSheet("")
    widget = PesertaView(demo, pool=InlinePool())  # the roster is read at once
    qtbot.addWidget(widget)
    widget.set_event(demo.events.list_events()[0])
    widget.show()
    return widget


def open_preview(qtbot, view, path):
    opened = []
    view.open_roster_file(path, then=lambda: opened.append(True))
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    return view.preview_dialog


def test_preview_lets_the_user_map_an_unknown_column_then_imports(qtbot, view, demo, tmp_path):
    headers = ["NIP BARU", "Pegawai", *SIASN_HEADERS[2:]]
    path = write_csv(tmp_path / "pegawai.csv", demo_rows(130)[120:], headers=headers)
    dialog = open_preview(qtbot, view, path)
    assert not dialog.import_button.isEnabled()
    assert "kolom NAMA tidak ditemukan" in dialog.problems.item(0).text()
    name_choice = dialog.column_choices[1]
    name_choice.setCurrentIndex(name_choice.findData("nama"))
    assert dialog.problems.count() == 0 and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert view.model.total() == 130
    assert "10 baru" in view.message.text()


def test_preview_lists_every_problem_and_stores_nothing(qtbot, view, demo, tmp_path):
    rows = [row for row in demo_rows(140)[120:] if row[4] == "PNS"][:5]
    rows[1][0], rows[3][1] = "19901301", ""
    dialog = open_preview(qtbot, view, write_csv(tmp_path / "salah.csv", rows))
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems[0].startswith("baris 3, kolom A (NIP BARU): NIP harus 18 angka")
    assert problems[1] == "baris 5, kolom B (NAMA): nama wajib diisi"
    assert not dialog.import_button.isEnabled()
    assert "belum ada yang disimpan" in dialog.problems_title.text()
    assert demo.store.people.count_people(1) == 120


def test_preview_of_a_reimport_names_the_changes_before_anything_is_stored(
    qtbot, view, demo, tmp_path
):
    stored = [p for p in demo.store.people.expected_people(1) if p.id_kind.value == "nip"][:4]
    names = [[p.id_number, p.name] for p in stored]
    names[0][1] = "Nama Baru"
    dialog = open_preview(qtbot, view, write_csv(tmp_path / "nama.csv", names, ["NIP", "Nama"]))
    qtbot.waitUntil(lambda: dialog.changes.count() > 0, timeout=5000)
    assert dialog.changes_title.text().startswith("0 baru, 1 berubah, 3 tetap; ")
    lines = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert lines[0] == (
        f"Berubah: {replace(stored[0], name='Nama Baru').display_name} ({stored[0].display_id}): "
        f"Nama \u2018{stored[0].name}\u2019 \u2192 \u2018Nama Baru\u2019"
    )
    assert all(line.startswith("Tidak ada di berkas: ") for line in lines[1:])
    assert demo.store.people.person_by_id_number(1, stored[0].id_number) == stored[0]
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    kept = demo.store.people.person_by_id_number(1, stored[0].id_number)
    assert (kept.name, kept.unit, kept.position) == (
        "Nama Baru",
        stored[0].unit,
        stored[0].position,
    )


def test_search_and_filters_narrow_the_table(qtbot, view):
    first: Person = view.model.person_at(0)
    view.unit_filter.setCurrentIndex(view.unit_filter.findData(first.unit))
    in_unit = view.model.rowCount()
    assert 0 < in_unit < 120
    assert all(view.model.person_at(r).unit == first.unit for r in range(in_unit))
    view.status_filter.setCurrentIndex(view.status_filter.findData("PPPK"))
    assert all(view.model.person_at(r).status.value == "PPPK" for r in range(view.model.rowCount()))
    view.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.search, first.name.split()[0].lower())
    assert first in [view.model.person_at(r) for r in range(view.model.rowCount())]
    view.search.clear()
    view.unit_filter.setCurrentIndex(0)
    assert view.count_label.text() == "120 dari 120 orang"


def test_add_with_a_bad_nip_shows_the_error_then_saves_when_fixed(qtbot, view, demo):
    dialog = view.person_dialog()
    qtbot.keyClicks(dialog.inputs["nip"], "199001012015131001")
    qtbot.keyClicks(dialog.inputs["nama"], "Rahmat Hidayat")
    qtbot.keyClicks(dialog.inputs["opd"], "Dinas Sosial")
    dialog.save()
    assert not dialog.error_labels["nip"].isHidden()
    assert "Bulan TMT" in dialog.error_labels["nip"].text()
    dialog.inputs["nip"].setText("199001012015031001")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert view.model.total() == 121
    row = view.selected_row()
    assert view.model.person_at(row).name == "Rahmat Hidayat"


def test_edit_and_deactivate_the_selected_person(qtbot, view, demo):
    view.table.selectRow(0)
    person = view.model.person_at(0)
    dialog = view.person_dialog(person.id)
    assert dialog.inputs["nama"].text() == person.name
    dialog.inputs["jabatan"].setText("Kepala Seksi Data")
    dialog.save()
    assert demo.roster.get(person.id).position == "Kepala Seksi Data"
    view.table.selectRow(view.model.row_of(person.id))
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert not demo.roster.get(person.id).active
    assert view.active_button.text() == "Aktifkan"
    view.status_filter.setCurrentIndex(view.status_filter.findData("nonaktif"))
    assert view.model.rowCount() == 1


def test_photo_folder_import_fills_the_photo_column(qtbot, view, demo, tmp_path):
    people = [view.model.person_at(r) for r in range(3)]
    folder = tmp_path / "foto"
    folder.mkdir()
    for person in people:
        Image.new("RGB", (300, 400), "teal").save(folder / f"{person.id_number}.jpg")
    view.import_photo_folder(folder)
    qtbot.waitUntil(lambda: "3 foto disimpan" in view.message.text(), timeout=5000)
    photo_column = [view.model.data(view.model.index(r, 5)) for r in range(3)]
    assert photo_column == ["ada", "ada", "ada"]


def test_cancel_during_an_import_leaves_the_roster_as_it_was(qtbot, view, demo, db_path, tmp_path):
    dialog = open_preview(qtbot, view, write_csv(tmp_path / "besar.csv", demo_rows(1_320)))
    qtbot.waitUntil(lambda: dialog.changes_title.text().startswith("1.200 baru"), timeout=10000)
    dialog.job.clock = itertools.count(step=2.0).__next__  # each report comes 2 s later
    before = content_of(db_path)
    cancel_midway(qtbot, dialog.job, 500, demo.roster, "import_table")
    seen: list[str] = []
    dialog.job.cancel_button.pressed.connect(  # before the click takes effect
        lambda: seen.extend([dialog.job.count.text(), dialog.job.time_left.text()])
    )
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert seen[0] == "500 dari 1.200 orang" and seen[1].startswith("sisa ± ")
    assert dialog.problems_title.text() == "Impor dibatalkan; tidak ada yang disimpan."
    assert dialog.import_button.isEnabled() and dialog.job.isHidden()
    assert content_of(db_path) == before
    assert view.model.total() == 120


def test_badges_of_the_chosen_unit_are_printed_with_progress(qtbot, view, tmp_path):
    unit = view.unit_filter.itemData(1)
    view.unit_filter.setCurrentIndex(1)
    out = tmp_path / "kartu.pdf"
    view.print_badges(out)
    qtbot.waitUntil(lambda: view.message.text().endswith("disimpan ke kartu.pdf."), timeout=20000)
    people = sum(1 for r in range(view.model.rowCount()) if view.model.person_at(r).active)
    assert view.message.text().startswith(f"{people} kartu di 1 halaman")
    assert unit in PdfReader(out).pages[0].extract_text()


def test_cancel_while_badges_are_drawn_writes_no_file(qtbot, view, demo, tmp_path):
    (tmp_path / "keluar").mkdir()
    out = tmp_path / "keluar" / "kartu.pdf"
    cancel_midway(qtbot, view.job, 20, demo.badge_printing, "write_pdf")
    view.print_badges(out)
    assert view.message.text() == "Dibatalkan; tidak ada berkas yang ditulis."
    assert list(out.parent.iterdir()) == [] and view.badges_button.isEnabled()


def test_the_roster_is_read_off_the_ui_thread_and_shown_when_it_arrives(qtbot, demo):
    widget = PesertaView(demo)  # Qt's own pool
    qtbot.addWidget(widget)
    widget.set_event(demo.events.list_events()[0])
    assert widget.model.total() == 0  # the answer can only arrive through the event loop
    qtbot.waitUntil(lambda: widget.model.total() == 120, timeout=10000)
    assert widget.count_label.text() == "120 dari 120 orang"


@pytest.fixture
def english(qapp):
    assert install_language(Language.ENGLISH)
    yield
    install_language(Language.INDONESIAN)


def test_a_new_person_with_a_colleagues_nip_is_refused_in_english(english, qtbot, view, demo):
    shown = [view.model.person_at(row) for row in range(view.model.rowCount())]
    colleague = next(p for p in shown if len(p.id_number) == 18)
    dialog = view.person_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.inputs["nip"], colleague.id_number)
    qtbot.keyClicks(dialog.inputs["nama"], "Rahmat Hidayat")
    qtbot.keyClicks(dialog.inputs["opd"], "Dinas Sosial")
    dialog.save()
    assert dialog.error_labels["nip"].text() == (
        f"This number is already used by {colleague.display_name}"
    )
    assert view.model.total() == 120
