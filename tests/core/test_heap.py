import gc
import threading

from app.core.heap import collector_paused


def test_collector_is_off_while_a_job_builds_and_back_on_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_jobs_turn_it_back_on_only_when_the_last_one_ends():
    first_inside, first_may_end, second_ended = threading.Event(), threading.Event(), []

    def first_job():
        with collector_paused():
            first_inside.set()
            first_may_end.wait(5)

    worker = threading.Thread(target=first_job)
    worker.start()
    first_inside.wait(5)
    with collector_paused():
        pass
    second_ended.append(gc.isenabled())
    first_may_end.set()
    worker.join(5)
    assert second_ended == [False] and gc.isenabled()


def test_a_collector_turned_off_by_someone_else_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failing_job_still_turns_it_back_on():
    try:
        with collector_paused():
            raise OSError("disk full")
    except OSError:
        pass
    assert gc.isenabled()


def test_a_job_marked_with_it_runs_with_the_collector_off_each_time():
    @collector_paused()
    def job() -> bool:
        return gc.isenabled()

    assert job() is False and job() is False
    assert gc.isenabled()
