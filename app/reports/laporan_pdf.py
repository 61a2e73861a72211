"""The laporan pelaksanaan kegiatan: Pendahuluan, Pelaksanaan, Hasil, Simpulan dan Saran,
Penutup, then the reporter's signature block and the audit anchor.

Every number and name comes from ``LaporanFacts``; the prose from ``LaporanText``."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from app.core.anchor import Anchor
from app.core.events import Event
from app.core.laporan_facts import LaporanFacts
from app.core.laporan_text import LaporanText
from app.core.locale_format import day_and_date, long_date, number, percent
from app.core.report_data import UnitTotals
from app.reports.anchor_stamp import anchor_stamp
from app.reports.letter_parts import (
    BODY,
    PART,
    SUBPART,
    body,
    fact_table,
    numbered,
    signature_table,
)
from app.reports.pdf_parts import SUBTITLE, TITLE, kop, text_paragraph
from app.reports.recap_pdf import attendance_chart, recap_table

LAPORAN_TITLE = "LAPORAN PELAKSANAAN KEGIATAN"
PART_ROOM = 45  # points: a part heading moves to the next page rather than sit alone


def laporan_story(
    event: Event, facts: LaporanFacts, text: LaporanText, made_on: date, anchor: Anchor | None
) -> list[Flowable]:
    story: list[Flowable] = [
        *kop(event),
        Paragraph(LAPORAN_TITLE, TITLE),
        text_paragraph(facts.title, SUBTITLE),
        Spacer(1, 8),
    ]
    story += _part("I. PENDAHULUAN")
    story += [Paragraph("A. Latar Belakang", SUBPART), *body(text.background)]
    story += [Paragraph("B. Dasar Hukum", SUBPART), *numbered(text.legal_basis)]
    story += [Paragraph("C. Maksud dan Tujuan", SUBPART), *body(text.purpose)]
    story += _part("II. PELAKSANAAN")
    story += [Paragraph("A. Waktu dan Tempat", SUBPART), _when_and_where(event, facts)]
    story += [Paragraph("B. Peserta", SUBPART), *body(_participants(facts))]
    story += [Paragraph("C. Susunan Acara", SUBPART), *numbered(text.programme)]
    story += _part("III. HASIL")
    story += _attendance(facts)
    story += _ikrar(facts)
    story += _pakta(facts)
    story += [Paragraph("E. Penutupan Gerbang", SUBPART), *body(facts.gate.sentence())]
    story += _part("IV. SIMPULAN DAN SARAN")
    story += body(text.conclusions)
    closing = [
        Paragraph("V. PENUTUP", PART),
        *body("Demikian laporan ini dibuat untuk dipergunakan sebagaimana mestinya."),
        signature_table(
            [
                None,
                (
                    [f"{text.place}, {long_date(made_on)}", text.reporter.position or "Pelapor"],
                    text.reporter,
                ),
            ]
        ),
    ]
    story.append(KeepTogether(closing))  # the signature never sits alone on a page
    story += [Spacer(1, 10), *anchor_stamp(anchor)]
    return story


def _part(title: str) -> list[Flowable]:
    return [CondPageBreak(PART_ROOM * 2), Paragraph(title, PART)]


def _when_and_where(event: Event, facts: LaporanFacts) -> Flowable:
    presiding = facts.presiding_name or "-"
    if facts.presiding_position:
        presiding = f"{presiding} ({facts.presiding_position})"
    return fact_table(
        [
            ("Hari, tanggal", day_and_date(event.day)),
            ("Waktu", f"pukul {facts.start} s.d. selesai"),
            ("Tempat", facts.venue),
            ("Pimpinan apel", presiding),
        ]
    )


def _participants(facts: LaporanFacts) -> str:
    text = (
        f"Peserta yang diharapkan hadir berjumlah {number(facts.expected)} orang pegawai dari "
        f"{number(len(facts.units))} unit kerja."
    )
    if facts.guests:
        text += f" Selain itu hadir {number(facts.guests)} tamu yang tidak terdaftar."
    return text


def _attendance(facts: LaporanFacts) -> list[Flowable]:
    rows = [
        ("Diharapkan hadir", f"{number(facts.expected)} orang"),
        (
            "Hadir",
            f"{number(facts.present)} orang ({percent(facts.present, facts.expected)}): "
            f"luring {number(facts.present_luring)}, daring {number(facts.present_daring)}",
        ),
        ("Terlambat", f"{number(facts.late)} orang"),
        ("Tidak hadir", f"{number(facts.absent)} orang"),
    ]
    rows += [
        (f"– {label[:1].upper()}{label[1:]}", f"{number(count)} orang")
        for label, count in facts.absent_by_reason.items()
        if count
    ]
    units = [
        UnitTotals(u.unit, u.expected, u.present, u.late, 0) for u in facts.units
    ]  # excused is not printed by the recap table
    total = UnitTotals("Jumlah", facts.expected, facts.present, facts.late, 0)
    return [
        Paragraph("A. Kehadiran", SUBPART),
        fact_table(rows),
        Spacer(1, 4),
        Paragraph("B. Kehadiran per Unit Kerja", SUBPART),
        *recap_table(units, total),
        Spacer(1, 6),
        attendance_chart(units),
    ]


def _ikrar(facts: LaporanFacts) -> list[Flowable]:
    heading = Paragraph("C. Ikrar Netralitas", SUBPART)
    if not facts.ikrar_points:
        return [heading, *body("Tidak ada naskah ikrar yang tercatat untuk acara ini.")]
    intro = (
        f"Seluruh peserta mengikuti pembacaan ikrar “{facts.ikrar_title}” yang dipimpin "
        "dari podium, dengan butir-butir sebagai berikut:"
    )
    return [heading, *body(intro), *numbered(facts.ikrar_points)]


def _pakta(facts: LaporanFacts) -> list[Flowable]:
    heading = Paragraph("D. Pakta Integritas", SUBPART)
    if not facts.pakta_expected:
        return [heading, *body("Tidak ada penandatangan pakta integritas yang ditetapkan.")]
    story = [
        heading,
        *body(
            f"Pakta integritas telah ditandatangani oleh {number(facts.pakta_signed)} dari "
            f"{number(facts.pakta_expected)} pejabat yang ditetapkan."
        ),
    ]
    if facts.pakta_unsigned:
        story.append(text_paragraph("Yang belum menandatangani:", BODY))
        story += numbered(facts.pakta_unsigned)
    return story
