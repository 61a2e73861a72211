"""The text of the ikrar read at the event, as an attachment of the laporan."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.core.pledge import PledgeScript
from app.reports.letter_parts import body, numbered
from app.reports.pdf_parts import SUBTITLE, TITLE, text_paragraph

IKRAR_TITLE = "NASKAH IKRAR NETRALITAS"


def ikrar_story(script: PledgeScript) -> list[Flowable]:
    return [
        Paragraph(IKRAR_TITLE, TITLE),
        text_paragraph(script.title, SUBTITLE),
        Spacer(1, 10),
        *body(script.opening),
        *numbered(script.points),
        *body(script.closing),
    ]
