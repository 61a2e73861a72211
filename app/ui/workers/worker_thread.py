"""A long-lived worker object on its own named ``QThread``, started and stopped cleanly."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread


class WorkerThread:
    def __init__(self, worker: QObject, name: str) -> None:
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName(name)
        worker.moveToThread(self.thread)

    def start(self) -> None:
        self.thread.start()

    def stop(self, wait_ms: int = 5000) -> None:
        """Leave the thread's event loop and wait for it (a running loop must end by itself)."""
        self.thread.quit()
        self.thread.wait(wait_ms)
