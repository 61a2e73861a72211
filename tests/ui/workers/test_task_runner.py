"""The task runner: work off the UI thread, answers on it, the newest answer of a name
wins, failures are told without internals, and an injected pool runs work at once."""

import logging
import threading

from PySide6.QtWidgets import QWidget

from app.store.store import Store
from app.ui.workers.task_runner import InlinePool, TaskRunner


def test_work_runs_off_the_ui_thread_and_its_answer_arrives_on_it(qtbot):
    runner = TaskRunner(None)
    ui_thread = threading.get_ident()
    answers = []
    runner.run("read", threading.get_ident, lambda worker: answers.append(
        (worker, threading.get_ident())))  # fmt: skip
    qtbot.waitUntil(lambda: answers != [])
    worker, delivered_on = answers[0]
    assert worker != ui_thread and delivered_on == ui_thread


def test_a_newer_task_of_the_same_name_drops_the_older_answer(qtbot):
    runner = TaskRunner(None)
    release = threading.Event()
    finished = []
    runner.finished.connect(lambda name, answer: finished.append((name, answer)))
    runner.run("search", lambda: release.wait(5) and "lama")
    runner.run("search", lambda: "baru")
    runner.run("other", lambda: "lain")
    qtbot.waitUntil(lambda: ("search", "baru") in finished and ("other", "lain") in finished)
    release.set()
    runner.wait()
    qtbot.wait(50)
    assert sorted(finished) == [("other", "lain"), ("search", "baru")]


def test_a_failing_task_is_logged_and_reported_without_the_exception_name(qtbot, caplog):
    runner = TaskRunner(None)
    failures = []
    runner.failed.connect(lambda name, message: failures.append((name, message)))

    def broken() -> None:
        raise KeyError("kolom_rahasia")

    with caplog.at_level(logging.ERROR):
        runner.run("export", broken)
        qtbot.waitUntil(lambda: failures != [])
    name, message = failures[0]
    assert name == "export" and "log" in message
    assert "KeyError" not in message and "kolom_rahasia" not in message
    assert "kolom_rahasia" in caplog.text


def test_an_injected_inline_pool_answers_before_run_returns(tmp_path):
    store = Store(str(tmp_path / "netra.sqlite3"))
    runner = TaskRunner(store, pool=InlinePool())
    answers = []
    runner.run("count", lambda: store.db.execute_sql("SELECT 1").fetchone()[0], answers.append)
    assert answers == [1]
    assert store.db.is_closed()  # the connection the work opened is closed after it
    store.close()


def test_an_answer_for_a_runner_already_gone_is_dropped(qtbot):
    owner = QWidget()
    runner = TaskRunner(None, owner)
    release = threading.Event()
    answers = []
    runner.run("late", lambda: release.wait(5), answers.append)
    owner.deleteLater()
    qtbot.wait(20)
    release.set()
    qtbot.wait(100)
    assert answers == []
