"""Where Netra keeps its data, resolved once.

The folder follows the platform's convention through ``QStandardPaths`` (so the
GUI and the command line agree), and ``NETRA_DATA_DIR`` overrides it for tests,
portable installs and scripts.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from app import APP_ID, ORGANIZATION_NAME

DATA_DIR_ENV = "NETRA_DATA_DIR"
DB_ENV = "NETRA_DB"
DEFAULT_DB_FILE = "netra.sqlite3"


@cache
def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        from PySide6.QtCore import QCoreApplication, QStandardPaths

        QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
        QCoreApplication.setApplicationName(APP_ID)
        location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppLocalDataLocation
        )
        path = Path(location)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    """The database used when neither ``--db`` nor ``NETRA_DB`` names one."""
    return str(data_dir() / DEFAULT_DB_FILE)


def install_root() -> Path:
    """The tree holding ``resources/`` and ``db/``: the checkout, or the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def resource_root() -> Path:
    return install_root() / "resources"


def migrations_dir() -> Path:
    return install_root() / "db" / "migrations"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
