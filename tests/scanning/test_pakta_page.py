"""One printed sheet, drawn by the real PDF writer, read back at every angle a page lies."""

import random

import cv2
import numpy as np
import pytest

from app.core.pakta_paper import BoxVerdict, decide_box
from app.core.pakta_sheet_token import SheetClaim, issue_sheet_token
from app.reports.pakta_sheets_pdf import Sheet, SheetBundle, SheetLabels, render_sheets_pdf
from app.scanning.decoder import locate_codes
from app.scanning.pakta_page import read_sheet
from benchmarks.pakta_paper_scans import Degradation, Ink, degrade, draw_ink, render_pages

TOKEN = issue_sheet_token(bytes(range(32)), SheetClaim(b"", 1, 2, 3))  # the same page each run
LABELS = SheetLabels(
    event_title="Apel", cover_title="Bundel", cover_note="", columns=("No", "Nama", "ID", "J"),
    box_label="Tanda tangan", qr_caption="acara {event} versi {version}", footer="{unit} {page}",
    event_id=1, version=3,
)  # fmt: skip


@pytest.fixture(scope="module")
def signed_page():
    sheet = Sheet("Siti Aminah", "NIP 1990", "Staf", "Dinas", "PAKTA\n\nSaya\n\nWanasari", TOKEN)
    pdf = render_sheets_pdf([SheetBundle("Dinas", [sheet])], LABELS)
    page = list(render_pages(pdf, 200))[1]
    return draw_ink(page, Ink.SIGNED, 200, random.Random(1))


@pytest.mark.parametrize(
    "turn", [None, cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_180, cv2.ROTATE_90_COUNTERCLOCKWISE]
)
def test_sheet_is_read_and_stored_upright_whichever_way_it_lies(signed_page, turn):
    image = signed_page if turn is None else cv2.rotate(signed_page, turn)
    reading = read_sheet(image)
    assert reading.token == TOKEN
    assert decide_box(reading.ink) is BoxVerdict.SIGNED
    stored = cv2.imdecode(np.frombuffer(reading.image_jpeg, np.uint8), cv2.IMREAD_GRAYSCALE)
    assert stored.shape[0] > stored.shape[1]  # portrait again
    (code,) = locate_codes(stored)
    (x0, y0), (x1, y1) = code.corners[0], code.corners[1]
    assert abs(y1 - y0) < 3 and x1 > x0  # the QR's top edge points up


def test_colour_page_reads_like_the_grey_one(signed_page):
    colour = cv2.merge([signed_page, signed_page, (signed_page * 0.9).astype(np.uint8)])
    grey, tinted = read_sheet(signed_page), read_sheet(colour)
    assert tinted.token == grey.token
    assert abs(tinted.ink.area_mm2 - grey.ink.area_mm2) < 0.15 * grey.ink.area_mm2


def test_page_without_a_sheet_qr_gives_no_token(signed_page):
    blank = np.full_like(signed_page, 250)
    assert read_sheet(blank).token is None


@pytest.fixture(scope="module")
def empty_page():
    sheet = Sheet("Siti Aminah", "NIP 1990", "Staf", "Dinas", "PAKTA\n\nSaya\n\nWanasari", TOKEN)
    pdf = render_sheets_pdf([SheetBundle("Dinas", [sheet])], LABELS)
    return list(render_pages(pdf, 150))[1]


def test_empty_box_on_a_tilted_noisy_scan_shows_no_sliver_of_its_frame(empty_page):
    """Seed 136 tilts the page 0.76 degrees: a mapping a pixel off left a 4.5 mm sliver of the
    frame line inside the counted area, read as a stray mark (and, longer, as a signature)."""
    rng = random.Random(136)
    how = Degradation(
        dpi=150, skew_deg=rng.uniform(-5, 5), noise=rng.uniform(2, 12),
        jpeg_quality=rng.randint(45, 90),
    )  # fmt: skip
    scan = cv2.imdecode(np.frombuffer(degrade(empty_page, how, rng), np.uint8), -1)
    ink = read_sheet(scan).ink
    assert decide_box(ink) is BoxVerdict.EMPTY, ink


def test_frame_side_seen_through_a_noisy_scan_is_never_a_signature(empty_page):
    """Seed 47 left a whole 44 mm frame side inside the counted area: an empty box read as
    signed. A straight line along a side is the frame, not a pen."""
    rng = random.Random(47)
    how = Degradation(
        dpi=150, skew_deg=rng.uniform(-1, 0), noise=rng.uniform(8, 12),
        jpeg_quality=rng.randint(80, 90),
    )  # fmt: skip
    scan = cv2.imdecode(np.frombuffer(degrade(empty_page, how, rng), np.uint8), -1)
    ink = read_sheet(scan).ink
    assert decide_box(ink) is BoxVerdict.EMPTY, ink
