"""Putting a backup in place of a database file that can no longer be read.

The admin PIN lives in the database, so a damaged file cannot check it; restoring without
any check would let anyone who can damage the file (a few bytes overwritten) roll the
records back to an older backup. The rule: the PIN is checked against the admin PIN the
*backup* holds (the PIN that was in force when the backup was made), with the same rules
as at the gate (a deleted or swapped PIN row in the backup is refused). A backup made
before any admin PIN existed needs none. The restore is then an audit entry in the
restored database naming the damaged file kept aside and its SHA-256.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.core.admin_pin import PinCheck
from app.core.clock import Clock
from app.services.auditor import Auditor
from app.services.pin_service import ADMIN, PinService
from app.services.safety_service import Refused
from app.store.backup import BackupRefused, check_restorable, replace_damaged
from app.store.store import Store

ACTION = "backup.restore"


@dataclass(frozen=True)
class RestoredOverDamaged:
    aside: Path  # where the damaged file was kept


def backup_needs_pin(source: Path, clock: Clock) -> bool:
    """Whether the backup holds an admin PIN (or held one whose row was deleted)."""
    with _backup_pins(source, clock) as pins:
        return pins.is_set()


def backup_pin_check(source: Path, pin: str, clock: Clock) -> PinCheck | None:
    """The admin PIN checked against the backup's record; None when it has none. The
    wrong-try count goes into a throw-away copy: nothing readable is left to keep it in."""
    with _backup_pins(source, clock) as pins:
        return pins.check(pin) if pins.is_set() else None


@contextmanager
def _backup_pins(source: Path, clock: Clock) -> Iterator[PinService]:
    """The backup's admin PIN, read from a temporary copy (opening a database migrates it;
    the backup itself stays as it is)."""
    with tempfile.TemporaryDirectory(prefix="netra-pulih-") as folder:
        copy = Path(folder) / "cadangan.sqlite3"
        shutil.copyfile(source, copy)
        store = Store(str(copy))
        try:
            yield PinService(store, clock, "pemulihan", ADMIN)
        finally:
            store.close()


def restore_over_damaged(
    database: Path, source: Path, pin: str, clock: Clock, actor: str
) -> RestoredOverDamaged | Refused | PinCheck:
    try:
        check_restorable(source)
    except BackupRefused as error:
        return Refused(error.message)
    check = backup_pin_check(source, pin, clock)
    if check is not None and not check.accepted:
        return check
    damaged_sha256 = _sha256(database) if database.exists() else None
    aside = replace_damaged(database, source, clock.now().strftime("%Y%m%d-%H%M%S"))
    store = Store(str(database))
    try:
        with store.write():
            Auditor(store, actor, clock).record(
                ACTION,
                "database",
                source.name,
                None,
                {
                    "over_damaged": aside.name,
                    "damaged_sha256": damaged_sha256,
                    "admin_pin": "checked" if check is not None else "none in backup",
                },
            )
    finally:
        store.close()
    return RestoredOverDamaged(aside)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
