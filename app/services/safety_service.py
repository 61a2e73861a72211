"""Backups and the audit trail's integrity: what an inspector or Bawaslu may ask for later."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core import refusals
from app.core.audit_chain import AuditEntry, ChainBreak, find_breaks
from app.core.checkin_audit import CheckinMismatch, checkin_mismatches
from app.core.clock import Clock
from app.core.refusals import Refusal
from app.core.row_audit import RowFinding, row_findings
from app.core.seal_audit import EventRows, SealFinding, check_seals
from app.services.anchor_service import AnchorService
from app.services.auditor import Auditor
from app.services.enrolment_service import EnrolmentService
from app.services.record_sealer import event_key
from app.store import backup, integrity, row_digests
from app.store.store import Store

UNREADABLE = "entri ini rusak: isinya tidak terbaca lagi (berkas basis data rusak atau diubah)"


def readable(entry: AuditEntry) -> bool:
    """Whether an entry's time and content can still be read (bytes overwritten make
    them garbage that no check could use)."""
    if not isinstance(entry.at, datetime):
        return False
    try:
        return isinstance(json.loads(entry.body), dict)
    except ValueError:
        return False


@dataclass(frozen=True)
class AuditReport:
    entries: int
    event_entries: int
    breaks: list[ChainBreak]
    checkins: list[CheckinMismatch]
    seals: list[SealFinding]
    sealed: int  # rows whose station seal holds
    before_signatures: int  # rows made by earlier versions, with no seal or digest to check
    rows: list[RowFinding]  # people, events, absences, pakta, keys, stations

    @property
    def intact(self) -> bool:
        return not self.breaks and not self.checkins and not self.seals and not self.rows


@dataclass(frozen=True)
class Done:
    path: Path


@dataclass(frozen=True)
class Refused:
    """A backup or restore refused; ``message`` is a coded refusal where it has one."""

    message: str


class SafetyService:
    def __init__(
        self, store: Store, clock: Clock, actor: str, enrolment: EnrolmentService,
        anchors: AnchorService,
    ) -> None:  # fmt: skip
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)
        self.enrolment = enrolment
        self.anchors = anchors

    def verify_audit(self, event_id: int | None = None) -> AuditReport:
        """Walk the whole chain, hold every check-in row against the entries that recorded
        it, and every check-in and scan attempt against the seal of the station that wrote
        it; with an event, count and report only that event's problems."""
        entries = self.store.audit.all_entries()
        sound = [entry for entry in entries if readable(entry)]
        damaged = [ChainBreak(entry, UNREADABLE) for entry in entries if not readable(entry)]
        breaks = sorted(damaged + find_breaks(sound), key=lambda b: b.entry.id)
        mismatches = checkin_mismatches(sound, self.store.checkins.stored_checkins())
        events = [
            e for e in self.store.events.list_events() if event_id is None or e.id == event_id
        ]
        seals = check_seals(
            [
                EventRows(e.id, event_key(self.store, e), self.store.station.sealed_checkins(e.id),
                          self.store.station.sealed_scans(e.id))
                for e in events if e.id is not None
            ],
            self.enrolment.checker(),
            self.store.enrolment.signing_start(),
        )  # fmt: skip
        rows = row_findings(
            sound, row_digests.current_rows(), self.store.enrolment.coverage_start()
        )
        if event_id is not None:
            breaks = [b for b in breaks if b.entry.event_id in (event_id, None)]
            mismatches = [m for m in mismatches if m.event_id == event_id]
        mine = sum(1 for e in entries if event_id is None or e.event_id == event_id)
        return AuditReport(
            len(entries), mine, breaks, mismatches, seals.findings, seals.sealed,
            seals.before_signatures + rows.before_coverage, rows.findings,
        )  # fmt: skip

    def record_setting(self, key: str, value: object) -> None:
        """Settings live outside the database (per station); their changes are audited here."""
        with self.store.write():
            self.audit.record("settings.change", "setting", key, None, {"value": value})

    def changes_since_last_backup(self) -> int:
        """How many recorded changes no backup holds yet (0 right after a backup)."""
        return self.store.audit.entries_after_last("backup.create")

    def backup(self, target: Path) -> Done | Refused:
        if not self.store.is_sqlite:
            return Refused(refusals.Refused(Refusal.BACKUP_ON_SERVER))
        self.anchors.make("cadangan")  # the backup holds this anchor as its last entry
        try:
            integrity.quick_check(self.store.sqlite)  # a damaged file is not copied as if sound
            backup.backup_to(self.store.sqlite, target)
        except integrity.StoreTrouble as trouble:
            return Refused(trouble.message)
        except (OSError, backup.BackupRefused) as error:
            known = integrity.classify(error, target)
            failed = refusals.Refused(Refusal.BACKUP_NOT_WRITTEN, target=target, error=error)
            return Refused(known.message if known else failed)
        with self.store.write():
            self.audit.record("backup.create", "database", target.name)
        return Done(target)

    def restore(self, source: Path) -> Done | Refused:
        """Check the backup first; keep a copy of what is replaced, so a restore is undoable."""
        if not self.store.is_sqlite:
            return Refused(refusals.Refused(Refusal.RESTORE_ON_SERVER))
        try:
            backup.check_restorable(source)
        except backup.BackupRefused as error:
            return Refused(error.message)
        stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
        previous = Path(self.store.db.database).with_name(f"sebelum-pulih-{stamp}.sqlite3")
        backup.backup_to(self.store.sqlite, previous)
        backup.restore_from(self.store.sqlite, source)
        self.store.restored()  # any station still holding the file stops and says so
        with self.store.write():
            self.audit.record(
                "backup.restore",
                "database",
                source.name,
                details={"previous_saved_as": previous.name},
            )
        return Done(previous)
