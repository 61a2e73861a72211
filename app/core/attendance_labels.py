"""The one set of words for how each person attended, shared by every document and file.

The PDF, the Excel workbook and the CSV print ``MARK_LABELS``; the UI shows the same
marks through ``app.ui.labels.mark_label`` in the user's language. A mark is a stable
code, so a test can hold every export against the others.
"""

from __future__ import annotations

from enum import StrEnum


class Mark(StrEnum):
    PRESENT = "hadir"
    ABSENT = "tidak_hadir"
    LATE = "terlambat"
    MANUAL = "manual"
    GUEST = "tamu"
    DARING = "daring"
    IZIN = "izin"
    SAKIT = "sakit"
    CUTI = "cuti"
    DINAS_LUAR = "dinas_luar"
    TANPA_KETERANGAN = "tanpa_keterangan"
    NO_REASON = "alasan_belum_dicatat"


MARK_LABELS: dict[Mark, str] = {
    Mark.PRESENT: "hadir",
    Mark.ABSENT: "tidak hadir",
    Mark.LATE: "terlambat",
    Mark.MANUAL: "manual",
    Mark.GUEST: "tamu",
    Mark.DARING: "daring",
    Mark.IZIN: "izin",
    Mark.SAKIT: "sakit",
    Mark.CUTI: "cuti",
    Mark.DINAS_LUAR: "dinas luar",
    Mark.TANPA_KETERANGAN: "tanpa keterangan",
    Mark.NO_REASON: "alasan belum dicatat",
}


def marks_text(marks: list[Mark], note: str = "") -> str:
    """``terlambat, manual`` or ``sakit: rawat inap``: the Keterangan cell of every export."""
    text = ", ".join(MARK_LABELS[mark] for mark in marks)
    return f"{text}: {note}" if note and text else text or note


def status_text(present: bool) -> str:
    """``Hadir`` / ``Tidak hadir``, as the Status column writes it."""
    label = MARK_LABELS[Mark.PRESENT if present else Mark.ABSENT]
    return label[0].upper() + label[1:]
