"""The berita acara pelaksanaan deklarasi: one page, the day and date in words, the place,
what was declared, and the blocks of the presiding official and two witnesses."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.core.date_words import date_in_words
from app.core.events import Event
from app.core.laporan_facts import LaporanFacts
from app.core.laporan_text import LaporanText, Official
from app.core.locale_format import number
from app.reports.letter_parts import BODY, body, numbered, signature_table
from app.reports.pdf_parts import SUBTITLE, TITLE, kop, text_paragraph

BERITA_ACARA_TITLE = "BERITA ACARA"


def berita_acara_story(event: Event, facts: LaporanFacts, text: LaporanText) -> list[Flowable]:
    presiding = Official(event.presiding_name, event.presiding_nip, event.presiding_position)
    leader = presiding.name or "pimpinan apel"
    if presiding.position:
        leader = f"{leader}, {presiding.position}"
    opening = (
        f"Pada hari ini {date_in_words(event.day)} ({event.day:%d-%m-%Y}), bertempat di "
        f"{facts.venue}, telah dilaksanakan {facts.title}, dipimpin oleh {leader}."
    )
    attendance = (
        f"Kegiatan dihadiri oleh {number(facts.present)} dari {number(facts.expected)} pegawai "
        f"yang diharapkan hadir. Dalam kegiatan tersebut telah dinyatakan {text.declared}."
    )
    story: list[Flowable] = [
        *kop(event),
        Paragraph(BERITA_ACARA_TITLE, TITLE),
        text_paragraph(f"PELAKSANAAN {facts.title.upper()}", SUBTITLE),
        Spacer(1, 10),
        *body(opening),
        *body(attendance),
    ]
    if facts.ikrar_points:
        story.append(text_paragraph("Ikrar yang dinyatakan:", BODY))
        story += numbered(facts.ikrar_points)
    first, second = text.witnesses
    closing = [
        *body(
            "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
            "sebagaimana mestinya."
        ),
        signature_table(
            [
                (["Saksi I,", first.position], first),
                (["Saksi II,", second.position], second),
                (["Pimpinan Apel,", presiding.position], presiding),
            ],
            top=4,
        ),
    ]
    return [*story, KeepTogether(closing)]  # the blocks never sit on a page of their own
