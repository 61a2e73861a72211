"""Matching a video meeting's participant report (Zoom or Google Meet) to the roster.

A participant is matched by an 18-digit number anywhere in the display name
(people are asked to write their NIP), else by the name itself with academic
titles dropped and case, punctuation and spacing folded. Several people with the
same folded name is not a match: HR chooses by hand. A participant who joined
several times counts once, at the first join.

The report is a file anyone can type, so rows that contradict themselves are refused
(``forged_rows``): a NIP next to another person's name, a join before the meeting began
or after it ended (when the report's meeting summary gives those times), a leave before
the join. What cannot be checked: the report carries no signature; a row typed with the
right name, NIP and a plausible time looks like any other. Its SHA-256 goes into the
audit trail, so the file used can be shown later.
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
    "left": ("leave time", "time exited", "left at", "last seen", "waktu keluar"),
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


MEETING_COLUMNS: dict[str, tuple[str, ...]] = {
    "start": ("start time", "waktu mulai", "meeting start"),
    "end": ("end time", "waktu selesai", "meeting end"),
}


@dataclass(frozen=True)
class Participant:
    row: int  # 1-based row in the file, to name it in messages
    display_name: str
    joined_at: datetime
    left_at: datetime | None = None


@dataclass(frozen=True)
class DaringMatch:
    participant: Participant
    person: Person
    by: str  # "nip" or "nama" (or "manual" when HR chose)


@dataclass(frozen=True)
class DaringSource:
    """The participant report a list of matches came from, for the audit trail."""

    name: str
    sha256: str


@dataclass(frozen=True)
class DaringMatches:
    matched: list[DaringMatch]
    unmatched: list[Participant]
    source: DaringSource | None = None


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
            left = _parse_join(columns.cell(row, "left"), day)
            participants.append(Participant(sheet_row, name, joined, left))
    errors += _outside_meeting(participants, rows[: columns.header_row], day, columns)
    if not participants and not errors:
        errors.append(FieldError("isi", Refused(Refusal.NO_PARTICIPANTS)))
    return participants, errors


def _meeting_times(rows: list[list[str]], day: date) -> tuple[datetime | None, datetime | None]:
    """The meeting's start and end from the summary above the participant table (Zoom)."""
    summary = find_columns(rows, MEETING_COLUMNS, ("start",)) if rows else None
    if summary is None or isinstance(summary, FieldError):
        return None, None
    values = rows[summary.header_row + 1] if summary.header_row + 1 < len(rows) else []
    return _parse_join(summary.cell(values, "start"), day), _parse_join(
        summary.cell(values, "end"), day
    )


def _outside_meeting(
    participants: list[Participant], summary: list[list[str]], day: date, columns: SheetColumns
) -> list[FieldError]:
    """Rows whose times the report itself contradicts."""
    start, end = _meeting_times(summary, day)
    errors = []
    for p in participants:
        joined = f"{p.joined_at:%H.%M}"
        column, message = columns.names["joined"], ""
        if start is not None and p.joined_at < start:
            message = Refused(Refusal.JOINED_BEFORE_START, joined=joined, start=f"{start:%H.%M}")
        elif end is not None and p.joined_at > end:
            message = Refused(Refusal.JOINED_AFTER_END, joined=joined, end=f"{end:%H.%M}")
        elif p.left_at is not None and p.left_at < p.joined_at:
            column = columns.names.get("left", column)
            message = Refused(Refusal.LEFT_BEFORE_JOIN, left=f"{p.left_at:%H.%M}", joined=joined)
        if message:
            errors.append(FieldError(column, message, p.row))
    return errors


def forged_rows(matches: list[DaringMatch]) -> list[FieldError]:
    """Matches by NIP whose display name names someone else: a NIP copied next to another
    name (the name part left out, only the NIP, is accepted)."""
    errors = []
    for match in matches:
        if match.by != "nip":
            continue
        named = set(fold_name(match.participant.display_name).split())
        if named and not named & set(fold_name(match.person.name).split()):
            message = Refused(
                Refusal.NIP_OF_ANOTHER,
                nip=match.person.id_number,
                owner=match.person.display_name,
                name=match.participant.display_name,
            )
            errors.append(FieldError("nama", message, match.participant.row))
    return errors


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
