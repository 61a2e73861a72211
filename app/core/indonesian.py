"""Dates and numbers written the way Indonesian offices write them."""

from __future__ import annotations

from datetime import date, time

DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTH_NAMES = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def long_date(day: date) -> str:
    """``1 Oktober 2024``."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def day_and_date(day: date) -> str:
    """``Selasa, 1 Oktober 2024``."""
    return f"{DAY_NAMES[day.weekday()]}, {long_date(day)}"


def clock_time(at: time) -> str:
    """``07.30``: Indonesian style puts a dot between hours and minutes."""
    return f"{at.hour:02d}.{at.minute:02d}"


def number(value: int) -> str:
    """``8.432``: a dot for thousands."""
    return f"{value:,}".replace(",", ".")


def percent(part: int, whole: int) -> str:
    """``87,5%``: a comma for decimals; ``0%`` when nothing is expected."""
    if whole == 0:
        return "0%"
    return f"{100 * part / whole:.1f}".replace(".", ",") + "%"
