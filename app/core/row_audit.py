"""Rows a report or a decision reads (people, events with their late time, who is expected
at each event, absences, pakta signatures on screen and on paper, keys, stations), held
against the digests the audit trail recorded for them.

Each audited change stores, in its entry, a digest of every covered row it left behind
(``rows``: table -> key -> digest). Replaying the chain gives the digest each row must have
now; a row changed, added or deleted behind the application's back shows up by name. Rows
made by earlier versions, which no entry covers, are counted apart.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time

from app.core.audit_chain import AuditEntry

TABLE_LABELS = {
    "person": "orang",
    "event": "acara",
    "moments": "sesi acara",
    "absences": "ketidakhadiran (izin/sakit/dinas) acara",
    "pakta_signature": "tanda tangan pakta",
    "keys": "kunci instansi",
    "station": "stasiun",
    "attendees": "daftar peserta yang wajib hadir di acara",
    "pakta_paper_page": "halaman pakta kertas",
}
# An event's list is covered from the first entry that records it (from this version on,
# the event's creation records its empty list); an event whose list no entry records was
# made by an earlier version.
COVERED_FROM_FIRST_RECORD = {"attendees"}


ADDED_OUTSIDE = "tidak tercatat di jejak audit (ditambahkan di luar aplikasi)"


@dataclass(frozen=True)
class RowFinding:
    table: str
    key: str
    reason: str  # Indonesian, for the user

    def describe(self) -> str:
        return f"{TABLE_LABELS.get(self.table, self.table)} {self.key}: {self.reason}"


@dataclass
class RowSummary:
    findings: list[RowFinding]
    before_coverage: int = 0


def _plain(value: object) -> str:
    """One text per value whatever the database driver returns (bytes, memoryview, ...)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def row_digest(columns: dict[str, object]) -> str:
    text = json.dumps(columns, sort_keys=True, ensure_ascii=False, default=_plain)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def audited_digests(entries: list[AuditEntry]) -> dict[str, dict[str, str | None]]:
    """The digest each covered row must have after the last entry (None: deleted)."""
    audited: dict[str, dict[str, str | None]] = {}
    for entry in entries:
        if '"rows"' not in entry.body:
            continue
        for table, rows in json.loads(entry.body).get("rows", {}).items():
            audited.setdefault(table, {}).update(rows)
    return audited


def row_findings(
    entries: list[AuditEntry], current: dict[str, dict[str, str]], first_new: dict[str, int]
) -> RowSummary:
    """``first_new``: per table, the first numeric key made after coverage began."""
    audited = audited_digests(entries)
    summary = RowSummary([])
    for table, rows in current.items():
        expected_rows = audited.get(table, {})
        for key, digest in rows.items():
            if key not in expected_rows:
                if table in COVERED_FROM_FIRST_RECORD or (
                    key.isdigit() and int(key) < first_new.get(table, 0)
                ):
                    summary.before_coverage += 1
                else:
                    summary.findings.append(RowFinding(table, key, ADDED_OUTSIDE))
            elif expected_rows[key] != digest:
                summary.findings.append(RowFinding(table, key, "diubah di luar aplikasi"))
        for key, expected in expected_rows.items():
            if expected is not None and key not in rows:
                summary.findings.append(RowFinding(table, key, "dihapus di luar aplikasi"))
    return summary
