"""Merging back what a station kept in its journal while its database was gone.

Only lines signed by an enrolled station are taken (``app.core.journal_seal``). Each is
replayed through the check-in service at the time it was given, so it is decided by the
same rules as at the gate: a person already recorded earlier stays as
they were (a duplicate), a badge is verified again, and every attempt is logged.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import reduce
from pathlib import Path
from typing import Any

from app.core.checkin import CheckinResult, Guest, Method
from app.core.clock import FixedClock, SystemClock
from app.core.journal_seal import journal_message, seal_of
from app.core.locale_format import number
from app.core.refusals import Refusal, Refused
from app.services.auditor import Auditor
from app.services.checkin_service import CheckinService
from app.services.container import Services
from app.services.event_service import Invalid
from app.store import journal
from app.store.store import Store

OUTCOME_WORDS = {"recorded": Refusal.JOURNAL_RECORDED, "late": Refusal.JOURNAL_LATE,
                 "duplicate": Refusal.JOURNAL_DUPLICATE}  # fmt: skip


@dataclass(frozen=True)
class JournalReport:
    outcomes: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def lines(self, name: str, say: Callable[[str], str] = str) -> list[str]:
        """What merging the journal ``name`` did, then each problem; ``say`` words each
        line (the UI says it in its own language)."""
        parts = [
            Refused(OUTCOME_WORDS.get(outcome, Refusal.JOURNAL_REFUSED), count=number(count),
                    outcome=outcome)
            for outcome, count in sorted(self.outcomes.items())
        ]  # fmt: skip
        counted = reduce(
            lambda first, second: Refused(Refusal.LIST_JOINED, first=first, second=second), parts
        ) if parts else Refused(Refusal.JOURNAL_NO_LINES)  # fmt: skip
        merged = Refused(Refusal.JOURNAL_MERGED, name=name, counted=counted)
        return [say(merged), *(say(problem) for problem in self.problems)]


class JournalService:
    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor
        # The merge is stamped with the wall time it ran at, as every journal line is.
        self.audit = Auditor(store, actor, SystemClock())

    def merge(self, path: Path) -> JournalReport | Refused:
        """Replay every line of the journal at ``path`` that an enrolled station signed;
        a message if it cannot be read. The check-ins name the journal as their operator,
        and the merge itself is an audit entry with the file's SHA-256."""
        entries = journal.read(path)
        if isinstance(entries, str):
            return entries
        clock = FixedClock(datetime.now())
        services = Services.build(self.store, clock, f"{self.actor} (jurnal)")
        checker = services.enrolment.checker()
        report = JournalReport()
        for line, entry in enumerate(entries, start=1):
            refused = checker.problem(seal_of(entry), journal_message(entry))
            if refused is not None:
                report.problems.append(
                    Refused(Refusal.JOURNAL_LINE_REFUSED, line=line, problem=refused)
                )
                continue
            try:
                clock.at = datetime.fromisoformat(str(entry["at"]))
                event_id, station = int(entry["event_id"]), str(entry["station"])
                result = replay(services.checkins, entry, event_id, station)
            except (KeyError, ValueError, TypeError):
                report.problems.append(Refused(Refusal.JOURNAL_LINE_INCOMPLETE, line=line))
                continue
            if isinstance(result, Invalid):
                problems = "; ".join(map(str, result.errors))
                report.problems.append(
                    Refused(Refusal.JOURNAL_LINE_INVALID, line=line, problems=problems)
                )
                continue
            report.outcomes[result.outcome.value] += 1
        with self.store.write():
            self.audit.record(
                "journal.merge",
                "file",
                path.name,
                None,
                {
                    "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                    "lines": len(entries),
                    "outcomes": dict(report.outcomes),
                    "refused": len(report.problems),
                },
                at=datetime.now(),
            )
        return report


def replay(
    checkins: CheckinService, entry: dict[str, Any], event_id: int, station: str
) -> CheckinResult | Invalid:
    """One journal line through the use case the gate called for it."""
    kind, method = entry["kind"], Method(entry["method"])
    # Lines written before moments name none: the moment is the one of their time.
    chosen = entry.get("moment")
    moment = None if chosen is None else int(chosen)
    if kind == "scan":
        return checkins.scan(event_id, str(entry["raw"]), method, station, moment)
    if kind == "walkin":
        return checkins.walk_in(event_id, Guest(**entry["guest"]), station, moment)
    person_id = int(entry["person_id"])
    if kind == "admit":
        return checkins.admit(event_id, person_id, method, station, moment)
    return checkins.manual(event_id, person_id, str(entry["reason"]), station, moment)
