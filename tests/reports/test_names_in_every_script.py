"""Names in any script are drawn by the bundled fonts: daftar hadir, badges, badge images,
pakta. Arabic script (Jawi) is joined and put in visual order; emoji come from Symbola;
a character no bundled font has is left out, never drawn as an empty box."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, time

import numpy as np

from app.core.events import Event, EventKind
from app.core.nip import EmploymentStatus, IdKind
from app.core.people import Person
from app.core.report_data import CheckinRecord, ReportInput, ReportKind, ReportRequest, build_report
from app.reports.attendance_pdf import render_attendance_pdf
from app.reports.badge_images import BadgeImage, render_badge_image
from app.reports.badges_pdf import BadgeCard, BadgeSheet, write_badges_pdf
from app.reports.fonts import ARABIC, EMOJI, SANS, font_runs

NAMES = [
    "Nguyễn Thị Hằng",  # Vietnamese diacritics
    "Анна Петрова",  # Cyrillic
    "Ελένη Παπαδοπούλου",  # Greek
    "محمد بن عبدالله",  # Arabic script
    "ڤوتري ڠاه",  # Jawi letters that Arabic has not (pa, nga)
    "Siti Aminah 🌸😀",  # emoji
    "Dr. Ir. Ŝtefan Øberg, S.H.",
]
JAWI = "ڤوتري ڠاه"


def fonts_of(pdf: bytes) -> str:
    return subprocess.run(
        ["pdffonts", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def _person(number: int, name: str) -> Person:
    return Person(
        id_number=f"{number:016d}", id_kind=IdKind.NIK, name=name, front_title="",
        back_title="", status=EmploymentStatus.NON_ASN, gender="L", grade="",
        position="Staf", unit="Dinas Kebudayaan", id=number,
    )  # fmt: skip


def test_arabic_script_is_joined_and_put_in_visual_order():
    runs = list(font_runs("محمد", SANS))
    assert [face for _, face in runs] == [ARABIC]
    text = runs[0][0]
    # Drawn left to right: final dal first, initial mim last, each in its joined form.
    assert text[0] == "\ufeaa" and text[-1] == "\ufee3"
    assert all(0xFE70 <= ord(char) <= 0xFEFF for char in text)


def test_every_character_is_drawn_by_a_font_that_has_it_or_left_out():
    runs = list(font_runs("Budi 🌸 王", SANS))
    assert runs == [("Budi ", SANS), ("🌸 ", EMOJI)]  # no CJK font is bundled: left out
    assert "".join(piece for piece, _ in font_runs("Siti\u200d\ufe0f", SANS)) == "Siti"


def test_daftar_hadir_draws_names_in_every_script_with_the_bundled_fonts(tmp_path):
    event = Event(
        title="Apel", kind=EventKind.APEL, day=date(2024, 10, 1), start_time=time(7, 30),
        late_after=time(7, 45), venue="Piru", organiser="Pemerintah Kabupaten Seram Bagian Barat",
    )  # fmt: skip
    people = [_person(n, name) for n, name in enumerate(NAMES, start=1)]
    at = datetime(2024, 10, 1, 7, 10)
    attendees = [(p, CheckinRecord(p.id, at, "G1", "camera", False)) for p in people[:3]]
    report = build_report(ReportInput(event, people, attendees, []))
    pdf = render_attendance_pdf(report, ReportRequest(ReportKind.RECORD))
    fonts = fonts_of(pdf)
    for face in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular", "Symbola"):
        assert f"+{face} " in fonts, face  # embedded subsets
    assert "Helvetica" not in fonts
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout.decode()
    for name in ("Nguyễn Thị Hằng", "Анна Петрова", "Ελένη Παπαδοπούλου", "Ŝtefan Øberg"):
        assert name in text, name
    page = tmp_path / "page"
    drawn = subprocess.run(["pdftoppm", "-r", "40", "-png", "-", str(page)], input=pdf,
                           capture_output=True)  # fmt: skip
    assert drawn.returncode == 0 and b"glyph" not in drawn.stderr.lower()


def test_badges_and_badge_images_draw_jawi_and_emoji(tmp_path):
    cards = [
        BadgeCard(name=name, initials=name[:1], id_label="NIK", id_text="•••• 0001",
                  position="Staf", unit="Dinas Kebudayaan", status="NON ASN", token=f"T{n}")
        for n, name in enumerate(NAMES)
    ]  # fmt: skip
    out = tmp_path / "kartu.pdf"
    write_badges_pdf(BadgeSheet("Pemerintah Kabupaten Wanasari", None, cards, "{unit}"), out)
    fonts = fonts_of(out.read_bytes())
    assert "+NotoSansArabic-Bold " in fonts and "+Symbola " in fonts
    plain = render_badge_image(BadgeImage("0001", "Siti", ["Siti", "NIK", "Unit"], "T1"))
    jawi = render_badge_image(BadgeImage("0001", "Siti", [JAWI, "NIK", "Unit"], "T1"))
    caption = np.asarray(jawi)[-150:-100]  # the name's line under the code
    assert (caption < 128).sum() > 200  # letters drawn, not left blank
    assert not np.array_equal(np.asarray(plain), np.asarray(jawi))


def test_pakta_draws_a_jawi_name_with_the_bundled_fonts():
    from app.core.ink import trimmed
    from app.core.pakta import SignedPakta, fingerprint
    from app.reports.pakta_pdf import read_pages, render_pakta_pdf
    from tests.pakta_samples import scribble

    signature = trimmed(scribble())
    text = f"PAKTA INTEGRITAS\n\nNama : {JAWI}\n\nSaya menyatakan setia."
    pact = SignedPakta(1, 1, text, JAWI, "", signature, fingerprint(text, JAWI, "", signature))
    pdf = render_pakta_pdf([pact], "Pakta")
    fonts = fonts_of(pdf)
    assert "+NotoSerif-Regular " in fonts and "+NotoSansArabic-Regular " in fonts
    assert "+NotoSansArabic-Bold " in fonts  # the printed name under the signature
    assert "Helvetica" not in fonts and "Times" not in fonts
    assert read_pages(pdf)[0].fingerprint == pact.fingerprint
