"""A refusal carries its code and parameters: the core words it in Indonesian, the English
UI says it in English, with the same names and numbers."""

from string import Formatter

import pytest
from PySide6.QtCore import Qt

from app.core.admin_pin import pin_problem
from app.core.locale_format import Language
from app.core.nip import nip_problem
from app.core.pakta import SignerRole
from app.core.refusals import INDONESIAN, Refusal
from app.scanning import frame_source
from app.scanning.frame_source import CameraInfo
from app.ui.dialogs.admin_pin_dialog import AdminPinDialog
from app.ui.dialogs.roster_import_dialog import RosterImportDialog
from app.ui.i18n import install_language
from app.ui.views.pakta_view import PaktaView
from app.ui.widgets.result_panel import PanelState
from app.ui.workers.task_runner import InlinePool
from tests.roster_files import SIASN_HEADERS, demo_rows, write_csv
from tests.ui.test_gerbang_view import Gate
from tests.ui.test_i18n import TS_FILE, translations
from tests.ui.test_pakta_view import draw_with_mouse


@pytest.fixture
def english(qapp):
    assert install_language(Language.ENGLISH)
    yield
    install_language(Language.INDONESIAN)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


def test_every_refusal_has_english_with_the_same_placeholders():
    english = {source: text for context, source, text in translations(TS_FILE)
               if context == "Refusal"}  # fmt: skip
    for code in Refusal:
        indonesian = INDONESIAN[code]
        assert english.get(indonesian), f"{code}: no English for {indonesian!r}"
        assert placeholders(english[indonesian]) == placeholders(indonesian), code


def test_the_core_still_speaks_indonesian_and_keeps_the_code():
    problem = nip_problem("19900101")
    assert problem == "NIP harus 18 angka, tertulis 8 karakter"
    assert problem.code is Refusal.NIP_LENGTH and problem.params == {"length": 8}
    assert pin_problem("12a") == "PIN hanya boleh berisi angka"


def test_a_bad_import_row_is_named_in_english(qtbot, demo, tmp_path, english):
    rows = demo_rows(3)
    rows[1][SIASN_HEADERS.index("NIP BARU")] = "19900101"
    rows[1][SIASN_HEADERS.index("JENIS PEGAWAI")] = "PNS"
    event = demo.events.list_events()[0]
    preview = demo.roster.preview(write_csv(tmp_path / "pegawai.csv", rows))
    dialog = RosterImportDialog(demo, preview, (event.organisation_id, event.id))
    qtbot.addWidget(dialog)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ["row 3, column A (NIP BARU): a NIP has 18 digits; 8 characters were typed"]


def test_a_too_short_new_pin_is_refused_in_english(qtbot, services, english):
    dialog = AdminPinDialog(services.admin_pins, "Mengganti bahasa", pool=InlinePool())
    qtbot.addWidget(dialog)
    assert dialog.fields.creating
    qtbot.keyClicks(dialog.new_pin, "123")
    qtbot.keyClicks(dialog.repeat_pin, "123")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "A PIN has 6 to 12 digits"
    assert not services.admin_pins.is_set()


def test_the_gate_refuses_a_walk_in_with_an_employees_number_in_english(
    qtbot, demo, tmp_path, english
):
    gate = Gate(qtbot, demo, tmp_path)
    gate.show()
    employee = demo.store.people.expected_people(gate.event.id)[0]
    qtbot.mouseClick(gate.view.walkin_button, Qt.MouseButton.LeftButton)
    gate.view.walkin.name.setText("Hendra Wijaya")
    gate.view.walkin.id_number.setText(employee.id_number)
    qtbot.mouseClick(gate.view.walkin.record_button, Qt.MouseButton.LeftButton)
    label = gate.view.walkin.error_labels["nomor"]
    qtbot.waitUntil(lambda: not label.isHidden())
    assert label.text() == (
        f"This number belongs to {employee.display_name} on the employee list; "
        "look the name up under Forgot badge"
    )


def test_a_duplicate_scan_is_said_in_english(qtbot, demo, tmp_path, english):
    gate = Gate(qtbot, demo, tmp_path)
    gate.show()
    gate.scan_keys(gate.view, gate.token(gate.present[0]))
    gate.wait_results(1)
    assert gate.view.panel.state is PanelState.AMBER
    assert gate.view.panel.headline.text() == "ALREADY RECORDED"


def test_a_dot_for_a_signature_is_refused_in_english(qtbot, demo, english):
    event = demo.events.list_events()[0]
    person = demo.pakta.candidates(event)[0]
    demo.pakta.add_signer(event.id, person.id, SignerRole.CAMAT)
    view = PaktaView(demo, pool=InlinePool())
    qtbot.addWidget(view)
    view.show()
    view.set_event(event)
    panel = view.signing_panel
    draw_with_mouse(panel.pad, [(200, 100), (203, 101), (204, 100)])
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == (
        "The signature is too small or only a dot: please sign in full."
    )


def test_a_camera_that_cannot_be_opened_is_said_in_english(qtbot, demo, tmp_path, english):
    gate = Gate(qtbot, demo, tmp_path)
    gate.cameras = [CameraInfo(63, "Kamera 64")]  # no such device: the real opener refuses it
    gate.view.camera.access.open_camera = frame_source.open_camera
    gate.show()
    preview = gate.view.camera.preview
    qtbot.waitUntil(lambda: "Camera 64" in preview.text(), timeout=10_000)
    assert preview.text() == "Camera 64 was not found or cannot be opened."
