"""What the audience screen shows: the deck of slides for a script and the state of the show.

The state is one immutable value; every step returns a new one. The console, the
audience window and the leader's view all draw from the same value, so they never
disagree about which point is being read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from app.core.pledge import PledgeScript


class SlideKind(StrEnum):
    WELCOME = "welcome"
    OPENING = "opening"
    POINT = "point"
    CLOSING = "closing"


class ReadingMode(StrEnum):
    """Whole pledge with the current point highlighted, or one point per slide."""

    WHOLE = "utuh"
    ONE_BY_ONE = "per_butir"


class Screen(StrEnum):
    """What covers the audience screen: the slide, black, or only the logo and theme."""

    SLIDE = "slide"
    BLACK = "black"
    LOGO = "logo"


@dataclass(frozen=True)
class Slide:
    kind: SlideKind
    point: int | None = None  # zero-based index into the script's points


def build_deck(script: PledgeScript) -> tuple[Slide, ...]:
    """Welcome, opening, each point, then the closing when the script has one."""
    slides = [Slide(SlideKind.WELCOME), Slide(SlideKind.OPENING)]
    slides += [Slide(SlideKind.POINT, index) for index in range(len(script.points))]
    if script.closing.strip():
        slides.append(Slide(SlideKind.CLOSING))
    return tuple(slides)


@dataclass(frozen=True)
class StageState:
    """Everything the audience sees, in one value."""

    script: PledgeScript
    event_title: str
    organisation: str
    mode: ReadingMode = ReadingMode.ONE_BY_ONE
    index: int = 0
    screen: Screen = Screen.SLIDE
    notice: str = ""
    notice_shown: bool = False
    present: int | None = None

    @property
    def deck(self) -> tuple[Slide, ...]:
        return build_deck(self.script)

    @property
    def current(self) -> Slide:
        return self.deck[self.index]

    @property
    def upcoming(self) -> Slide | None:
        deck = self.deck
        return deck[self.index + 1] if self.index + 1 < len(deck) else None

    def step(self, delta: int) -> StageState:
        """Move through the deck; while blanked, the first step only brings the slide back."""
        if self.screen is not Screen.SLIDE:
            return replace(self, screen=Screen.SLIDE)
        index = min(max(self.index + delta, 0), len(self.deck) - 1)
        return replace(self, index=index)

    def go_to(self, index: int) -> StageState:
        return replace(self, index=min(max(index, 0), len(self.deck) - 1), screen=Screen.SLIDE)

    def toggle_screen(self, screen: Screen) -> StageState:
        """B and L toggle their cover; pressing the same key again shows the slide."""
        return replace(self, screen=Screen.SLIDE if self.screen is screen else screen)

    def with_script(self, script: PledgeScript) -> StageState:
        """A new script keeps the place when it still exists (editing a typo mid-ceremony)."""
        index = min(self.index, len(build_deck(script)) - 1)
        return replace(self, script=script, index=index)
