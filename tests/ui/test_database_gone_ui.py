"""The gate and the status bar say in red that the database file is gone, and a badge
shown then is never green."""

import random

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.bootstrap import restored_newest_backup
from app.services.container import Services
from app.store.integrity import DatabaseDamaged
from app.store.store import Store
from app.ui.widgets.result_panel import PanelState
from benchmarks.frameset import background
from tests.cli.test_database_damage_cli import overwrite_middle
from tests.ui.test_gerbang_view import Gate, checkins_of


def remove_database(path):
    for leftover in (path, path.with_name(path.name + "-wal")):
        leftover.unlink(missing_ok=True)


def test_gate_shows_red_and_no_green_once_the_database_file_is_deleted(
    qtbot, demo, tmp_path, db_path
):
    gate = Gate(qtbot, demo, tmp_path)
    person = gate.absent[0]
    empty = background(random.Random(2), 640, 480)
    gate.images[:] = [empty] * 3 + [gate.frame(person)] * 40 + [empty] * 5
    remove_database(db_path)
    gate.show()
    gate.wait_results(1)
    assert gate.view.panel.state is PanelState.RED
    assert gate.view.panel.headline.text() == "TIDAK TERCATAT"
    assert "Basis data hilang atau diganti" in gate.view.panel.notice_label.text()
    qtbot.waitUntil(lambda: gate.view.offline_banner.isVisible(), timeout=5_000)
    assert gate.view.offline_banner.text().startswith("TIDAK TERCATAT — berkas basis data")
    assert checkins_of(person) == 0


def test_status_bar_says_the_database_is_gone_without_any_scan(window, db_path, qtbot):
    remove_database(db_path)
    qtbot.waitUntil(lambda: window.link_label.isVisible(), timeout=10_000)
    assert window.link_label.text() == "BASIS DATA HILANG/RUSAK — pemindaian dihentikan"
    assert "hilang, dipindah atau diganti" in window.link_label.toolTip()


def test_a_damaged_file_at_start_gives_way_to_the_newest_backup_when_asked(
    qtbot, monkeypatch, tmp_path
):
    db = tmp_path / "netra.sqlite3"
    store = Store(str(db))
    services = Services.build(store)
    services.demo.ensure_demo(300)
    services.safety.backup(tmp_path / "cadangan" / "pagi.sqlite3")
    store.close()
    overwrite_middle(db)
    with pytest.raises(DatabaseDamaged) as damaged:
        Store(str(db))
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question",
        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )  # fmt: skip
    assert restored_newest_backup(db, str(damaged.value))
    assert "pagi.sqlite3" in asked[0] and "rusak" in asked[0]
    reopened = Store(str(db))
    assert Services.build(reopened).events.list_events()
    reopened.close()
    assert list(tmp_path.glob("netra-rusak-*.sqlite3"))


def test_a_damaged_file_is_replaced_only_with_the_admin_pin_its_backup_holds(
    qtbot, monkeypatch, tmp_path
):
    db = tmp_path / "netra.sqlite3"
    store = Store(str(db))
    services = Services.build(store)
    services.demo.ensure_demo(100)
    services.admin_pins.set_pin("246810")
    services.safety.backup(tmp_path / "cadangan" / "pagi.sqlite3")
    store.close()
    overwrite_middle(db)
    damaged_bytes = db.read_bytes()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes
    )  # fmt: skip
    typed = iter([("000000", True), ("", False)])
    prompts = []
    monkeypatch.setattr(
        QInputDialog, "getText",
        lambda parent, title, text, mode: prompts.append(text) or next(typed),
    )  # fmt: skip
    assert not restored_newest_backup(db, "rusak")  # a wrong PIN, then cancelled
    assert db.read_bytes() == damaged_bytes
    assert "pagi.sqlite3" in prompts[0] and prompts[1].startswith("PIN admin ditolak")
    typed = iter([("246810", True)])
    assert restored_newest_backup(db, "rusak")
    reopened = Store(str(db))
    assert Services.build(reopened).safety.verify_audit().intact
    reopened.close()


def test_an_unexpected_full_disk_anywhere_in_the_gui_says_disk_penuh_and_the_folder(
    qtbot, store, db_path, isolated_data_dir, monkeypatch
):
    import logging
    import sqlite3
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.app_log import start_logging
    from app.ui import error_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_hook.install(start_logging(isolated_data_dir), store.trouble_message)
    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError:
        sys.excepthook(*sys.exc_info())
    [message] = seen
    assert message.startswith(f"disk penuh di folder {db_path.parent}")
    assert "OperationalError" not in message
    for handler in logging.getLogger("netra").handlers[:]:
        logging.getLogger("netra").removeHandler(handler)
        handler.close()


def test_background_work_that_fails_reports_no_exception_class_name(qtbot, store, db_path):
    import sqlite3

    from app.ui.workers.task_runner import TaskRunner

    runner = TaskRunner(store)
    failures = []
    runner.failed.connect(lambda name, message: failures.append(message))

    def unexpected():
        raise KeyError("kolom")

    def damaged():
        raise sqlite3.DatabaseError("database disk image is malformed")

    runner.run("satu", unexpected)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5_000)
    runner.run("dua", damaged)
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=5_000)
    assert "log aplikasi" in failures[0] and "KeyError" not in failures[0]
    assert failures[1].startswith(f"basis data {db_path} rusak")
    assert "DatabaseError" not in failures[1]


def test_the_gui_makes_a_database_only_after_asking(qtbot, monkeypatch, db_path):
    from app.bootstrap import may_open

    asked = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(
        QMessageBox, "question",
        lambda parent, title, text: asked.append(text) or answer[0],
    )  # fmt: skip
    assert not may_open(str(db_path))
    assert str(db_path) in asked[0] and "netra restore" in asked[0]
    answer[0] = QMessageBox.StandardButton.Yes
    assert may_open(str(db_path))
    Store(str(db_path)).close()
    assert may_open(str(db_path)) and len(asked) == 2  # an existing file is not asked about


def test_a_journal_waiting_at_start_is_offered_merged_and_not_offered_again(
    qtbot, monkeypatch, demo, db_path
):
    from dataclasses import asdict

    from app.bootstrap import merge_waiting_journal
    from app.core.checkin import Method
    from app.core.journal_seal import journal_message
    from app.store import journal

    event = demo.events.list_events()[0]
    person = next(
        p for p in demo.store.people.expected_people(event.id)
        if demo.store.checkins.prior_checkin(event.id, p.id) is None
    )  # fmt: skip
    token = demo.badges.token_for(event.organisation_id, person)
    line = {"kind": "scan", "event_id": event.id, "raw": token, "method": Method.CAMERA.value,
            "station": "Gerbang 2", "at": "2024-10-01T07:10:00"}  # fmt: skip
    seal = demo.enrolment.key.seal(journal_message(line))  # as the station writes it
    journal.append(journal.journal_path(db_path), {**line, "seal": asdict(seal)})
    shown = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    merge_waiting_journal(demo, db_path)
    assert shown == [f"Jurnal {db_path.name}.jurnal.jsonl digabung: 1 tercatat."]
    assert checkins_of(person) == 1
    assert not journal.journal_path(db_path).exists()
    merge_waiting_journal(demo, db_path)
    assert len(shown) == 1


def test_a_journal_planted_beside_a_locked_station_is_not_merged_without_the_admin_pin(
    qtbot, monkeypatch, demo, db_path
):
    from app.bootstrap import merge_waiting_journal
    from app.core.checkin import Method
    from app.store import journal
    from app.ui.dialogs.admin_pin_dialog import AdminPinDialog

    event = demo.events.list_events()[0]
    person = next(
        p for p in demo.store.people.expected_people(event.id)
        if demo.store.checkins.prior_checkin(event.id, p.id) is None
    )  # fmt: skip
    demo.admin_pins.set_pin("482915")
    assert demo.station_lock.lock("Gerbang 1")
    journal.append(
        journal.journal_path(db_path),
        {"kind": "admit", "event_id": event.id, "person_id": person.id,
         "method": Method.CAMERA.value, "station": "Gerbang 1", "at": "2024-10-01T07:01:00"},
    )  # fmt: skip
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: QMessageBox.StandardButton.Yes
    )
    asked = []
    monkeypatch.setattr(AdminPinDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    merge_waiting_journal(demo, db_path)
    assert len(asked) == 1 and checkins_of(person) == 0
    assert journal.journal_path(db_path).exists()  # still waiting for someone with the PIN


def test_a_merged_journal_is_reported_in_english_with_a_planted_line_refused(
    qtbot, monkeypatch, demo, db_path
):
    from dataclasses import asdict

    from app.bootstrap import merge_waiting_journal
    from app.core.checkin import Method
    from app.core.journal_seal import journal_message
    from app.core.locale_format import Language
    from app.store import journal
    from app.ui.i18n import install_language

    event = demo.events.list_events()[0]
    absent = [
        p for p in demo.store.people.expected_people(event.id)
        if demo.store.checkins.prior_checkin(event.id, p.id) is None
    ]  # fmt: skip
    for person, signed in ((absent[0], True), (absent[1], False)):
        line = {"kind": "scan", "event_id": event.id, "method": Method.CAMERA.value,
                "raw": demo.badges.token_for(event.organisation_id, person),
                "station": "Gerbang 2", "at": "2024-10-01T07:10:00"}  # fmt: skip
        seal = demo.enrolment.key.seal(journal_message(line)) if signed else None
        journal.append(journal.journal_path(db_path), {**line, "seal": seal and asdict(seal)})
    shown = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    assert install_language(Language.ENGLISH)
    try:
        merge_waiting_journal(demo, db_path)
    finally:
        install_language(Language.INDONESIAN)
    assert shown == [
        f"Journal {db_path.name}.jurnal.jsonl merged: 1 recorded.\n"
        "line 2: no station signature; not merged"
    ]
    assert checkins_of(absent[0]) == 1 and checkins_of(absent[1]) == 0


def test_the_gate_says_in_english_that_the_database_file_is_gone(qtbot, demo, tmp_path, db_path):
    from app.core.locale_format import Language
    from app.ui.i18n import install_language

    assert install_language(Language.ENGLISH)
    try:
        gate = Gate(qtbot, demo, tmp_path)
        person = gate.absent[0]
        empty = background(random.Random(2), 640, 480)
        gate.images[:] = [empty] * 3 + [gate.frame(person)] * 40 + [empty] * 5
        remove_database(db_path)
        gate.show()
        gate.wait_results(1)
        assert gate.view.panel.notice_label.text().startswith(
            "Database gone or replaced. Kept in the journal "
        )
        qtbot.waitUntil(lambda: gate.view.offline_banner.isVisible(), timeout=5_000)
        assert gate.view.offline_banner.text() == (
            f"NOT RECORDED — the database file {db_path} is gone, moved or replaced; scanning "
            "stopped and nothing was recorded. The next scans are kept in a journal beside the "
            "database; close Netra, then merge that journal (netra jurnal gabung FILE)"
        )
    finally:
        install_language(Language.INDONESIAN)
    assert checkins_of(person) == 0
