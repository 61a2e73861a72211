"""People on the roster: civil servants (PNS, PPPK), non-ASN staff and walk-in guests."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields

from app.core.nip import EmploymentStatus, IdKind, format_nip

# Zero-width (non-)joiners shape Arabic-script (Jawi), Persian and Indic words and join
# emoji sequences; between Latin letters they only make a look-alike second spelling.
JOINERS = "\u200c\u200d"
# Line and paragraph breaks and controls are spacing the user meant; format characters
# (bidi overrides and isolates, zero-width space, BOM, soft hyphen) are never meant.
SPACING = ("Cc", "Zl", "Zp")
NIK_MASK = "•••• •••• •••• "


def _joins_script(text: str, index: int) -> bool:
    before, after = text[index - 1 : index], text[index + 1 : index + 2]
    return all(c and not c.isascii() and not c.isspace() for c in (before, after))


def clean_text(text: str) -> str:
    """A name, title, unit or note as it may be stored: NFC, visible characters, single spaces."""
    if text.isascii() and text.isprintable():  # most of a roster: nothing to normalise or drop
        return " ".join(text.split())
    return _cleaned(text)


def _cleaned(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    kept = []
    for index, char in enumerate(text):
        category = unicodedata.category(char)
        if category in SPACING:
            kept.append(" ")
        elif category != "Cf" or (char in JOINERS and _joins_script(text, index)):
            kept.append(char)
    return " ".join("".join(kept).split())


def full_name(front_title: str, name: str, back_title: str) -> str:
    """``Dr. Ir. Hj. Siti Aminah, S.H., M.Si.``: titles before, then a comma before those after."""
    text = f"{front_title.strip()} {name.strip()}".strip()
    back = back_title.strip()
    return f"{text}, {back}" if back else text


@dataclass(frozen=True)
class Person:
    """A person on the roster; ``id`` is 0 until stored."""

    id_number: str
    id_kind: IdKind
    name: str
    front_title: str
    back_title: str
    status: EmploymentStatus
    gender: str
    grade: str
    position: str
    unit: str
    active: bool = True
    is_guest: bool = False
    badge_serial: int = 1
    id: int = 0

    @property
    def display_name(self) -> str:
        return full_name(self.front_title, self.name, self.back_title)

    @property
    def display_id(self) -> str:
        return format_nip(self.id_number) if self.id_kind is IdKind.NIP else self.id_number

    @property
    def printed_id(self) -> str:
        """The number printed where others see it (badge, sheet, daftar hadir): a NIP grouped,
        a NIK only by its last four digits. A NIK is personal data (UU 27/2022); the QR or the
        name already tells who it is."""
        if self.id_kind is IdKind.NIK:
            return NIK_MASK + self.id_number[-4:]
        return self.display_id


# What a roster file or the Peserta form may change; activity and badge serial are not.
ROSTER_ATTRIBUTES = tuple(
    f.name for f in fields(Person) if f.name not in ("active", "is_guest", "badge_serial", "id")
)


def person_changes(old: Person, new: Person) -> dict[str, tuple[str, str]]:
    """``{attribute: (old, new)}`` for every roster attribute that differs."""
    changes = {}
    for name in ROSTER_ATTRIBUTES:
        before, after = str(getattr(old, name)), str(getattr(new, name))
        if before != after:
            changes[name] = (before, after)
    return changes
