"""Reading one scanned page of pakta paper: check its QR against the organisation's key, the
event, the text version and the people expected; decide the box; store it beside its person.

Each stored page is its own transaction with its audit entry, so a scan stopped halfway
keeps what it read. Only an empty (or stray-marked) sheet is ever replaced, by a signed one;
so nobody is counted twice and a second run over the same pages changes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.clock import Clock
from app.core.events import Event
from app.core.pakta_paper import (
    PAGE_OUTCOME_TEXT,
    STORED_OUTCOMES,
    VERDICT_TEXT,
    BoxVerdict,
    NewPage,
    PageOutcome,
    decide_box,
)
from app.core.pakta_sheet_token import SheetReject, verify_sheet_token
from app.core.people import Person
from app.core.refusals import Refusal, Refused
from app.reports.pakta_sheets_pdf import COVER_PREFIX
from app.scanning.pakta_page import read_sheet
from app.scanning.scan_pages import ScanPage
from app.services.auditor import Auditor
from app.store.store import Store


@dataclass(frozen=True)
class PageResult:
    number: int
    label: str
    outcome: PageOutcome
    person: str = ""  # name, once the QR named someone
    person_id: int = 0
    verdict: BoxVerdict | None = None
    detail: str = ""  # e.g. the page it duplicates


def describe_page(page: PageResult, say: Callable[[str], str] = str) -> str:
    """``bundel.pdf halaman 3: ganda ... — Siti Aminah (ditandatangani); sama dengan ...``;
    ``say`` words each part (the UI says them in its own language)."""
    text = f"{say(page.label)}: {say(PAGE_OUTCOME_TEXT[page.outcome])}"
    if page.person:
        text += f" — {page.person}"
    if page.verdict is not None:
        text += f" ({say(VERDICT_TEXT[page.verdict])})"
    return text + (f"; {say(page.detail)}" if page.detail else "")


@dataclass
class ScanReport:
    pages: list[PageResult] = field(default_factory=list)
    stopped: bool = False  # cancelled before the last page; the pages read stay recorded

    def count(self, outcome: PageOutcome) -> int:
        return sum(1 for page in self.pages if page.outcome is outcome)

    @property
    def stored(self) -> int:
        return sum(1 for page in self.pages if page.outcome in STORED_OUTCOMES)

    @property
    def problems(self) -> list[PageResult]:
        """Pages HR should look at: not read, not ours, old, or a second sheet."""
        fine = STORED_OUTCOMES | {PageOutcome.ALREADY_RECORDED, PageOutcome.COVER}
        return [page for page in self.pages if page.outcome not in fine]


@dataclass
class ScanContext:
    """What every page of one scan run is checked against, and whose sheet it has seen."""

    event: Event
    version: int
    expected: dict[int, Person]
    first_page: dict[int, int] = field(default_factory=dict)  # person id -> page number


class PageReader:
    """Reads the pages of one scan run, one at a time."""

    def __init__(self, store: Store, clock: Clock, actor: str, context: ScanContext) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)
        self.context = context

    def read(self, page: ScanPage) -> PageResult:
        context = self.context
        result = _Result(page)
        if page.image is None:
            return result(PageOutcome.UNREADABLE, detail=Refused(Refusal.IMAGE_NOT_OPENED))
        reading = read_sheet(page.image)
        if reading.token is None or reading.ink is None:
            return result(PageOutcome.UNREADABLE)
        if reading.token.upper().startswith(COVER_PREFIX):
            return result(PageOutcome.COVER)
        organisation = context.event.organisation_id
        claim = verify_sheet_token(
            reading.token, lambda key_id: self.store.keys.public_key(organisation or 0, key_id)
        )
        if claim is SheetReject.NOT_A_SHEET:
            return result(PageOutcome.UNREADABLE, detail=Refused(Refusal.QR_NOT_A_SHEET))
        if isinstance(claim, SheetReject):
            return result(PageOutcome.FORGED)
        if claim.event_id != context.event.id:
            return result(
                PageOutcome.OTHER_EVENT,
                detail=Refused(Refusal.SHEET_OF_EVENT, event=claim.event_id),
            )
        person = context.expected.get(claim.person_id)
        if person is None:
            return result(PageOutcome.NOT_EXPECTED)
        if claim.text_version != context.version:
            return result(PageOutcome.OLD_VERSION, person)
        verdict = decide_box(reading.ink)
        digest = hashlib.sha256(reading.image_jpeg).hexdigest()
        new = NewPage(
            person.id, verdict, round(reading.ink.area_mm2, 2), claim.text_version,
            reading.image_jpeg, digest, str(page.label),  # kept as the core words it
        )  # fmt: skip
        outcome, earlier = self._store(new)
        first = context.first_page.setdefault(person.id, page.number)
        if outcome is PageOutcome.DUPLICATE:
            earlier = earlier or Refused(Refusal.PAGE_NUMBER, page=first)
            return result(outcome, person, verdict, Refused(Refusal.SAME_AS_PAGE, earlier=earlier))
        return result(outcome, person, verdict)

    def _store(self, new: NewPage) -> tuple[PageOutcome, str]:
        """The outcome, and for a second sheet stored in an earlier run, where that one came
        from. The very same image again is no news; another image of the person is a
        duplicate to look at, even when its verdict is the same."""
        context = self.context
        event_id = context.event.id
        assert event_id is not None
        seen_in_this_run = new.person_id in context.first_page
        now = self.clock.now()
        with self.store.write():
            stored = self.store.pakta_paper.stored_page(event_id, new.person_id)
            upgrade = stored is not None and (
                stored.verdict is not BoxVerdict.SIGNED and new.verdict is BoxVerdict.SIGNED
            )
            if stored is not None and not upgrade:
                if seen_in_this_run:
                    return PageOutcome.DUPLICATE, ""
                if stored.image_sha256 != new.image_sha256:
                    return PageOutcome.DUPLICATE, stored.source
                return PageOutcome.ALREADY_RECORDED, ""
            page_id = self.store.pakta_paper.save_page(event_id, new, now, self.actor)
            action = (
                "pakta.paper_sign" if new.verdict is BoxVerdict.SIGNED else "pakta.paper_unsigned"
            )
            self.audit.record(
                action,
                "pakta_paper_page",
                page_id,
                event_id,
                {
                    "person_id": new.person_id,
                    "verdict": new.verdict.value,
                    "image_sha256": new.image_sha256,
                    "source": new.source,
                    "replaced_sha256": stored.image_sha256 if stored else None,
                },
                at=now,
            )
        return (PageOutcome.REPLACED if upgrade else PageOutcome.RECORDED), ""


class _Result:
    """Builds a page's result with its number and label filled in."""

    def __init__(self, page: ScanPage) -> None:
        self.page = page

    def __call__(
        self, outcome: PageOutcome, person: Person | None = None,
        verdict: BoxVerdict | None = None, detail: str = "",
    ) -> PageResult:  # fmt: skip
        name, person_id = (person.display_name, person.id) if person else ("", 0)
        page = self.page
        return PageResult(page.number, page.label, outcome, name, person_id, verdict, detail)
