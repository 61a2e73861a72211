"""Composition root: paths, settings, store, services and the main window, built once."""

from __future__ import annotations

import gc
import logging
import os
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app import APP_ID, APP_NAME, ORGANIZATION_DOMAIN, ORGANIZATION_NAME, __version__
from app.app_log import start_logging
from app.core.clock import SystemClock
from app.core.locale_format import choose_language
from app.paths import DB_ENV, data_dir, default_database_url, resource
from app.services.container import Services
from app.services.damaged_restore import (
    RestoredOverDamaged,
    backup_needs_pin,
    restore_over_damaged,
)
from app.services.journal_service import JournalService
from app.services.safety_service import Refused
from app.settings import DATABASE_URL, LANGUAGE, STATION_NAME, Settings
from app.store.database import describe, is_server_url, sqlite_path
from app.store.integrity import DatabaseDamaged, newest_backup
from app.store.journal import journal_path
from app.store.station_cache import StationCache, cache_path
from app.store.station_lock import StationLock
from app.store.store import Store
from app.ui import error_hook
from app.ui.i18n import install_language
from app.ui.refusals import refusal_text
from app.ui.slide_rendering import load_bundled_fonts

QUIT_WHEN_SHOWN_ENV = "NETRA_QUIT_WHEN_SHOWN"
UI_FONT_FAMILY = "Noto Sans"  # bundled: the same letters, and so the same layouts, everywhere
SMOKE_SETTLE_MS = 1_500  # long enough for the first paints and the first count poll


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setOrganizationName(ORGANIZATION_NAME)
    QApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    # Qt's own file dialogs speak the UI's language; the system's follow Windows or GNOME.
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    application = QApplication(argv or sys.argv or [APP_ID])
    # Before the first window: registering fonts later re-lays out every widget mid-session.
    if UI_FONT_FAMILY in load_bundled_fonts():
        font = QFont(application.font())
        font.setFamily(UI_FONT_FAMILY)
        application.setFont(font)
    application.setWindowIcon(QIcon(str(resource("icons", "netra.svg"))))
    application.setStyleSheet(style_sheet())
    return application


def style_sheet() -> str:
    """netra.qss with its icon folder filled in (a style sheet's url() has no other base)."""
    icons = resource("icons").as_posix()
    return resource("styles", "netra.qss").read_text("utf-8").replace("@ICONS@", icons)


def open_settings() -> Settings:
    path = data_dir() / "settings.ini"
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def save_screen_and_quit(application: QApplication, window: QWidget, path: Path) -> None:
    """The smoke run's proof: the whole screen as the X server shows it, then exit."""
    screen = window.screen()
    saved = screen.grabWindow(0).save(str(path))
    print(f"screenshot {path}" if saved else f"screenshot failed: {path}", flush=True)
    application.exit(0 if saved else 1)


def run_gui(
    db: str | None = None, station: str | None = None, smoke_screenshot: Path | None = None
) -> int:
    application = create_application()
    log_file = start_logging(data_dir())
    error_hook.install(log_file)
    settings = open_settings()
    install_language(choose_language(settings.get(LANGUAGE), QLocale.system().name()))
    target = db or os.environ.get(DB_ENV) or settings.get(DATABASE_URL) or default_database_url()
    if not may_open(target):
        return 1
    try:
        try:
            store = Store(target)
        except DatabaseDamaged as damaged:
            if not restored_newest_backup(sqlite_path(target), str(damaged)):
                return 1
            store = Store(target)
    except Exception as error:
        logging.getLogger("netra.gui").exception("database could not be opened")
        message = QCoreApplication.translate("Bootstrap", "Basis data tidak dapat dibuka:")
        QMessageBox.critical(None, APP_NAME, f"{message}\n{describe(target)}\n\n{error}")
        if is_server_url(target):
            from app.ui.dialogs.database_dialog import DatabaseDialog

            DatabaseDialog(settings).exec()
        return 1
    error_hook.install(log_file, store.trouble_message)
    # A gate on the shared server keeps its own copy, to keep scanning if the server is lost.
    cache = StationCache(cache_path(data_dir(), target)) if store.is_shared_server else None
    services = Services.build(
        store, actor="operator", station=station or settings.get(STATION_NAME), cache=cache
    )
    if store.is_sqlite:
        merge_waiting_journal(services, sqlite_path(target))
    logging.getLogger("netra.gui").info("started %s on %s", __version__, store.description)
    from app.ui.main_window import MainWindow

    window = MainWindow(services, settings)
    window.show()
    claim = StationLock(sqlite_path(target), services.station) if store.is_sqlite else None
    # Everything built so far lives until the end: keep it out of the garbage collector's
    # full passes, which would otherwise pause the UI thread for tens of milliseconds.
    gc.freeze()
    if smoke_screenshot is not None:
        QTimer.singleShot(
            SMOKE_SETTLE_MS, lambda: save_screen_and_quit(application, window, smoke_screenshot)
        )
    elif os.environ.get(QUIT_WHEN_SHOWN_ENV):
        # Startup benchmark: report once the first frame is painted, then leave.
        QTimer.singleShot(0, lambda: (print("shown", flush=True), application.quit()))
    try:
        return application.exec()
    finally:
        store.close()
        if cache is not None:
            cache.close()
        if claim is not None:
            claim.release()


def may_open(target: str) -> bool:
    """A SQLite file that is not there is made only when the user says so: at the first
    start, or after the file was deleted (then restoring a backup is the better way)."""
    if is_server_url(target) or sqlite_path(target).exists():
        return True
    question = QCoreApplication.translate(
        "Bootstrap",
        "Basis data belum ada di:\n{path}\n\nBuat basis data baru yang kosong? Jika berkas "
        "itu terhapus atau dipindah, pilih Tidak, lalu pulihkan cadangan dengan: netra restore "
        "BERKAS_CADANGAN --db {path}",
    ).format(path=sqlite_path(target))
    answer = QMessageBox.question(None, APP_NAME, question)
    return answer == QMessageBox.StandardButton.Yes


def restored_newest_backup(path: Path, damage: str) -> bool:
    """A damaged file at start: offer the newest backup in its place (the damaged file is
    kept aside); without a backup, say what is wrong and stop."""
    newest = newest_backup(path)
    if newest is None:
        QMessageBox.critical(None, APP_NAME, damage)
        return False
    question = QCoreApplication.translate(
        "Bootstrap",
        "{damage}\n\nPulihkan cadangan terbaru {backup}? Berkas yang rusak disimpan terpisah.",
    ).format(damage=damage, backup=newest)
    if QMessageBox.question(None, APP_NAME, question) != QMessageBox.StandardButton.Yes:
        return False
    clock = SystemClock()
    needs_pin = backup_needs_pin(newest, clock)
    prompt = QCoreApplication.translate(
        "Bootstrap", "PIN admin yang berlaku saat cadangan {backup} dibuat:"
    ).format(backup=newest.name)
    while True:
        pin = ""
        if needs_pin:
            pin, given = QInputDialog.getText(None, APP_NAME, prompt, QLineEdit.EchoMode.Password)
            if not given:
                return False
        outcome = restore_over_damaged(path, newest, pin, clock, "operator")
        if isinstance(outcome, RestoredOverDamaged):
            return True
        if isinstance(outcome, Refused):
            QMessageBox.critical(None, APP_NAME, outcome.message)
            return False
        prompt = QCoreApplication.translate(
            "Bootstrap", "PIN admin ditolak. PIN admin yang berlaku saat cadangan {backup} dibuat:"
        ).format(backup=newest.name)


def admin_pin_given(services: Services) -> bool:
    from app.ui.dialogs.admin_pin_dialog import AdminPinDialog

    purpose = QCoreApplication.translate(
        "Bootstrap", "Stasiun terkunci. Menggabungkan jurnal memerlukan PIN admin."
    )
    dialog = AdminPinDialog(services.admin_pins, purpose)
    return dialog.exec() == QDialog.DialogCode.Accepted


def merge_waiting_journal(services: Services, database: Path) -> None:
    """Scans kept while the database was gone wait in a journal beside it: offer to merge
    them now; a merged journal is renamed so it is not offered again. A journal is a plain
    file anyone could have written, so on a locked station merging needs the admin PIN."""
    waiting = journal_path(database)
    if not waiting.exists():
        return
    question = QCoreApplication.translate(
        "Bootstrap",
        "Ada jurnal pemindaian dari saat basis data hilang:\n{file}\n\nGabungkan sekarang? "
        "Setiap pindaian diputuskan lagi dengan aturan gerbang; yang sudah tercatat tidak ganda.",
    ).format(file=waiting)
    if QMessageBox.question(None, APP_NAME, question) != QMessageBox.StandardButton.Yes:
        return
    if services.station_lock.locked_stations() and not admin_pin_given(services):
        return
    report = JournalService(services.store, actor="operator").merge(waiting)
    if isinstance(report, str):
        QMessageBox.warning(None, APP_NAME, refusal_text(report))
        return
    waiting.replace(waiting.with_name(f"{waiting.name}.digabung-{datetime.now():%Y%m%d-%H%M%S}"))
    QMessageBox.information(None, APP_NAME, "\n".join(report.lines(waiting.name, refusal_text)))
