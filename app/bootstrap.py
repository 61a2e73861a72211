"""Composition root: paths, settings, store, services and the main window, built once."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_ID, APP_NAME, ORGANIZATION_DOMAIN, ORGANIZATION_NAME, __version__
from app.app_log import start_logging
from app.core.locale_format import choose_language
from app.paths import DB_ENV, data_dir, default_database_url, resource
from app.services.container import Services
from app.settings import DATABASE_URL, LANGUAGE, STATION_NAME, Settings
from app.store.database import describe, is_server_url
from app.store.station_cache import StationCache, cache_path
from app.store.store import Store
from app.ui import error_hook
from app.ui.i18n import install_language
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
    error_hook.install(start_logging(data_dir()))
    settings = open_settings()
    install_language(choose_language(settings.get(LANGUAGE), QLocale.system().name()))
    target = db or os.environ.get(DB_ENV) or settings.get(DATABASE_URL) or default_database_url()
    try:
        store = Store(target)
    except Exception as error:
        logging.getLogger("netra.gui").exception("database could not be opened")
        message = QCoreApplication.translate("Bootstrap", "Basis data tidak dapat dibuka:")
        QMessageBox.critical(None, APP_NAME, f"{message}\n{describe(target)}\n\n{error}")
        if is_server_url(target):
            from app.ui.dialogs.database_dialog import DatabaseDialog

            DatabaseDialog(settings).exec()
        return 1
    # A gate on the shared server keeps its own copy, to keep scanning if the server is lost.
    cache = StationCache(cache_path(data_dir(), target)) if store.is_shared_server else None
    services = Services.build(
        store, actor="operator", station=station or settings.get(STATION_NAME), cache=cache
    )
    logging.getLogger("netra.gui").info("started %s on %s", __version__, store.description)
    from app.ui.main_window import MainWindow

    window = MainWindow(services, settings)
    window.show()
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
