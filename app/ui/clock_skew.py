"""How a station's clock standing against the server's is said at the gate and in the
status bar (amber: scans still get the server's time, but the laptop's clock is wrong)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.station_clock import ClockCheck

translate = QCoreApplication.translate  # the name Qt's lupdate looks for


def _minutes_seconds(offset_s: int) -> tuple[int, int]:
    return divmod(abs(offset_s), 60)


def gate_band(check: ClockCheck) -> str:
    """The amber band across the gate ('' when the clock is within 30 seconds)."""
    if not check.skewed or check.offset_s is None:
        return ""
    minutes, seconds = _minutes_seconds(check.offset_s)
    if check.offset_s > 0:
        text = translate(
            "ClockSkew",
            "JAM LAPTOP INI {m} menit {s} detik LEBIH LAMBAT dari server. Setel jamnya; "
            "kehadiran tetap dicatat dengan jam server.",
        )
    else:
        text = translate(
            "ClockSkew",
            "JAM LAPTOP INI {m} menit {s} detik LEBIH CEPAT dari server. Setel jamnya; "
            "kehadiran tetap dicatat dengan jam server.",
        )
    return text.format(m=minutes, s=seconds)


def status_note(check: ClockCheck) -> str:
    """A short note for the status bar ('' when the clock is within 30 seconds)."""
    if not check.skewed or check.offset_s is None:
        return ""
    minutes, seconds = _minutes_seconds(check.offset_s)
    sign = "-" if check.offset_s > 0 else "+"
    return translate("ClockSkew", "Jam meleset {sign}{m}:{s:02d} dari server").format(
        sign=sign, m=minutes, s=seconds
    )
