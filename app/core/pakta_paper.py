"""Pakta integritas on paper: where the QR and the signature box sit on the sheet, when a
box counts as signed, what a scanned page came to, and the coverage per unit.

Geometry is in millimetres from the top-left corner of the A4 sheet as printed. The
scanner maps the QR's four corners (found upright, upside down or tilted) onto
``QR_SQUARE`` and reads the box through that mapping, so the box sits beside the QR: the
nearer it is, the less a small error in a corner moves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.refusals import Refusal, Refused

PAGE_MM = (210.0, 297.0)
QR_SQUARE = (150.0, 214.0, 36.0)  # left, top, side of the QR symbol (quiet zone outside)
SIGNATURE_BOX = (22.0, 207.0, 114.0, 50.0)  # left, top, width, height
BOX_LINE_MM = 0.8  # the box's frame is a thick line, so the scanner can find it again


class BoxVerdict(StrEnum):
    """What the signature box holds; stable codes."""

    SIGNED = "signed"
    EMPTY = "empty"
    STRAY_MARK = "stray_mark"  # a dot or a short tick: not a signature


@dataclass(frozen=True)
class InkMeasure:
    """The ink found inside the box once specks of scanner noise are dropped."""

    area_mm2: float
    width_mm: float  # extent of all kept ink
    height_mm: float


# A signature is long: even a short paraf runs a centimetre or more. A dot of a pen or a
# tick stays under these, and a page with only scanner noise has almost no area at all.
EMPTY_BELOW_MM2 = 1.0
SIGNED_MIN_AREA_MM2 = 8.0
SIGNED_MIN_EXTENT_MM = 12.0


def decide_box(ink: InkMeasure) -> BoxVerdict:
    if ink.area_mm2 < EMPTY_BELOW_MM2:
        return BoxVerdict.EMPTY
    if ink.area_mm2 >= SIGNED_MIN_AREA_MM2 and max(ink.width_mm, ink.height_mm) >= (
        SIGNED_MIN_EXTENT_MM
    ):
        return BoxVerdict.SIGNED
    return BoxVerdict.STRAY_MARK


class PageOutcome(StrEnum):
    """What one scanned page came to; stable codes."""

    RECORDED = "recorded"  # stored beside its person (signed, empty or a stray mark)
    REPLACED = "replaced"  # a signed sheet replaced an empty one stored before
    ALREADY_RECORDED = "already_recorded"  # the very same page image was stored before
    DUPLICATE = "duplicate"  # another page of a person who already has a sheet
    UNREADABLE = "unreadable"
    FORGED = "forged"  # a sheet QR that fails the signature check
    OTHER_EVENT = "other_event"
    OLD_VERSION = "old_version"
    NOT_EXPECTED = "not_expected"  # a genuine sheet of someone not on this event's list
    COVER = "cover"  # a bundle's cover sheet, skipped


PAGE_OUTCOME_TEXT: dict[PageOutcome, Refused] = {
    PageOutcome.RECORDED: Refused(Refusal.PAGE_RECORDED),
    PageOutcome.REPLACED: Refused(Refusal.PAGE_REPLACED),
    PageOutcome.ALREADY_RECORDED: Refused(Refusal.PAGE_ALREADY_RECORDED),
    PageOutcome.DUPLICATE: Refused(Refusal.PAGE_DUPLICATE),
    PageOutcome.UNREADABLE: Refused(Refusal.PAGE_UNREADABLE),
    PageOutcome.FORGED: Refused(Refusal.PAGE_FORGED),
    PageOutcome.OTHER_EVENT: Refused(Refusal.PAGE_OTHER_EVENT),
    PageOutcome.OLD_VERSION: Refused(Refusal.PAGE_OLD_VERSION),
    PageOutcome.NOT_EXPECTED: Refused(Refusal.PAGE_NOT_EXPECTED),
    PageOutcome.COVER: Refused(Refusal.PAGE_COVER),
}

VERDICT_TEXT: dict[BoxVerdict, Refused] = {
    BoxVerdict.SIGNED: Refused(Refusal.BOX_SIGNED),
    BoxVerdict.EMPTY: Refused(Refusal.BOX_EMPTY),
    BoxVerdict.STRAY_MARK: Refused(Refusal.BOX_STRAY_MARK),
}

STORED_OUTCOMES = frozenset({PageOutcome.RECORDED, PageOutcome.REPLACED})


class SignState(StrEnum):
    SIGNED_SCREEN = "signed_screen"
    SIGNED_PAPER = "signed_paper"
    RETURNED_EMPTY = "returned_empty"
    NOT_SIGNED = "not_signed"


SIGN_STATE_TEXT: dict[SignState, str] = {
    SignState.SIGNED_SCREEN: "sudah (di layar)",
    SignState.SIGNED_PAPER: "sudah (kertas)",
    SignState.RETURNED_EMPTY: "lembar kembali kosong",
    SignState.NOT_SIGNED: "belum",
}


def sign_state(on_screen: bool, paper: BoxVerdict | None) -> SignState:
    if on_screen:
        return SignState.SIGNED_SCREEN
    if paper is BoxVerdict.SIGNED:
        return SignState.SIGNED_PAPER
    if paper is not None:
        return SignState.RETURNED_EMPTY
    return SignState.NOT_SIGNED


@dataclass(frozen=True)
class UnitCoverage:
    unit: str
    expected: int
    signed_screen: int
    signed_paper: int
    returned_empty: int

    @property
    def signed(self) -> int:
        return self.signed_screen + self.signed_paper

    @property
    def not_signed(self) -> int:
        """Everyone still to sign, those whose sheet came back empty included."""
        return self.expected - self.signed

    @property
    def percent(self) -> float:
        return 100.0 * self.signed / self.expected if self.expected else 0.0


def unit_coverage(states: list[tuple[str, SignState]]) -> list[UnitCoverage]:
    """Per unit, in the order the units first appear (roster order), from (unit, state)."""
    counts: dict[str, dict[SignState, int]] = {}
    for unit, state in states:
        per_state = counts.setdefault(unit, dict.fromkeys(SignState, 0))
        per_state[state] += 1
    return [
        UnitCoverage(
            unit=unit,
            expected=sum(c.values()),
            signed_screen=c[SignState.SIGNED_SCREEN],
            signed_paper=c[SignState.SIGNED_PAPER],
            returned_empty=c[SignState.RETURNED_EMPTY],
        )
        for unit, c in counts.items()
    ]


def total_coverage(units: list[UnitCoverage]) -> UnitCoverage:
    return UnitCoverage(
        unit="Jumlah",
        expected=sum(u.expected for u in units),
        signed_screen=sum(u.signed_screen for u in units),
        signed_paper=sum(u.signed_paper for u in units),
        returned_empty=sum(u.returned_empty for u in units),
    )


@dataclass(frozen=True)
class PaktaCoverage:
    """Who signed the pakta, per unit and per person: for the coverage view and the reports."""

    units: list[UnitCoverage]
    total: UnitCoverage
    states: dict[int, SignState]  # person id -> state


def coverage_of(
    people: list[tuple[int, str]], on_screen: set[int], paper: dict[int, BoxVerdict]
) -> PaktaCoverage:
    """``people``: (person id, unit) in the order the units should appear."""
    states = {pid: sign_state(pid in on_screen, paper.get(pid)) for pid, _ in people}
    units = unit_coverage([(unit, states[pid]) for pid, unit in people])
    return PaktaCoverage(units, total_coverage(units), states)


@dataclass(frozen=True)
class StoredPage:
    """A scanned sheet kept for a person: what its box held and where it came from."""

    person_id: int
    verdict: BoxVerdict
    image_sha256: str
    source: str


@dataclass(frozen=True)
class NewPage:
    """A scanned sheet to keep for a person, with its image."""

    person_id: int
    verdict: BoxVerdict
    ink_area_mm2: float
    text_version: int
    image: bytes
    image_sha256: str
    source: str
