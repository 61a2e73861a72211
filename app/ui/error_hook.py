"""What the user sees when something unexpected fails: a short Indonesian message, never
a traceback. The traceback goes to the application log, where support can read it."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("netra.gui")
Trouble = Callable[[BaseException], str | None]


def report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None, log_file: Path,
    trouble: Trouble | None = None,
) -> None:  # fmt: skip
    """The ``sys.excepthook`` of the GUI: log the traceback, tell the user briefly; if the
    database file is the cause (disk full, damaged, gone), say that instead."""
    log.critical("unexpected error", exc_info=(kind, error, trace))
    if QApplication.instance() is None:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorHook", "Terjadi kesalahan"))
    said = trouble(error) if trouble is not None else None
    box.setText(
        said
        or QCoreApplication.translate(
            "ErrorHook",
            "Terjadi kesalahan yang tidak terduga. Kehadiran yang sudah tercatat tetap aman; "
            "coba ulangi langkah terakhir. Rinciannya tersimpan di catatan aplikasi:\n{file}",
        ).format(file=log_file)
    )
    box.exec()


def install(log_file: Path, trouble: Trouble | None = None) -> None:
    """``trouble``: names what is wrong with the database file behind an error, if anything."""
    sys.excepthook = lambda kind, error, trace: report_unexpected(
        kind, error, trace, log_file, trouble
    )
