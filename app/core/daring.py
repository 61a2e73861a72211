"""Matching a video meeting's participant report (Zoom or Google Meet) to the roster.

A participant is matched by an 18-digit number anywhere in the display name
(people are asked to write their NIP), else by the name itself with academic
titles dropped and case, punctuation and spacing folded. Several people with the
same folded name is not a match: HR chooses by hand. A participant who joined
several times counts once, at the first join.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from app.core.errors import FieldError
from app.core.locale_format import long_date
from app.core.nip import normalise_id
from app.core.people import Person, clean_text
from app.core.refusals import Refusal, Refused
from app.core.sheet_columns import SheetColumns, find_columns

PARTICIPANT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": (
        "name (original name)",
        "user name (original name)",
        "nama (nama asli)",
        "participant",
        "full name",
        "name",
        "nama",
        "peserta",
    ),
    "first_name": ("first name", "nama depan"),
    "last_name": ("last name", "nama belakang"),
    "joined": (
        "join time",
        "time joined",
        "joined at",
        "first seen",
        "waktu bergabung",
        "waktu masuk",
        "jam masuk",
    ),
}

TIME_FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%b %d, %Y %I:%M:%S %p",
    "%b %d, %Y %I:%M %p",
)
CLOCK_FORMATS = ("%I:%M:%S %p", "%I:%M %p", "%H:%M:%S", "%H:%M", "%H.%M")

NIP_IN_NAME = re.compile(r"(?<!\d)\d(?:[ .]?\d){17}(?!\d)")
FRONT_TITLES = {"dr", "drs", "dra", "ir", "hj", "h", "prof", "kh", "apt", "ns"}
BACK_TITLE = re.compile(r"^[a-z]{1,4}\.(?:[a-z]{1,5}\.?)+$|^[a-z]{1,3}\.$", re.IGNORECASE)


@dataclass(frozen=True)
class Participant:
    row: int  # 1-based row in the file, to name it in messages
    display_name: str
    joined_at: datetime


@dataclass(frozen=True)
class DaringMatch:
    participant: Participant
    person: Person
    by: str  # "nip" or "nama" (or "manual" when HR chose)


@dataclass(frozen=True)
class DaringMatches:
    matched: list[DaringMatch]
    unmatched: list[Participant]


def fold_name(text: str) -> str:
    """``Dr. Ir. Hj. Siti  AMINAH, S.H., M.Si.`` -> ``siti aminah``."""
    text = re.sub(r"\(.*?\)", " ", text)
    text = NIP_IN_NAME.sub(" ", text).split(",")[0]
    kept = []
    for token in text.split():
        bare = token.strip(".").casefold()
        if (token.endswith(".") and bare in FRONT_TITLES) or bare in FRONT_TITLES - {"h"}:
            continue
        if BACK_TITLE.match(token):
            continue
        kept.append(token)
    letters = re.sub(r"[^\w\s]|\d|_", " ", " ".join(kept).casefold())
    return " ".join(letters.split())


def _parse_join(text: str, day: date) -> datetime | None:
    cleaned = " ".join(text.replace("\u202f", " ").split())
    for pattern in TIME_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern)
        except ValueError:
            continue
    for pattern in CLOCK_FORMATS:
        try:
            return datetime.combine(day, datetime.strptime(cleaned, pattern).time())
        except ValueError:
            continue
    return None


def _display_name(row: list[str], columns: SheetColumns) -> str:
    name = columns.cell(row, "name")
    if name:
        return clean_text(name)
    return clean_text(f"{columns.cell(row, 'first_name')} {columns.cell(row, 'last_name')}")


def parse_participants(
    rows: list[list[str]], day: date
) -> tuple[list[Participant], list[FieldError]]:
    """Participants of the meeting held on ``day``; every unreadable row is an error."""
    columns = find_columns(rows, PARTICIPANT_COLUMNS, ("joined",))
    if isinstance(columns, FieldError) or not (
        "name" in columns.index or "first_name" in columns.index
    ):
        return [], [
            FieldError(
                "kepala tabel",
                Refused(Refusal.NOT_A_MEETING_REPORT),
            )
        ]
    participants: list[Participant] = []
    errors: list[FieldError] = []
    for offset, row in enumerate(rows[columns.header_row + 1 :]):
        sheet_row = columns.header_row + offset + 2
        if not any(cell.strip() for cell in row):
            continue
        name = _display_name(row, columns)
        joined_text = columns.cell(row, "joined")
        joined = _parse_join(joined_text, day)
        if not name:
            errors.append(
                FieldError(
                    columns.names.get("name", "nama"), Refused(Refusal.NAME_EMPTY), sheet_row
                )
            )
        elif joined is None:
            errors.append(
                FieldError(
                    columns.names["joined"],
                    Refused(Refusal.TIME_UNKNOWN, text=joined_text),
                    sheet_row,
                )
            )
        elif joined.date() != day:
            errors.append(
                FieldError(
                    columns.names["joined"],
                    Refused(Refusal.NOT_EVENT_DAY, date=f"{joined:%d/%m/%Y}", day=long_date(day)),
                    sheet_row,
                )
            )
        else:
            participants.append(Participant(sheet_row, name, joined))
    if not participants and not errors:
        errors.append(FieldError("isi", Refused(Refusal.NO_PARTICIPANTS)))
    return participants, errors


def _nip_in(name: str) -> str | None:
    found = NIP_IN_NAME.search(name)
    return re.sub(r"\D", "", normalise_id(found.group())) if found else None


def match_participants(participants: list[Participant], people: list[Person]) -> DaringMatches:
    """Match each participant once, keeping each person's first join."""
    by_number = {person.id_number: person for person in people}
    by_name: dict[str, list[Person]] = {}
    for known in people:
        by_name.setdefault(fold_name(known.name), []).append(known)
    first: dict[int, DaringMatch] = {}
    unmatched: dict[str, Participant] = {}
    for participant in sorted(participants, key=lambda p: p.joined_at):
        number = _nip_in(participant.display_name)
        person = by_number.get(number) if number else None
        how = "nip"
        if person is None:
            namesakes = by_name.get(fold_name(participant.display_name), [])
            person = namesakes[0] if len(namesakes) == 1 else None
            how = "nama"
        if person is None:
            unmatched.setdefault(participant.display_name.casefold(), participant)
        elif person.id not in first:
            first[person.id] = DaringMatch(participant, person, how)
    return DaringMatches(list(first.values()), list(unmatched.values()))


def is_late(joined_at: datetime, late_after: time) -> bool:
    return joined_at.time() > late_after
