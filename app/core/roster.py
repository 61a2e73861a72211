"""Roster rows: recognising the columns of SIASN/SIMPEG exports and checking every row.

A file is read by ``app.imports`` into a ``RosterTable`` of raw cells; this module
decides which column holds which field and turns each row into a ``Person`` or
into ``FieldError`` values naming the file row, the column and the problem. The
same row rules check what is typed into the Peserta form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.core.errors import FieldError
from app.core.nip import EmploymentStatus, IdKind, nik_problem, nip_problem, normalise_id
from app.core.people import Person, clean_text, person_changes
from app.core.refusals import Refusal, Refused

CellValue = str | int | float | None
MAX_TEXT = 200
MAX_ID = 32  # what a badge token can carry
HEADER_SEARCH_ROWS = 10
# Excel keeps 15 significant digits: longer numbers come back with their tail rounded.
EXCEL_DIGITS = 15


class RosterField(StrEnum):
    NIP = "nip"
    NIK = "nik"
    NAME = "nama"
    FRONT_TITLE = "gelar_depan"
    BACK_TITLE = "gelar_belakang"
    POSITION = "jabatan"
    UNIT = "unit_kerja"
    OPD = "opd"
    STATUS = "status"
    GRADE = "golongan"
    GENDER = "jenis_kelamin"


FIELD_LABELS: dict[RosterField, str] = {
    RosterField.NIP: "NIP",
    RosterField.NIK: "NIK",
    RosterField.NAME: "Nama",
    RosterField.FRONT_TITLE: "Gelar depan",
    RosterField.BACK_TITLE: "Gelar belakang",
    RosterField.POSITION: "Jabatan",
    RosterField.UNIT: "Unit kerja",
    RosterField.OPD: "OPD / satuan kerja",
    RosterField.STATUS: "Status",
    RosterField.GRADE: "Golongan",
    RosterField.GENDER: "Jenis kelamin",
}

_ALIASES: dict[RosterField, tuple[str, ...]] = {
    RosterField.NIP: ("nip", "nip baru", "nipbaru", "nomor induk pegawai", "nip/nipppk", "ni pppk"),
    RosterField.NIK: ("nik", "no ktp", "nomor ktp", "nomor induk kependudukan"),
    RosterField.NAME: ("nama", "nama lengkap", "nama pegawai", "nama asn"),
    RosterField.FRONT_TITLE: ("gelar depan",),
    RosterField.BACK_TITLE: ("gelar belakang",),
    RosterField.POSITION: ("jabatan", "jabatan nama", "nama jabatan"),
    RosterField.UNIT: ("unit kerja", "unor nama", "unor", "unit organisasi", "sub unit"),
    RosterField.OPD: ("opd", "skpd", "satuan kerja nama", "satuan kerja", "perangkat daerah"),
    RosterField.STATUS: ("status", "jenis pegawai", "status pegawai", "kedudukan"),
    RosterField.GRADE: ("golongan", "gol", "pangkat golongan", "golongan ruang", "gol ruang"),
    RosterField.GENDER: ("jenis kelamin", "jk", "l/p", "kelamin"),
}


def header_key(text: object) -> str:
    """Case-, space-, underscore- and punctuation-insensitive form of a column header."""
    return re.sub(r"[^0-9a-z/]", "", str(text or "").casefold())


HEADER_ALIASES: dict[str, RosterField] = {
    header_key(alias): roster_field
    for roster_field, aliases in _ALIASES.items()
    for alias in aliases
}

_STATUS_WORDS: dict[str, EmploymentStatus] = {
    "pns": EmploymentStatus.PNS,
    "cpns": EmploymentStatus.PNS,
    "pppk": EmploymentStatus.PPPK,
    "p3k": EmploymentStatus.PPPK,
    "pppkparuhwaktu": EmploymentStatus.PPPK,
    "nonasn": EmploymentStatus.NON_ASN,
    "honorer": EmploymentStatus.NON_ASN,
    "ptt": EmploymentStatus.NON_ASN,
    "thl": EmploymentStatus.NON_ASN,
    "tkk": EmploymentStatus.NON_ASN,
}
_GENDER_WORDS = {
    "l": "L", "lakilaki": "L", "pria": "L", "1": "L",
    "p": "P", "perempuan": "P", "wanita": "P", "2": "P",
}  # fmt: skip
_SCIENTIFIC = re.compile(r"^\d([.,]\d+)?e\+?\d+$", re.IGNORECASE)


@dataclass(frozen=True)
class RosterTable:
    """Raw cells of a roster file; ``rows`` pairs each file row number with its cells."""

    source: str
    rows: list[tuple[int, list[CellValue]]]
    column_names: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RosterLayout:
    """Where the header is and which column holds which field (column index -> field)."""

    header_index: int
    headers: list[str]
    mapping: dict[int, RosterField]

    def column_name(self, column: int) -> str:
        letter = column_letter(column)
        header = self.headers[column] if column < len(self.headers) else ""
        return f"{letter} ({header})" if header else letter


@dataclass(frozen=True)
class RosterParse:
    people: list[Person]
    errors: list[FieldError]
    rows: int


def column_letter(column: int) -> str:
    """``0 -> A``, ``26 -> AA``: how a spreadsheet user finds the column."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def recognise_headers(headers: list[CellValue]) -> dict[int, RosterField]:
    mapping: dict[int, RosterField] = {}
    for column, header in enumerate(headers):
        known = HEADER_ALIASES.get(header_key(header))
        if known is not None and known not in mapping.values():
            mapping[column] = known
    return mapping


def detect_layout(table: RosterTable) -> RosterLayout:
    """The first of the top rows that names at least two known columns is the header."""
    best: tuple[int, int, dict[int, RosterField]] = (0, 0, {})
    for index, (_, cells) in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        mapping = recognise_headers(cells)
        if len(mapping) > best[1]:
            best = (index, len(mapping), mapping)
        if len(mapping) >= 2:
            break
    index, _, mapping = best
    headers = [_plain(cell) for cell in table.rows[index][1]] if table.rows else []
    return RosterLayout(index, headers, mapping)


def layout_problems(layout: RosterLayout, source: str) -> list[FieldError]:
    """Whole-file problems: without a name column and an id column nothing can be read."""
    fields = set(layout.mapping.values())
    problems = []
    if RosterField.NAME not in fields:
        problems.append(FieldError(source, Refused(Refusal.NAME_COLUMN_MISSING)))
    if not fields & {RosterField.NIP, RosterField.NIK}:
        problems.append(FieldError(source, Refused(Refusal.ID_COLUMN_MISSING)))
    return problems


def _plain(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _id_text(value: CellValue) -> tuple[str, str | None]:
    """The digits of an id cell, or a message when Excel has rounded them away."""
    if isinstance(value, float) and abs(value) >= 10**EXCEL_DIGITS:
        shown = f"{value:.14E}".replace(".", ",")
        return "", Refused(Refusal.EXCEL_ROUNDED, shown=shown)
    text = normalise_id(value) if isinstance(value, str) else re.sub(r"[\s.'-]", "", _plain(value))
    if _SCIENTIFIC.match(text):
        return "", Refused(Refusal.EXCEL_SCIENTIFIC, text=text)
    if len(text) == 18 and text.isdigit() and text.endswith("000"):
        return text, Refused(Refusal.EXCEL_TRAILING_ZEROS, text=text)
    return text, None


def parse_status(text: str) -> EmploymentStatus | None:
    return _STATUS_WORDS.get(re.sub(r"[^a-z0-9]", "", text.casefold()))


def person_from_values(
    values: dict[RosterField, CellValue], row: int | None, columns: dict[RosterField, str]
) -> tuple[Person | None, list[FieldError]]:
    """One row (or one form) as a person, or every problem with it."""
    errors: list[FieldError] = []

    def problem(roster_field: RosterField, message: str) -> None:
        column = columns.get(roster_field, FIELD_LABELS[roster_field])
        errors.append(FieldError(column, message, row))

    def text(roster_field: RosterField) -> str:
        value = clean_text(_plain(values.get(roster_field)))
        if len(value) > MAX_TEXT:
            problem(roster_field, Refused(Refusal.TEXT_TOO_LONG, max=MAX_TEXT))
        return value

    nip, nip_rounded = _id_text(values.get(RosterField.NIP))
    nik, nik_rounded = _id_text(values.get(RosterField.NIK))
    if nip_rounded:
        problem(RosterField.NIP, nip_rounded)
    if nik_rounded:
        problem(RosterField.NIK, nik_rounded)
    status_text = text(RosterField.STATUS)
    status = parse_status(status_text) if status_text else None
    if status_text and status is None:
        problem(
            RosterField.STATUS,
            Refused(Refusal.STATUS_UNKNOWN, status=status_text),
        )
    if status is None:
        status = EmploymentStatus.NON_ASN if nik and not nip else EmploymentStatus.PNS
        if nip and nip_problem(nip) and not nip_problem(nip, EmploymentStatus.PPPK):
            status = EmploymentStatus.PPPK  # no TMT in the middle: a PPPK number
    rounded = bool(nip_rounded or nik_rounded)
    if status is EmploymentStatus.NON_ASN:
        id_field = RosterField.NIK if nik or not nip else RosterField.NIP
        id_number = nik or nip
        id_kind = IdKind.NIK if len(id_number) == 16 and id_number.isdigit() else IdKind.INTERNAL
        if nik:
            id_kind = IdKind.NIK
        if not id_number and not rounded:
            problem(RosterField.NIK, Refused(Refusal.NON_ASN_NEEDS_ID))
        elif id_kind is IdKind.NIK and not rounded:
            message = nik_problem(id_number)
            if message:
                problem(id_field, message)
        elif id_number and not (id_number.isascii() and id_number.isalnum()):
            problem(id_field, Refused(Refusal.EMPLOYEE_NUMBER_CHARACTERS))
        elif len(id_number) > MAX_ID:
            problem(id_field, Refused(Refusal.EMPLOYEE_NUMBER_TOO_LONG, max=MAX_ID))
    else:
        id_kind, id_number = IdKind.NIP, nip
        if not nip_rounded:
            message = (
                nip_problem(nip, status)
                if nip
                else Refused(Refusal.NIP_REQUIRED, status=status.value)
            )
            if message:
                problem(RosterField.NIP, message)
        if nik and not nik_rounded:
            message = nik_problem(nik)
            if message:
                problem(RosterField.NIK, message)
    name = text(RosterField.NAME)
    if not name:
        problem(RosterField.NAME, Refused(Refusal.NAME_REQUIRED))
    gender_text = text(RosterField.GENDER)
    gender = _GENDER_WORDS.get(re.sub(r"[^a-z0-9]", "", gender_text.casefold()), "")
    if gender_text and not gender:
        problem(RosterField.GENDER, Refused(Refusal.GENDER_UNKNOWN, gender=gender_text))
    if not gender and id_kind is IdKind.NIP and len(id_number) == 18:
        gender = {"1": "L", "2": "P"}.get(id_number[14], "")
    unit = text(RosterField.OPD) or text(RosterField.UNIT)
    person = Person(
        id_number=id_number,
        id_kind=id_kind,
        name=name,
        front_title=text(RosterField.FRONT_TITLE),
        back_title=text(RosterField.BACK_TITLE),
        status=status,
        gender=gender,
        grade=text(RosterField.GRADE),
        position=text(RosterField.POSITION),
        unit=unit,
    )
    return (None if errors else person), errors


def parse_roster(table: RosterTable, layout: RosterLayout) -> RosterParse:
    """Every data row below the header checked; all problems reported, not only the first."""
    errors = layout_problems(layout, table.source)
    if errors:
        return RosterParse([], errors, 0)
    columns = {f: layout.column_name(c) for c, f in layout.mapping.items()}
    people: list[Person] = []
    seen: dict[str, int] = {}
    rows = 0
    for row_number, cells in table.rows[layout.header_index + 1 :]:
        if all(cell is None or str(cell).strip() == "" for cell in cells):
            continue
        rows += 1
        values = {
            roster_field: cells[column] if column < len(cells) else None
            for column, roster_field in layout.mapping.items()
        }
        person, row_errors = person_from_values(values, row_number, columns)
        errors.extend(row_errors)
        if person is None:
            continue
        first = seen.get(person.id_number)
        if first is not None:
            id_field = RosterField.NIK if person.id_kind is IdKind.NIK else RosterField.NIP
            errors.append(
                FieldError(
                    columns.get(id_field, FIELD_LABELS[id_field]),
                    Refused(Refusal.ID_TWICE, number=person.id_number, first=first),
                    row_number,
                )
            )
            continue
        seen[person.id_number] = row_number
        people.append(person)
    if not rows and not errors:
        errors.append(FieldError(table.source, Refused(Refusal.NO_DATA_ROWS)))
    return RosterParse([] if errors else people, errors, rows)


# The Person attribute each column fills; a column missing from a file leaves it as stored.
FIELD_ATTRIBUTES: dict[RosterField, str] = {
    RosterField.NAME: "name",
    RosterField.FRONT_TITLE: "front_title",
    RosterField.BACK_TITLE: "back_title",
    RosterField.POSITION: "position",
    RosterField.UNIT: "unit",
    RosterField.OPD: "unit",
    RosterField.STATUS: "status",
    RosterField.GRADE: "grade",
    RosterField.GENDER: "gender",
}
ATTRIBUTE_FIELDS: dict[str, RosterField] = {
    "id_number": RosterField.NIP,
    "id_kind": RosterField.NIK,
    **{attribute: f for f, attribute in FIELD_ATTRIBUTES.items() if f is not RosterField.OPD},
}


@dataclass(frozen=True)
class PersonChange:
    """A stored person as the file will leave them, and ``{attribute: (old, new)}``."""

    person: Person
    changes: dict[str, tuple[str, str]]


@dataclass(frozen=True)
class RosterPlan:
    """What an import will do, person by person, before anything is stored."""

    new: list[Person]
    changed: list[PersonChange]
    unchanged: list[Person]
    not_in_file: list[Person]  # active roster people (not walk-in guests) the file leaves out


def merged_person(old: Person, new: Person, columns: set[RosterField]) -> Person:
    """``new`` where the file has the column, ``old`` for every field it does not carry."""
    kept = {
        attribute: getattr(old, attribute)
        for roster_field, attribute in FIELD_ATTRIBUTES.items()
        if roster_field not in columns
        and not (roster_field is RosterField.UNIT and RosterField.OPD in columns)
        and not (roster_field is RosterField.OPD and RosterField.UNIT in columns)
    }
    if "gender" in kept and not old.gender:
        kept.pop("gender")  # the NIP's gender digit fills what was never known
    return replace(new, **kept, id=old.id)


def plan_import(
    people: list[Person], stored: dict[str, Person], columns: set[RosterField]
) -> RosterPlan:
    """Compare a checked file with the organisation's people (``stored`` by id number)."""
    new: list[Person] = []
    changed: list[PersonChange] = []
    unchanged: list[Person] = []
    for person in people:
        old = stored.get(person.id_number)
        if old is None:
            new.append(person)
            continue
        merged = merged_person(old, person, columns)
        changes = person_changes(old, merged)
        if changes:
            changed.append(PersonChange(merged, changes))
        else:
            unchanged.append(old)
    in_file = {person.id_number for person in people}
    not_in_file = [
        p for number, p in stored.items() if number not in in_file and p.active and not p.is_guest
    ]
    return RosterPlan(new, changed, unchanged, not_in_file)


def change_label(attribute: str) -> str:
    """The column label of a Person attribute, as messages and reports name it."""
    if attribute == "id_kind":
        return "Jenis nomor"
    return FIELD_LABELS[ATTRIBUTE_FIELDS[attribute]]


def changes_text(changes: dict[str, tuple[str, str]]) -> str:
    """``Jabatan: 'Staf' → 'Kepala Seksi'; Unit kerja: …``."""
    return "; ".join(
        f"{change_label(attribute)}: '{old}' → '{new}'" for attribute, (old, new) in changes.items()
    )
