"""Badge sheets: ID-card size cards (85.6 x 54 mm), ten per A4 page, with cut marks.

Cards abut in a 2 x 5 grid so one guillotine cut along each mark line separates
them. Each card shows the organisation's logo and name, the photo (or initials),
the name with titles wrapped to fit, position, the grouped NIP, the unit, and the
signed token as a QR code drawn with vector rectangles. The caller sorts the cards
and gives every label (the reports layer does not translate).

A large sheet uses both cores: worker processes fit each card's texts and encode its
QR code (two thirds of the work) while this process draws the cards already done, in
order, so the pages are the same as when drawn alone.
"""

from __future__ import annotations

import io
import math
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.core.progress import KeepGoing, always, carry_on
from app.reports.fonts import SANS, SANS_BOLD, draw_string, drawable, register_fonts, string_width
from app.reports.qr_matrix import qr_operators

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54 * mm
COLUMNS, ROWS = 2, 5
PER_PAGE = COLUMNS * ROWS
LEFT = (A4[0] - COLUMNS * CARD_WIDTH) / 2
BOTTOM = (A4[1] - ROWS * CARD_HEIGHT) / 2
CUT_MARK_GAP, CUT_MARK_LENGTH = 1.5 * mm, 6 * mm

HEADER_HEIGHT = 11 * mm
STRIP_HEIGHT = 11 * mm
PHOTO_BOX = (3 * mm, 13.5 * mm, 19 * mm, 25.3 * mm)  # x, y, width, height
QR_SIZE = 30.5 * mm
QR_ORIGIN = (CARD_WIDTH - QR_SIZE - 1.5 * mm, STRIP_HEIGHT + 0.8 * mm)
TEXT_LEFT = 24.5 * mm
TEXT_WIDTH = QR_ORIGIN[0] - TEXT_LEFT + 1.2 * mm  # the QR's quiet zone is white anyway
GREEN = HexColor("#0b5d3b")
STRIP = HexColor("#e3efe8")
GREY_TEXT = HexColor("#44525f")
PLACEHOLDER = HexColor("#d5dbe0")
REGULAR, BOLD = SANS, SANS_BOLD
PARALLEL_FROM = 400  # cards; below this, starting worker processes costs more than it saves
CHUNK = 100  # cards per task sent to a worker


@dataclass(frozen=True)
class BadgeCard:
    """One card, every text already as it is printed."""

    name: str  # with titles
    initials: str  # shown when there is no photo
    id_label: str  # "NIP", "NIK"
    id_text: str  # grouped for reading
    position: str
    unit: str
    status: str
    token: str
    photo: bytes | None = None


@dataclass(frozen=True)
class BadgeSheet:
    organisation: str
    logo: bytes | None
    cards: list[BadgeCard]  # in print order: by unit, then name
    footer: str  # with {unit}, {page} and {pages}: the unit's page count


@dataclass(frozen=True)
class FittedText:
    size: float
    lines: list[str]


def fit_text(
    text: str, font: str, width: float, max_lines: int, sizes: tuple[float, float]
) -> FittedText:
    """The largest size (down to ``sizes[1]``) at which the text wraps into the box.

    At the smallest size, words wider than the box are broken and the last line is
    shortened with an ellipsis, so nothing ever crosses the card's edge.
    """
    largest, smallest = sizes
    split = simpleSplit if drawable(text, font) else _split_with_fallback
    size = largest
    while size >= smallest:
        lines = split(text, font, size, width)
        if len(lines) <= max_lines and all(string_width(t, font, size) <= width for t in lines):
            return FittedText(size, lines)
        size -= 0.5
    lines = [piece for line in split(text, font, smallest, width) for piece in
             _break_long(line, font, smallest, width)]  # fmt: skip
    if len(lines) > max_lines:
        last = " ".join(lines[max_lines - 1 :])
        while last and string_width(last + "…", font, smallest) > width:
            last = last[:-1]
        lines = [*lines[: max_lines - 1], last.rstrip() + "…"]
    return FittedText(smallest, lines)


def _split_with_fallback(text: str, font: str, size: float, width: float) -> list[str]:
    """Words onto lines, measured with the font that will draw each run (Arabic, emoji)."""
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and string_width(joined, font, size) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines


def _break_long(line: str, font: str, size: float, width: float) -> Iterator[str]:
    while string_width(line, font, size) > width:
        cut = len(line)
        while cut > 1 and string_width(line[:cut], font, size) > width:
            cut -= 1
        yield line[:cut]
        line = line[cut:]
    if line:
        yield line


@dataclass(frozen=True)
class CardText:
    """What drawing one card needs worked out first: its fitted texts and QR operators."""

    name: FittedText
    position: FittedText
    unit: FittedText
    qr: str


def lay_out(fields: tuple[str, str, str, str]) -> CardText:
    """Name, position, unit and token of a card (plain strings, cheap to send to a worker)."""
    register_fonts()
    name, position, unit, token = fields
    return CardText(
        name=fit_text(name, BOLD, TEXT_WIDTH, 3, (9, 6)),
        position=fit_text(position, REGULAR, TEXT_WIDTH, 3, (7, 5.5)),
        unit=fit_text(unit, REGULAR, CARD_WIDTH - 6 * mm, 1, (7.5, 5)),
        qr=qr_operators(token, QR_ORIGIN, QR_SIZE),
    )


def laid_out(cards: list[BadgeCard]) -> Iterator[CardText]:
    """Each card's ``CardText`` in order; by worker processes on both cores for a large sheet."""
    fields = [(c.name, c.position, c.unit, c.token) for c in cards]
    workers = min(2, os.cpu_count() or 1)
    if len(cards) < PARALLEL_FROM or workers < 2:
        yield from map(lay_out, fields)
        return
    # spawn, not fork: the GUI calls this from a thread, and forking a threaded process is unsafe
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield from pool.map(lay_out, fields, chunksize=CHUNK)


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Page streams as compressed binary, not ASCII85 text: smaller, and several times faster
    to write (reportlab's ASCII85 encoder is pure Python); every PDF reader accepts them."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def write_badges_pdf(
    sheet: BadgeSheet, out: Path | BinaryIO, keep_going: KeepGoing = always
) -> int:
    """Draw every card; returns the number of pages. Each unit starts on a new page.

    ``keep_going`` hears the cards drawn, page by page; on False this raises ``Cancelled``
    (the caller removes the partial file)."""
    with _binary_streams():
        return _write(sheet, out, keep_going)


def _write(sheet: BadgeSheet, out: Path | BinaryIO, keep_going: KeepGoing) -> int:
    register_fonts()
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=A4, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(f"Kartu QR {sheet.organisation}")
    canvas.setCreator("Netra")
    _define_card_base(canvas, sheet)
    pages = drawn = 0
    texts = laid_out(sheet.cards)
    for unit, group in groupby(sheet.cards, key=lambda card: card.unit):
        cards = list(group)
        unit_pages = math.ceil(len(cards) / PER_PAGE)
        for page in range(unit_pages):
            chunk = cards[page * PER_PAGE : (page + 1) * PER_PAGE]
            carry_on(keep_going, drawn, len(sheet.cards))
            drawn += len(chunk)
            for slot, card in enumerate(chunk):
                column, row = slot % COLUMNS, slot // COLUMNS
                x = LEFT + column * CARD_WIDTH
                y = BOTTOM + (ROWS - 1 - row) * CARD_HEIGHT
                _draw_card(canvas, card, next(texts), x, y)
            _draw_cut_marks(canvas)
            canvas.setFont(REGULAR, 8)
            canvas.setFillColor(GREY_TEXT)
            canvas.drawCentredString(
                A4[0] / 2, 4 * mm,
                sheet.footer.format(unit=unit or "-", page=page + 1, pages=unit_pages),
            )  # fmt: skip
            canvas.showPage()
            pages += 1
    if pages == 0:
        canvas.showPage()
        pages = 1
    canvas.save()
    return pages


def _define_card_base(canvas: Canvas, sheet: BadgeSheet) -> None:
    """What every card shares, stored once in the PDF and placed on each card."""
    canvas.beginForm("card_base", 0, 0, CARD_WIDTH, CARD_HEIGHT)
    canvas.setFillColor(GREEN)
    canvas.rect(0, CARD_HEIGHT - HEADER_HEIGHT, CARD_WIDTH, HEADER_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(STRIP)
    canvas.rect(0, 0, CARD_WIDTH, STRIP_HEIGHT, stroke=0, fill=1)
    text_left = 3 * mm
    if sheet.logo:
        logo = ImageReader(io.BytesIO(sheet.logo))
        side = HEADER_HEIGHT - 2.4 * mm
        canvas.drawImage(
            logo, 2.5 * mm, CARD_HEIGHT - HEADER_HEIGHT + 1.2 * mm, side, side,
            preserveAspectRatio=True, mask="auto",
        )  # fmt: skip
        text_left = 2.5 * mm + side + 2 * mm
    fitted = fit_text(sheet.organisation.upper(), BOLD, CARD_WIDTH - text_left - 3 * mm, 2, (9, 6))
    canvas.setFillColor(white)
    leading = fitted.size * 1.15
    first = CARD_HEIGHT - HEADER_HEIGHT / 2 + (len(fitted.lines) - 1) * leading / 2
    for index, line in enumerate(fitted.lines):
        y = first - index * leading - fitted.size * 0.35
        draw_string(canvas, text_left, y, line, BOLD, fitted.size)
    canvas.endForm()


def _draw_lines(canvas: Canvas, fitted: FittedText, font: str, top: float) -> float:
    for line in fitted.lines:
        draw_string(canvas, TEXT_LEFT, top, line, font, fitted.size)
        top -= fitted.size * 1.15
    return top


def _draw_card(canvas: Canvas, card: BadgeCard, text: CardText, x: float, y: float) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm("card_base")
    _draw_photo(canvas, card)
    top = CARD_HEIGHT - HEADER_HEIGHT - 3.6 * mm
    canvas.setFillColor(HexColor("#1c2733"))
    top = _draw_lines(canvas, text.name, BOLD, top)
    canvas.setFillColor(GREY_TEXT)
    _draw_lines(canvas, text.position, REGULAR, top - 1.2 * mm)
    canvas.setFillColor(HexColor("#1c2733"))
    canvas.setFont(BOLD, 9)
    canvas.drawString(3 * mm, 6.3 * mm, f"{card.id_label} {card.id_text}")
    canvas.drawRightString(CARD_WIDTH - 3 * mm, 6.3 * mm, card.status)
    unit = text.unit.lines[0] if text.unit.lines else ""
    draw_string(canvas, 3 * mm, 2.4 * mm, unit, REGULAR, text.unit.size)
    canvas.addLiteral(text.qr)
    canvas.restoreState()


def _draw_photo(canvas: Canvas, card: BadgeCard) -> None:
    x, y, width, height = PHOTO_BOX
    if card.photo:
        try:
            canvas.drawImage(ImageReader(io.BytesIO(card.photo)), x, y, width, height)
            return
        except (OSError, ValueError):
            pass  # a damaged photo must not stop the whole sheet: show the initials
    canvas.setFillColor(PLACEHOLDER)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    canvas.setFillColor(white)
    left = x + (width - string_width(card.initials, BOLD, 20)) / 2
    draw_string(canvas, left, y + height / 2 - 7, card.initials, BOLD, 20)


def _draw_cut_marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(GREY_TEXT)
    canvas.setLineWidth(0.3)
    right, top = LEFT + COLUMNS * CARD_WIDTH, BOTTOM + ROWS * CARD_HEIGHT
    for column in range(COLUMNS + 1):
        x = LEFT + column * CARD_WIDTH
        canvas.line(x, top + CUT_MARK_GAP, x, top + CUT_MARK_GAP + CUT_MARK_LENGTH)
        canvas.line(x, BOTTOM - CUT_MARK_GAP, x, BOTTOM - CUT_MARK_GAP - CUT_MARK_LENGTH)
    for row in range(ROWS + 1):
        y = BOTTOM + row * CARD_HEIGHT
        canvas.line(LEFT - CUT_MARK_GAP, y, LEFT - CUT_MARK_GAP - CUT_MARK_LENGTH, y)
        canvas.line(right + CUT_MARK_GAP, y, right + CUT_MARK_GAP + CUT_MARK_LENGTH, y)
