"""Reading HR's sheet of absence reasons: one row per absent person, all rows or none."""

from __future__ import annotations

from app.core.errors import FieldError
from app.core.nip import normalise_id
from app.core.people import Person, clean_text
from app.core.refusals import Refusal, Refused
from app.core.report_data import REASON_CHOICES, Absence, parse_reason
from app.core.sheet_columns import SheetColumns, find_columns

ABSENCE_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("nip", "nip/nik", "nip / nik", "nik", "nip/id", "nip / id", "id", "nomor induk"),
    "reason": ("alasan", "alasan tidak hadir", "status", "jenis"),
    "note": ("catatan", "keterangan", "note"),
}
MAX_NOTE = 300


def absence_problem(person: Person, reason_text: str, present: bool) -> str | None:
    """Why this absence cannot be recorded, or None (shared by the sheet and one-by-one entry)."""
    if present:
        return Refused(Refusal.ALREADY_PRESENT, person=person.display_name)
    if parse_reason(reason_text) is None:
        return Refused(Refusal.REASON_UNKNOWN, reason=reason_text, choices=REASON_CHOICES)
    return None


def _row_absence(
    row: list[str], columns: SheetColumns, people: dict[str, Person], present: set[int]
) -> Absence | FieldError:
    number = normalise_id(columns.cell(row, "id"))
    person = people.get(number)
    if person is None:
        if "e+" in number.casefold() or "," in number or "." in number:
            return FieldError(
                columns.names["id"], Refused(Refusal.NUMBER_LOST_DIGITS, number=number)
            )
        return FieldError(columns.names["id"], Refused(Refusal.NOT_ON_ROSTER, number=number))
    reason_text = columns.cell(row, "reason")
    problem = absence_problem(person, reason_text, person.id in present)
    if problem:
        field = "id" if person.id in present else "reason"
        return FieldError(columns.names[field], problem)
    note = clean_text(columns.cell(row, "note"))
    if len(note) > MAX_NOTE:
        return FieldError(columns.names["note"], Refused(Refusal.NOTE_TOO_LONG, max=MAX_NOTE))
    reason = parse_reason(reason_text)
    assert reason is not None
    return Absence(person.id, reason, note)


def parse_absence_rows(
    rows: list[list[str]], people: dict[str, Person], present: set[int]
) -> tuple[list[Absence], list[FieldError]]:
    """``people`` by id number (NIP/NIK); ``present`` ids already checked in."""
    columns = find_columns(rows, ABSENCE_COLUMNS, ("id", "reason"))
    if isinstance(columns, FieldError):
        return [], [columns]
    absences: list[Absence] = []
    errors: list[FieldError] = []
    seen: dict[int, int] = {}
    for offset, row in enumerate(rows[columns.header_row + 1 :]):
        sheet_row = columns.header_row + offset + 2
        if not any(cell.strip() for cell in row):
            continue
        found = _row_absence(row, columns, people, present)
        if isinstance(found, FieldError):
            errors.append(FieldError(found.field, found.message, sheet_row))
        elif found.person_id in seen:
            errors.append(
                FieldError(
                    columns.names["id"],
                    Refused(Refusal.SAME_PERSON_TWICE, first=seen[found.person_id]),
                    sheet_row,
                )
            )
        else:
            seen[found.person_id] = sheet_row
            absences.append(found)
    if not absences and not errors:
        errors.append(FieldError("isi", Refused(Refusal.NO_ROWS)))
    return absences, errors
