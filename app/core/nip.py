"""Indonesian civil-servant identity numbers.

A PNS NIP has 18 digits: birth date ``YYYYMMDD``, appointment (TMT) ``YYYYMM``,
gender digit (1 male, 2 female) and a 3-digit sequence. A PPPK number is 18
digits too, but its middle field is not a TMT month, so it is not checked as
one. A NIK (population number) has 16 digits.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.core.refusals import Refusal, Refused


class EmploymentStatus(StrEnum):
    PNS = "PNS"
    PPPK = "PPPK"
    NON_ASN = "NON ASN"


class IdKind(StrEnum):
    NIP = "nip"
    NIK = "nik"
    INTERNAL = "internal"


@dataclass(frozen=True)
class NipParts:
    birth_date: date
    tmt_year: int
    tmt_month: int
    gender: str  # "L" or "P"
    sequence: int


ADULT_AGE = 18


def normalise_id(text: str) -> str:
    """One spelling per number, so one person is never stored twice.

    NFKC folds full-width and other compatibility forms (``１９９０`` -> ``1990``); any
    other decimal digit (Arabic-Indic, ...) becomes its ASCII digit; spaces, invisible
    format characters and the apostrophe Excel users type before a long number go.
    What is left is checked by the id rules, which accept ASCII letters and digits only.
    """
    folded = unicodedata.normalize("NFKC", text).strip().lstrip("'")
    kept = []
    for char in folded:
        if char.isspace() or unicodedata.category(char) == "Cf":
            continue
        digit = unicodedata.decimal(char, None)
        kept.append(str(digit) if digit is not None else char)
    return "".join(kept)


def _ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _birth_date(digits: str) -> date | None:
    try:
        return date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def nip_problem(nip: str, status: EmploymentStatus = EmploymentStatus.PNS) -> str | None:
    """Return an Indonesian message saying what is wrong with ``nip``, or None when it is valid."""
    if len(nip) != 18 or not _ascii_digits(nip):
        return (
            Refused(Refusal.NIP_LENGTH, length=len(nip))
            if _ascii_digits(nip)
            else Refused(Refusal.NIP_DIGITS)
        )
    birth = _birth_date(nip)
    if birth is None or not 1940 <= birth.year <= date.today().year:
        return Refused(Refusal.NIP_BIRTH_DATE, birth=nip[0:8])
    if nip[14] not in "12":
        return Refused(Refusal.NIP_GENDER_DIGIT, digit=nip[14])
    if status is EmploymentStatus.PPPK:
        return None
    tmt_year, tmt_month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= tmt_month <= 12:
        return Refused(Refusal.NIP_TMT_MONTH, month=nip[12:14])
    if (tmt_year, tmt_month) < (birth.year + ADULT_AGE, birth.month):
        return Refused(Refusal.NIP_TMT_TOO_EARLY)
    if tmt_year > date.today().year + 1:
        return Refused(Refusal.NIP_TMT_FUTURE, year=tmt_year)
    return None


def parse_nip(nip: str) -> NipParts | None:
    """The parts of a valid PNS NIP, or None."""
    if nip_problem(nip) is not None:
        return None
    birth = _birth_date(nip)
    assert birth is not None
    return NipParts(
        birth_date=birth,
        tmt_year=int(nip[8:12]),
        tmt_month=int(nip[12:14]),
        gender="L" if nip[14] == "1" else "P",
        sequence=int(nip[15:18]),
    )


def nik_problem(nik: str) -> str | None:
    if len(nik) != 16 or not _ascii_digits(nik):
        return Refused(Refusal.NIK_LENGTH)
    return None


def format_nip(nip: str) -> str:
    """Group an 18-digit NIP for reading: ``19900101 201503 1 001``; other ids unchanged."""
    if len(nip) == 18 and _ascii_digits(nip):
        return f"{nip[0:8]} {nip[8:14]} {nip[14]} {nip[15:18]}"
    return nip
