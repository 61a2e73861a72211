"""Dates and numbers written the way each language writes them; Indonesian by default.

Official documents (daftar hadir, pakta, badges) and the command line call these
without a language, so they always read the way Indonesian offices write them;
the UI passes the language the user chose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum


class Language(StrEnum):
    INDONESIAN = "id"
    ENGLISH = "en"


@dataclass(frozen=True)
class Writing:
    """What differs between languages: names of days and months, and punctuation."""

    day_names: tuple[str, ...]  # Monday first, as date.weekday() counts
    month_names: tuple[str, ...]
    thousands: str
    decimal: str
    time_separator: str


WRITING = {
    Language.INDONESIAN: Writing(
        ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
        ("Januari", "Februari", "Maret", "April", "Mei", "Juni",
         "Juli", "Agustus", "September", "Oktober", "November", "Desember"),
        thousands=".", decimal=",", time_separator=".",
    ),
    Language.ENGLISH: Writing(
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        ("January", "February", "March", "April", "May", "June",
         "July", "August", "September", "October", "November", "December"),
        thousands=",", decimal=".", time_separator=":",
    ),
}  # fmt: skip


def language_named(code: str) -> Language | None:
    """The language of a setting or a locale name (``en``, ``en_US``, ``id-ID``); None if other."""
    prefix = code.strip().replace("-", "_").split("_")[0].casefold()
    return next((language for language in Language if language.value == prefix), None)


def long_date(day: date, language: Language = Language.INDONESIAN) -> str:
    """``1 Oktober 2024`` / ``1 October 2024``."""
    return f"{day.day} {WRITING[language].month_names[day.month - 1]} {day.year}"


def day_and_date(day: date, language: Language = Language.INDONESIAN) -> str:
    """``Selasa, 1 Oktober 2024`` / ``Tuesday, 1 October 2024``."""
    return f"{WRITING[language].day_names[day.weekday()]}, {long_date(day, language)}"


def clock_time(at: time, language: Language = Language.INDONESIAN) -> str:
    """``07.30`` / ``07:30``: Indonesian style puts a dot between hours and minutes."""
    return f"{at.hour:02d}{WRITING[language].time_separator}{at.minute:02d}"


def number(value: int, language: Language = Language.INDONESIAN) -> str:
    """``8.432`` / ``8,432``."""
    return f"{value:,}".replace(",", WRITING[language].thousands)


def percent(part: int, whole: int, language: Language = Language.INDONESIAN) -> str:
    """``87,5%`` / ``87.5%``; ``0%`` when nothing is expected."""
    if whole == 0:
        return "0%"
    return f"{100 * part / whole:.1f}".replace(".", WRITING[language].decimal) + "%"


def choose_language(setting: str, system_locale: str) -> Language:
    """The setting when it names a language, else the system's, else Indonesian (the source)."""
    return language_named(setting) or language_named(system_locale) or Language.INDONESIAN
