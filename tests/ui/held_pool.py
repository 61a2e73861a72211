"""A thread pool that holds its jobs until the test runs them, and a guard that fails a
service method called outside those jobs (that is, on the UI thread)."""

from collections.abc import Callable


class HeldPool:
    """Runs the jobs it was given only when the test says so (``run``), and knows when."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], None]] = []
        self.running = False

    def start(self, job: Callable[[], None]) -> None:
        self.jobs.append(job)

    def waitForDone(self, msecs: int) -> bool:
        self.run()
        return True

    def run(self) -> None:
        while self.jobs:
            job = self.jobs.pop(0)
            self.running = True
            try:
                job()
            finally:
                self.running = False


def only_in_jobs(monkeypatch, pool: HeldPool, service: object, *names: str) -> list[str]:
    """Make each method of ``service`` refuse to run outside the pool's jobs; the calls made
    inside them are listed."""
    called: list[str] = []
    for name in names:
        method = getattr(service, name)

        def guarded(*args, _name=name, _method=method, **kwargs):
            assert pool.running, f"{_name} read on the UI thread"
            called.append(_name)
            return _method(*args, **kwargs)

        monkeypatch.setattr(service, name, guarded)
    return called
