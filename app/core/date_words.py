"""Numbers and dates written out in words, as a berita acara states its day and date.

"Pada hari ini Selasa tanggal satu bulan Desember tahun dua ribu dua puluh enam": the
words leave no room to alter a digit on paper.
"""

from __future__ import annotations

from datetime import date

from app.core.locale_format import WRITING, Language

_ONES = (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)  # fmt: skip
_SCALES = ((1_000_000_000, "miliar"), (1_000_000, "juta"), (1_000, "ribu"))


def number_words(value: int) -> str:
    """``2026`` -> ``dua ribu dua puluh enam``; ``1000`` -> ``seribu``; ``0`` -> ``nol``."""
    if value < 0:
        return f"minus {number_words(-value)}"
    if value < 12:
        return _ONES[value]
    if value < 20:
        return f"{_ONES[value - 10]} belas"
    if value < 100:
        tens, rest = divmod(value, 10)
        return _joined(f"{_ONES[tens]} puluh", rest)
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        head = "seratus" if hundreds == 1 else f"{_ONES[hundreds]} ratus"
        return _joined(head, rest)
    for scale, name in _SCALES:
        if value >= scale:
            count, rest = divmod(value, scale)
            head = "seribu" if scale == 1000 and count == 1 else f"{number_words(count)} {name}"
            return _joined(head, rest)
    raise AssertionError("unreachable")  # pragma: no cover


def _joined(head: str, rest: int) -> str:
    return f"{head} {number_words(rest)}" if rest else head


def date_in_words(day: date) -> str:
    """``Selasa tanggal satu bulan Desember tahun dua ribu dua puluh enam``."""
    writing = WRITING[Language.INDONESIAN]
    return (
        f"{writing.day_names[day.weekday()]} tanggal {number_words(day.day)} "
        f"bulan {writing.month_names[day.month - 1]} tahun {number_words(day.year)}"
    )
