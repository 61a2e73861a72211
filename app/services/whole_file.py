"""A file a long job writes appears whole or not at all.

The job writes a temporary file beside the target (same folder, so the final rename is
atomic on the same disk); only when it finishes is the target replaced. A job that stops
(cancelled, a full disk, a crash of the writer) leaves the target as it was and no
temporary file behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def part_path(path: Path) -> Path:
    """The temporary file beside ``path`` (hidden, named after it and this process)."""
    return path.with_name(f".{path.name}.{os.getpid()}.part")


@contextmanager
def whole_file(path: Path) -> Iterator[Path]:
    """Yield the path to write; on leaving normally it becomes ``path``, else it is removed."""
    part = part_path(path)
    try:
        yield part
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
