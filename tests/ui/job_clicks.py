"""Clicking a job's Cancel in the middle of the job, as a user would while it runs."""

from PySide6.QtCore import Qt

from app.ui.widgets.job_progress import JobProgress
from app.ui.workers.task_runner import InlinePool


def cancel_midway(qtbot, job: JobProgress, at: int, service: object, name: str) -> None:
    """Make ``service.name`` (called with its keep_going last) click ``job``'s Cancel once
    ``at`` steps are done; the job's runner runs jobs at once, so the click lands mid-job."""
    job.runner.pool = InlinePool()
    real = getattr(service, name)

    def called(*args):
        *given, keep_going = args

        def click_midway(done: int, total: int) -> bool:
            answer = keep_going(done, total)
            if done >= at and job.cancel_button.isEnabled():
                qtbot.mouseClick(job.cancel_button, Qt.MouseButton.LeftButton)
            return answer

        return real(*given, click_midway)

    setattr(service, name, called)
