"""Gabungkan rekaman stasiun: HR merges a slow gate's export from the menu. A clock found off
is shown as the file is chosen, and the merge waits until HR chooses to correct it or not
(nothing is chosen for them: the same file comes from a clock set back or from an honest gate
whose file took ten minutes to arrive); each corrected time is listed with the conflicts."""

import hashlib
import json
from datetime import timedelta

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


def chosen_in_the_dialog(qtbot, day, tmp_path):
    """Berkas > Gabungkan rekaman stasiun with the slow gate's export chosen."""
    hr, event, text, *_ = day
    export = tmp_path / "gerbang2.json"
    export.write_text(text, encoding="utf-8")
    window = MainWindow(hr, open_settings(), InlinePool())
    qtbot.addWidget(window)
    window.switch_event(event.id)
    window.merge_station_files()
    dialog = window.merge_dialog
    dialog.set_paths([export])
    return dialog


def merged_from_the_menu(qtbot, day, tmp_path, correct):
    """The export merged with HR's choice; the dialog and its list."""
    dialog = chosen_in_the_dialog(qtbot, day, tmp_path)
    (dialog.correct_clock if correct else dialog.keep_clock).click()
    dialog.merge_button.click()
    return dialog, [dialog.conflicts.item(i).text() for i in range(dialog.conflicts.count())]


@pytest.mark.parametrize("hr_target", ["sqlite"], indirect=True)
def test_a_clock_found_off_waits_for_hr_to_choose_and_nothing_is_chosen_for_them(
    qtbot, insider_day, tmp_path
):
    friend = insider_day[3]
    dialog = chosen_in_the_dialog(qtbot, insider_day, tmp_path)
    assert dialog.clock_box.isVisibleTo(dialog)
    assert "10 menit 20 detik lebih lambat" in dialog.clock_verdicts.text()
    assert not dialog.correct_clock.isChecked() and not dialog.keep_clock.isChecked()
    assert not dialog.merge_button.isEnabled()
    assert not Checkin.select().where(Checkin.person == friend.id).exists()
    dialog.keep_clock.click()
    assert dialog.merge_button.isEnabled()


@pytest.mark.parametrize("hr_target", ["sqlite"], indirect=True)
def test_a_fresh_file_from_a_clock_that_agrees_merges_without_a_question(
    qtbot, insider_day, tmp_path
):
    hr, friend = insider_day[0], insider_day[3]
    hr.stations.clock.at = at("07:40:20")  # ten seconds after the gate's export, by its clock
    dialog = chosen_in_the_dialog(qtbot, insider_day, tmp_path)
    assert not dialog.clock_box.isVisibleTo(dialog)
    dialog.merge_button.click()
    assert Checkin.get(Checkin.person == friend.id).at == at("07:40:00")


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


@pytest.mark.parametrize("hr_target", ["sqlite"], indirect=True)
def test_a_second_merge_cannot_start_while_one_runs_and_the_first_report_is_shown(
    qtbot, insider_day, tmp_path
):
    """Files chosen again while a merge runs were checked and Gabungkan came back on: a second
    merge then started beside the first, whose report (its conflicts and corrections) was
    dropped unseen."""
    from tests.ui.held_pool import HeldPool

    hr, event, text, friend, *_ = insider_day
    export = tmp_path / "gerbang2.json"
    export.write_text(text, encoding="utf-8")
    pool = HeldPool()
    window = MainWindow(hr, open_settings(), pool)
    qtbot.addWidget(window)
    window.switch_event(event.id)
    pool.run()
    window.merge_station_files()
    dialog = window.merge_dialog
    dialog.set_paths([export])
    pool.run()
    dialog.correct_clock.click()
    dialog.merge_button.click()
    merging = pool.jobs.pop()
    dialog.set_paths([export])  # chosen again while the merge runs
    pool.run()  # the new files' clock check answers first, and HR chooses again
    dialog.keep_clock.click()
    dialog.merge_button.click()
    assert not pool.jobs  # no second merge
    merging()
    assert "waktu kehadiran dikoreksi" in dialog.summary.toPlainText()
    assert Checkin.get(Checkin.person == friend.id).time_source == "corrected"


@pytest.mark.parametrize("later", ["00:02:00", "00:05:00"])
@pytest.mark.parametrize("hr_target", ["sqlite"], indirect=True)
def test_the_merge_corrects_by_the_offset_hr_was_shown_however_long_they_took_to_choose(
    qtbot, insider_day, tmp_path, later
):
    """HR was shown 10 min 20 s and chose Koreksi; the merge measured again when Gabungkan
    was pressed. Two minutes of reading made the friend two minutes later; five minutes took
    the file past the 15 minutes after which it is not compared, and it went in uncorrected."""
    hr, friend = insider_day[0], insider_day[3]
    dialog = chosen_in_the_dialog(qtbot, insider_day, tmp_path)
    assert "10 menit 20 detik lebih lambat" in dialog.clock_verdicts.text()
    dialog.correct_clock.click()
    hours, minutes, seconds = (int(part) for part in later.split(":"))
    hr.stations.clock.at += timedelta(hours=hours, minutes=minutes, seconds=seconds)
    dialog.merge_button.click()
    row = Checkin.get(Checkin.person == friend.id)
    assert (row.at, row.time_source) == (at("07:50:20"), "corrected")


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
