"""The laporan pelaksanaan tab driven as HR would: edit the text, add photos, build."""

import pytest
from PySide6.QtWidgets import QApplication

from app.core.locale_format import Language
from app.store.models import AuditLog
from app.ui.i18n import install_language
from app.ui.views.laporan_view import LaporanView
from app.ui.workers.task_runner import InlinePool
from tests.laporan_samples import photo_file


@pytest.fixture
def view(qtbot, demo):
    QApplication.instance().setStyleSheet("")
    laporan = LaporanView(demo)
    for runner in (laporan.runner, laporan.laporan_form.runner, laporan.bundle_panel.runner):
        runner.pool = InlinePool()
    qtbot.addWidget(laporan)
    laporan.resize(1366, 700)
    laporan.show()
    laporan.set_event(demo.events.list_events()[0])
    laporan.tabs.setCurrentIndex(3)
    return laporan


def test_narrative_text_round_trips_through_the_editor(view):
    form = view.laporan_form
    assert "Undang-Undang Nomor 20 Tahun 2023" in form.legal_basis.toPlainText()
    form.background.setPlainText("Apel ini menegaskan netralitas ASN menjelang pilkada.")
    form.legal_basis.setPlainText("UU 20/2023 tentang ASN\n\n  PP 94/2021 tentang Disiplin PNS  ")
    form.programme.setPlainText("Pembukaan\nIkrar\nPenutup")
    form.reporter.name.setText("Dra. Sri Lestari, M.Si.")
    form.reporter.nip.setText("197003151995032002")
    form.witness_1.name.setText("Budi Santoso, S.H.")
    form.witness_2.name.setText("Ani Wulandari, S.E.")
    form.witness_2.position.setText("Camat Ngawen")
    form.save_button.click()
    assert form.message.text() == "Teks laporan tersimpan."
    stored = view.services.laporan.text(view.current_event)
    assert stored.background == "Apel ini menegaskan netralitas ASN menjelang pilkada."
    assert stored.legal_basis == ("UU 20/2023 tentang ASN", "PP 94/2021 tentang Disiplin PNS")
    assert stored.programme == ("Pembukaan", "Ikrar", "Penutup")
    assert (stored.reporter.name, stored.reporter.nip) == ("Dra. Sri Lestari, M.Si.",
                                                           "197003151995032002")  # fmt: skip
    assert stored.witnesses[1].position == "Camat Ngawen"
    entry = AuditLog.select().where(AuditLog.action == "laporan.text").get()
    assert "background" in entry.details and "legal_basis" in entry.details
    again = LaporanView(view.services)  # a new window shows what was saved
    again.laporan_form.runner.pool = InlinePool()
    again.set_event(view.current_event)
    assert again.laporan_form.background.toPlainText() == stored.background
    assert again.laporan_form.witness_1.name.text() == "Budi Santoso, S.H."
    again.deleteLater()


def test_a_witness_position_without_a_name_is_refused_in_the_form(view):
    form = view.laporan_form
    form.witness_1.position.setText("Camat Ngawen")
    form.save_button.click()
    assert "nama saksi 1 wajib diisi" in form.message.text()


def test_photos_added_and_the_bundle_built_from_the_tab(view, tmp_path):
    panel = view.bundle_panel
    photo_file(tmp_path, "apel.jpg", (1200, 800), "darkgreen")
    (tmp_path / "bukan.jpg").write_text("teks")
    panel.add_photos([tmp_path / "bukan.jpg"])
    assert "bukan.jpg: bukan gambar" in panel.message.text()
    assert panel.photo_list.count() == 0
    panel.add_photos([tmp_path / "apel.jpg"])
    assert panel.photo_list.count() == 1
    panel.photo_list.setCurrentRow(0)
    panel.caption.setText("Pembacaan ikrar")
    panel.caption_button.click()
    assert panel.photo_list.item(0).text().startswith("Pembacaan ikrar")
    panel.per_page.setCurrentIndex(1)
    panel.build(tmp_path / "out")
    assert "tersimpan dan ditandatangani" in panel.message.text()
    assert panel.build_button.isEnabled()
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".pdf", ".zip"]


@pytest.fixture
def english(qapp):
    assert install_language(Language.ENGLISH)
    yield
    install_language(Language.INDONESIAN)


def test_a_witness_without_a_name_and_too_many_items_are_refused_in_english(english, view):
    form = view.laporan_form
    form.witness_2.nip.setText("197003151995032002")
    form.programme.setPlainText("\n".join(f"Acara {n}" for n in range(1, 32)))
    form.save_button.click()
    assert form.message.text() == (
        "Programme: at most 30 items\n"
        "Witness II: witness 2 needs a name when their NIP or position is filled in"
    )


def test_a_file_that_is_not_a_photo_is_refused_in_english(english, view, tmp_path):
    panel = view.bundle_panel
    (tmp_path / "bukan.jpg").write_bytes(b"bukan gambar sama sekali")
    panel.add_photos([tmp_path / "bukan.jpg"])
    assert panel.message.text() == "photo: bukan.jpg: not a readable JPEG or PNG image"
