"""Anchors of the audit chain (see ``app.core.anchor``): made when a report is printed, a
backup or a laporan is made, and checked later against the database."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.core.anchor import (
    Anchor,
    anchor_from_details,
    chain_problem,
    make_anchor,
    read_claim,
    signature_problem,
)
from app.core.clock import Clock
from app.reports.anchor_stamp import anchor_text_of_pdf
from app.services.auditor import Auditor
from app.store.store import Store

ANCHOR_ACTION = "anchor.make"


@dataclass(frozen=True)
class AnchorCheck:
    code: str
    entries: int
    problem: str | None  # Indonesian; None when the database holds what was anchored
    anchor: Anchor | None  # the full signed anchor, when the code carried it

    @property
    def holds(self) -> bool:
        return self.problem is None


class AnchorService:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)

    def make(self, reason: str, organisation_id: int | None = None) -> Anchor:
        """Anchor the chain's head now; nothing new since the last anchor reuses it."""
        with self.store.write():
            self.store.audit.lock_chain(self.store.db)
            count, last = self.store.audit.head()
            if last is not None and last.action == ANCHOR_ACTION:
                return anchor_from_details(json.loads(last.body)["details"])
            organisation = organisation_id or self.store.events.first_organisation_id()
            private = self.store.keys.active_private_key(organisation) if organisation else None
            anchor = make_anchor(
                last, count, self.store.audit.record_counts(), self.clock.now(), reason, private
            )
            self.audit.record(ANCHOR_ACTION, "audit_log", count, None, asdict(anchor))
        return anchor

    def verify(self, given: str) -> AnchorCheck:
        """``given``: the short code, the full anchor, or a PDF file that carries one."""
        text = given
        path = Path(given)
        if path.suffix.casefold() == ".pdf":
            found = anchor_text_of_pdf(path)
            if found is None:
                return AnchorCheck(given, 0, f"{path}: tidak dapat dibaca sebagai PDF", None)
            text = found
        claim = read_claim(text)
        if claim is None:
            return AnchorCheck(given, 0, f"{given}: tidak ada kode jangkar yang terbaca", None)
        code = claim.anchor.code if claim.anchor else given.strip()
        problem = None
        if claim.anchor is not None:
            public = self.store.keys.public_key_with_id(claim.anchor.key_id)
            problem = signature_problem(claim.anchor, public)
        problem = problem or chain_problem(self.store.audit.all_entries(), claim)
        return AnchorCheck(code, claim.entries, problem, claim.anchor)
