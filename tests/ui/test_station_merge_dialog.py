"""Gabungkan rekaman stasiun: HR merges a slow gate's export from the menu; the clock
correction is a checkbox, and each corrected time is listed with the conflicts."""

import hashlib
import json

import pytest

from app.bootstrap import open_settings
from app.core.locale_format import Language
from app.services.station_service import MAX_STATION_FILE_BYTES
from app.store.models import Checkin
from app.ui.dialogs.station_merge_dialog import StationMergeDialog
from app.ui.i18n import install_language
from app.ui.main_window import MainWindow
from app.ui.workers.task_runner import InlinePool, TaskRunner
from tests.services import test_export_clock as slow_gate
from tests.services.test_export_clock import at

# The slow gate's day of tests/services/test_export_clock.py, as fixtures here.
hr_target = slow_gate.hr_target
insider_day = slow_gate.insider_day


def merged_from_the_menu(qtbot, day, tmp_path, correct):
    """Berkas > Gabungkan rekaman stasiun on the slow gate's export; the dialog and its list."""
    hr, event, text, *_ = day
    export = tmp_path / "gerbang2.json"
    export.write_text(text, encoding="utf-8")
    window = MainWindow(hr, open_settings(), InlinePool())
    qtbot.addWidget(window)
    window.switch_event(event.id)
    window.merge_station_files()
    dialog = window.merge_dialog
    dialog.set_paths([export])
    assert dialog.correct_clock.isChecked()  # correcting is the default
    dialog.correct_clock.setChecked(correct)
    dialog.merge_button.click()
    return dialog, [dialog.conflicts.item(i).text() for i in range(dialog.conflicts.count())]


@pytest.mark.parametrize("hr_target", ["sqlite"], indirect=True)
def test_merge_from_the_menu_corrects_a_slow_gate_and_lists_each_correction(
    qtbot, insider_day, tmp_path
):
    friend = insider_day[3]
    dialog, lines = merged_from_the_menu(qtbot, insider_day, tmp_path, correct=True)
    assert "10 menit 20 detik lebih lambat" in dialog.summary.toPlainText()
    assert "waktu kehadiran dikoreksi" in dialog.summary.toPlainText()
    assert any(friend.id_number in line and "jam dikoreksi dari 07.40" in line for line in lines)
    row = Checkin.get(Checkin.person == friend.id)
    assert (row.at, row.late, row.time_source) == (at("07:50:20"), True, "corrected")
    dialog.grab().save(str(tmp_path / "gabung-koreksi.png"))


@pytest.mark.parametrize("hr_target", ["sqlite"], indirect=True)
def test_merge_without_correction_keeps_times_that_cannot_win(qtbot, insider_day, tmp_path):
    other, other_at = insider_day[4:]
    _, lines = merged_from_the_menu(qtbot, insider_day, tmp_path, correct=False)
    assert any(other.id_number in line and "tidak dikoreksi" in line for line in lines)
    assert Checkin.get(Checkin.person == other.id).at == other_at


@pytest.fixture
def english(qapp):
    assert install_language(Language.ENGLISH)
    yield
    install_language(Language.INDONESIAN)


def refused_in_the_dialog(qtbot, hr, event, path):
    dialog = StationMergeDialog(hr, event.id, TaskRunner(None, pool=InlinePool()))
    qtbot.addWidget(dialog)
    dialog.set_paths([path])
    dialog.merge_button.click()
    return dialog.summary.toPlainText()


@pytest.mark.parametrize("hr_target", ["sqlite"], indirect=True)
def test_a_station_file_too_big_is_refused_in_english(qtbot, insider_day, tmp_path, english):
    hr, event, *_ = insider_day
    huge = tmp_path / "gerbang2.json"
    with huge.open("wb") as file:  # sparse: only its size is read before it is refused
        file.truncate(MAX_STATION_FILE_BYTES + 1)
    said = refused_in_the_dialog(qtbot, hr, event, huge)
    assert said == f"Nothing was merged:\n{huge}: too large for a station records file"


@pytest.mark.parametrize("hr_target", ["sqlite"], indirect=True)
def test_an_export_changed_after_it_was_signed_is_refused_in_english(
    qtbot, insider_day, tmp_path, english
):
    """The insider moves the friend's arrival earlier and recomputes the file's checksum;
    the station's signature over the records still gives it away."""
    hr, event, text, friend, *_ = insider_day
    document = json.loads(text)
    records = document["records"]
    for checkin in records["checkins"]:
        if checkin["id_number"] == friend.id_number:
            checkin["at"] = checkin["at"].replace("07:40", "07:20")
    canonical = json.dumps(records, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    document["sha256"] = hashlib.sha256(canonical.encode()).hexdigest()
    forged = tmp_path / "gerbang2.json"
    forged.write_text(json.dumps(document), encoding="utf-8")
    said = refused_in_the_dialog(qtbot, hr, event, forged)
    assert said == (
        f"Nothing was merged:\n{forged}: the file was changed after it was exported "
        "(the station's signature does not match)"
    )
    assert not Checkin.select().where(Checkin.person == friend.id).exists()


@pytest.mark.parametrize("hr_target", ["sqlite"], indirect=True)
def test_a_corrected_merge_is_reported_in_english(qtbot, insider_day, tmp_path, english):
    friend = insider_day[3]
    dialog, lines = merged_from_the_menu(qtbot, insider_day, tmp_path, correct=True)
    summary = dialog.summary.toPlainText()
    assert "the station's clock is 10 min 20 s behind the clock of this laptop" in summary
    assert "check-in times corrected by the measured clock difference" in summary
    assert any(friend.id_number in line and "time corrected from 07.40" in line for line in lines)
