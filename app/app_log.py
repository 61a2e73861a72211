"""The application log: a rotating file in the data folder's ``logs/``.

It holds errors with their tracebacks and the key operations (every audited change, by
action and ids), never names or other personal data: an id is enough to find the rest
in the database, and the log file may travel with a bug report.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "netra.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"


def start_logging(data_folder: Path) -> Path:
    """Log to ``data_folder/logs/netra.log`` (rotated at 1 MB, 5 kept); returns the file."""
    folder = data_folder / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger("netra")
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                      encoding="utf-8", delay=True)  # fmt: skip
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
