"""The long-job bar: what it counts, the time left, Cancel, and a job replaced by a newer one."""

import threading

from PySide6.QtCore import Qt, QThreadPool

from app.ui.widgets.job_progress import JobProgress
from app.ui.workers.task_runner import InlinePool, TaskRunner


def bar(qtbot, clock, pool=None) -> JobProgress:
    widget = JobProgress(TaskRunner(None, pool=pool or InlinePool()), clock=clock)
    qtbot.addWidget(widget)
    return widget


def test_count_and_time_left_follow_the_job_and_the_bar_hides_when_done(qtbot):
    now = [100.0]
    job = bar(qtbot, lambda: now[0])
    seen, answers = [], []

    def work(keep_going):
        keep_going(0, 400)
        seen.append((job.count.text(), job.time_left.text(), job.isVisible()))
        now[0] += 10.0  # a quarter done in 10 s: 30 s to go
        keep_going(100, 400)
        seen.append((job.count.text(), job.time_left.text(), job.bar.value()))
        now[0] += 90.0
        keep_going(350, 400)
        seen.append(job.time_left.text())
        return "written"

    job.start("job", "Menulis", "baris", work, answers.append)
    assert seen[0] == ("0 dari 400 baris", "menghitung sisa waktu…", True)
    assert seen[1] == ("100 dari 400 baris", "sisa ± 30 detik", 100)
    assert seen[2] == "sisa ± 14 detik"  # 350 done in 100 s: 50 more take 14 s
    assert answers == ["written"] and job.isHidden() and not job.busy()


def test_reports_come_at_most_every_tenth_of_a_second_but_the_last_always(qtbot):
    now = [0.0]
    job = bar(qtbot, lambda: now[0])
    counts = []
    job.relay.moved.connect(lambda done, total: counts.append(done))

    def work(keep_going):
        for done in range(0, 1001):
            now[0] += 0.001
            keep_going(done, 1000)

    job.start("job", "Menulis", "baris", work, lambda _: None)
    assert len(counts) == 11 and counts[-1] == 1000


def test_cancel_stops_the_job_at_its_next_step(qtbot):
    job = bar(qtbot, lambda: 0.0)
    answers = []

    def work(keep_going):
        for done in range(100):
            if done == 30:
                qtbot.mouseClick(job.cancel_button, Qt.MouseButton.LeftButton)
            if not keep_going(done, 100):
                return f"stopped at {done}"
        return "finished"

    job.start("job", "Menulis", "baris", work, answers.append)
    assert answers == ["stopped at 30"] and job.cancelled and job.isHidden()


def test_a_job_replaced_by_a_newer_one_stops_and_its_answer_is_dropped(qtbot):
    job = bar(qtbot, lambda: 0.0, pool=QThreadPool.globalInstance())
    started, answers = threading.Event(), []

    def slow(keep_going):
        started.set()
        while keep_going(0, 1):
            threading.Event().wait(0.01)
        return "old, stopped"

    job.start("old", "Menulis", "baris", slow, answers.append)
    assert started.wait(5)
    job.start("new", "Menulis", "baris", lambda keep_going: "new", answers.append)
    qtbot.waitUntil(lambda: answers == ["new"], timeout=5000)
    job.runner.wait()
    qtbot.wait(50)
    assert answers == ["new"] and not job.cancelled
