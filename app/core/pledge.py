"""Pledge scripts (ikrar, pakta reading, lists of prohibitions) and when they are acceptable.

A script is read aloud together, point by point: a title, an opening line naming who
pledges, numbered points and a closing line. Texts may name the organisation and the
event through placeholders (``{pemerintah}``, ``{instansi}``, ``{acara}``, ``{tahun}``)
so one shipped script serves every region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from app.core.errors import FieldError
from app.core.events import Event
from app.core.refusals import Refusal, Refused

MAX_TITLE = 120
MAX_LINE = 300
MAX_POINT = 600
MAX_POINTS = 15
PLACEHOLDER = re.compile(r"\{(pemerintah|instansi|acara|tahun)\}")


@dataclass(frozen=True)
class PledgeScript:
    """``id`` is set for a script stored with an event; ``source`` names a shipped one."""

    title: str
    opening: str
    points: tuple[str, ...]
    closing: str = ""
    source: str = ""
    default_for: tuple[str, ...] = ()
    id: int | None = None

    @property
    def ref(self) -> str:
        """A stable key for choosing the script again (``naskah:12`` or ``bawaan:<file>``)."""
        return f"naskah:{self.id}" if self.id is not None else f"bawaan:{self.source}"


@dataclass(frozen=True)
class EventNames:
    """The names a script's placeholders are filled with."""

    pemerintah: str
    instansi: str
    acara: str
    tahun: str

    def as_dict(self) -> dict[str, str]:
        return {
            "pemerintah": self.pemerintah,
            "instansi": self.instansi,
            "acara": self.acara,
            "tahun": self.tahun,
        }


def names_for(event: Event, organisation_name: str) -> EventNames:
    return EventNames(
        pemerintah=organisation_name.strip() or event.organiser.strip(),
        instansi=event.organiser.strip(),
        acara=event.title.strip(),
        tahun=str(event.day.year),
    )


def fill_names(script: PledgeScript, names: EventNames) -> PledgeScript:
    """The script with known placeholders replaced; any other braces stay as typed."""

    values = names.as_dict()

    def fill(text: str) -> str:
        return PLACEHOLDER.sub(lambda match: values[match[1]], text)

    return replace(
        script,
        title=fill(script.title),
        opening=fill(script.opening),
        points=tuple(fill(point) for point in script.points),
        closing=fill(script.closing),
    )


def clean_script(script: PledgeScript) -> PledgeScript:
    """Whitespace trimmed and empty points dropped, as the editor's lines are meant."""
    return replace(
        script,
        title=" ".join(script.title.split()),
        opening=" ".join(script.opening.split()),
        points=tuple(" ".join(p.split()) for p in script.points if p.strip()),
        closing=" ".join(script.closing.split()),
    )


def validate_script(script: PledgeScript) -> list[FieldError]:
    """Every problem with the script, in editor order; empty when it can be saved."""
    errors: list[FieldError] = []
    if not script.title.strip():
        errors.append(FieldError("judul", Refused(Refusal.SCRIPT_TITLE_REQUIRED)))
    elif len(script.title) > MAX_TITLE:
        errors.append(FieldError("judul", Refused(Refusal.SCRIPT_TITLE_TOO_LONG, max=MAX_TITLE)))
    if len(script.opening) > MAX_LINE:
        errors.append(FieldError("pembuka", Refused(Refusal.OPENING_TOO_LONG, max=MAX_LINE)))
    points = [p for p in script.points if p.strip()]
    if not points:
        errors.append(FieldError("butir", Refused(Refusal.POINTS_REQUIRED)))
    elif len(points) > MAX_POINTS:
        errors.append(FieldError("butir", Refused(Refusal.TOO_MANY_POINTS, max=MAX_POINTS)))
    for number, point in enumerate(points, start=1):
        if len(point) > MAX_POINT:
            errors.append(
                FieldError("butir", Refused(Refusal.POINT_TOO_LONG, number=number, max=MAX_POINT))
            )
    if len(script.closing) > MAX_LINE:
        errors.append(FieldError("penutup", Refused(Refusal.CLOSING_TOO_LONG, max=MAX_LINE)))
    return errors


def script_from_mapping(data: dict[str, Any], source: str) -> PledgeScript:
    """A shipped script from its JSON mapping; raises ``ValueError`` naming the bad field."""
    try:
        script = PledgeScript(
            title=str(data["title"]),
            opening=str(data.get("opening", "")),
            points=tuple(str(point) for point in data["points"]),
            closing=str(data.get("closing", "")),
            source=source,
            default_for=tuple(str(kind) for kind in data.get("default_for", [])),
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"naskah {source}: kolom {error} tidak ada atau salah") from error
    problems = validate_script(script)
    if problems:
        raise ValueError(f"naskah {source}: {problems[0]}")
    return script
