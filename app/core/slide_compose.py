"""What each slide holds and where: text blocks, logo area and notice band for a screen size.

Given the show's state, a slide and a screen size, ``compose`` returns a ``Composition``
whose text has been fitted (see ``slide_layout``); painting it is then only drawing.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.locale_format import number
from app.core.slide_layout import Block, Box, Emphasis, TextLayout, TextMeasure, fit
from app.core.stage import ReadingMode, Screen, Slide, SlideKind, StageState

MARGIN_X = 0.07
MARGIN_Y = 0.08
NOTICE_BAND = 0.2  # share of the height the notice takes at the bottom
LARGEST_LINES = 7  # a short point is never taller than a seventh of the screen
LEADER_CUE = "DIIKUTI BERSAMA"  # the leader reads, everyone repeats
LEADER_CUE_WELCOME = "BELUM DIMULAI"  # the welcome: nothing is read together yet


@dataclass(frozen=True)
class Composition:
    width: float
    height: float
    black: bool = False
    logo: Box | None = None
    text: TextLayout | None = None
    notice: TextLayout | None = None
    notice_band: Box | None = None


def _point_block(state: StageState, index: int, emphasis: Emphasis, gap: float) -> Block:
    return Block(
        state.script.points[index], label=f"{index + 1}.", emphasis=emphasis, gap_before=gap
    )


def _whole_pledge(state: StageState, slide: Slide) -> list[Block]:
    """Opening and every point; the one being read stands out, the rest step back."""
    current = slide.point
    opening_emphasis = Emphasis.HIGHLIGHT if slide.kind is SlideKind.OPENING else Emphasis.DIM
    blocks = [Block(state.script.opening, scale=0.85, bold=True, emphasis=opening_emphasis)]
    for index in range(len(state.script.points)):
        emphasis = Emphasis.HIGHLIGHT if index == current else Emphasis.DIM
        blocks.append(_point_block(state, index, emphasis, 0.45))
    return blocks


def _blocks(state: StageState, slide: Slide) -> list[Block]:
    script = state.script
    if slide.kind is SlideKind.WELCOME:
        present = "—" if state.present is None else number(state.present)
        return [
            Block(state.event_title, bold=True, centred=True),
            Block(
                state.organisation, scale=0.6, centred=True, emphasis=Emphasis.DIM,
                gap_before=0.4,
            ),
            Block(
                f"{present} peserta hadir", scale=1.1, bold=True, centred=True,
                emphasis=Emphasis.HIGHLIGHT, gap_before=0.9,
            ),
        ]  # fmt: skip
    if slide.kind is SlideKind.CLOSING:
        return [Block(script.closing, centred=True)]
    if state.mode is ReadingMode.WHOLE:
        return _whole_pledge(state, slide)
    if slide.kind is SlideKind.OPENING:
        return [
            Block(script.title.upper(), scale=0.6, bold=True, centred=True, emphasis=Emphasis.DIM),
            Block(script.opening, bold=True, centred=True, gap_before=0.8),
        ]
    assert slide.point is not None
    return [
        Block(script.opening, scale=0.45, emphasis=Emphasis.DIM),
        _point_block(state, slide.point, Emphasis.NORMAL, 0.8),
    ]


def _content_box(width: float, height: float, bottom_reserved: float) -> Box:
    left, top = width * MARGIN_X, height * MARGIN_Y
    return Box(left, top, width - 2 * left, height - 2 * top - bottom_reserved)


def _notice(
    state: StageState, width: float, height: float, measure: TextMeasure
) -> tuple[Box, TextLayout]:
    band = Box(0, height * (1 - NOTICE_BAND), width, height * NOTICE_BAND)
    inner = Box(
        width * MARGIN_X, band.y + band.height * 0.15, width * (1 - 2 * MARGIN_X), band.height * 0.7
    )
    block = Block(state.notice, bold=True, centred=True)
    return band, fit([block], inner, measure, height / 12)


def compose(
    state: StageState, slide: Slide, size: tuple[float, float], measure: TextMeasure
) -> Composition:
    """The audience screen for ``slide`` at ``size`` (covers and the notice included)."""
    width, height = size
    if state.screen is Screen.BLACK:
        return Composition(width, height, black=True)
    band = notice = None
    if state.notice_shown and state.notice.strip():
        band, notice = _notice(state, width, height, measure)
    reserved = band.height if band else 0.0
    if state.screen is Screen.LOGO:
        box = _content_box(width, height, reserved)
        return Composition(width, height, logo=box, notice=notice, notice_band=band)
    logo = None
    box = _content_box(width, height, reserved)
    if slide.kind is SlideKind.WELCOME:
        logo_height = box.height * 0.3
        logo = Box(box.x, box.y, box.width, logo_height)
        box = Box(box.x, box.y + logo_height * 1.1, box.width, box.height - logo_height * 1.1)
    text = fit(_blocks(state, slide), box, measure, height / LARGEST_LINES)
    return Composition(width, height, logo=logo, text=text, notice=notice, notice_band=band)


def compose_leader(
    state: StageState, size: tuple[float, float], measure: TextMeasure
) -> Composition:
    """The leader's view: the cue, what to read now, and what comes next."""
    width, height = size
    cue = LEADER_CUE_WELCOME if state.current.kind is SlideKind.WELCOME else LEADER_CUE
    blocks = [Block(cue, scale=0.5, bold=True, emphasis=Emphasis.HIGHLIGHT)]
    blocks.append(Block(_leader_text(state, state.current), bold=True, gap_before=0.4))
    upcoming = state.upcoming
    if upcoming is not None:
        blocks.append(
            Block(
                f"Berikutnya: {_leader_text(state, upcoming)}", scale=0.6, emphasis=Emphasis.DIM,
                gap_before=1.0,
            )
        )  # fmt: skip
    text = fit(blocks, _content_box(width, height, 0.0), measure, height / 9)
    return Composition(width, height, text=text)


def _leader_text(state: StageState, slide: Slide) -> str:
    script = state.script
    if slide.kind is SlideKind.POINT and slide.point is not None:
        return f"{slide.point + 1}. {script.points[slide.point]}"
    if slide.kind is SlideKind.OPENING:
        return script.opening or script.title
    if slide.kind is SlideKind.CLOSING:
        return script.closing
    return f"Sambutan: {state.event_title}"
