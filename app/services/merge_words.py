"""A station merge's report in Indonesian lines: for ``netra station merge`` and the
Gabungkan rekaman stasiun dialog (which shows the same record-by-record list)."""

from __future__ import annotations

from app.core.locale_format import clock_time, number
from app.services.station_service import Conflict, MergeReport


def conflict_line(conflict: Conflict) -> str:
    other = f"{clock_time(conflict.other_at.time())} di {conflict.other_station}"
    if conflict.moment:
        other = f"{other}, sesi {conflict.moment}"
    if conflict.corrected_s is not None:
        assert conflict.kept_at is not None
        return (
            f"{conflict.name} ({conflict.id_number}): jam dikoreksi dari {other} menjadi "
            f"{clock_time(conflict.kept_at.time())} ({signed_seconds(conflict.corrected_s)})"
        )
    if conflict.problem and conflict.kept_at is not None:
        kept = f"{clock_time(conflict.kept_at.time())} di {conflict.kept_station}"
        return f"{conflict.name} ({conflict.id_number}): dipakai {kept}; {other}: " + (
            conflict.problem
        )
    if conflict.problem:
        return f"{conflict.id_number}: {conflict.problem} (tercatat {other}); dilewati"
    assert conflict.kept_at is not None
    kept = f"{clock_time(conflict.kept_at.time())} di {conflict.kept_station}"
    return f"{conflict.name} ({conflict.id_number}): dipakai {kept}, juga tercatat {other}"


def summary_lines(report: MergeReport) -> list[str]:
    """What the merge did, and each file's clock."""
    lines = [
        f"{number(report.added)} kehadiran baru, {number(report.moved_earlier)} diganti waktu "
        f"lebih awal, {number(report.unchanged)} sudah ada; "
        f"{number(report.scans_added)} percobaan pindai ditambahkan.",
        *(f"{c.verdict[0].upper()}{c.verdict[1:]}." for c in report.clocks),
    ]
    if report.corrected:
        lines.append(f"{number(report.corrected)} waktu kehadiran dikoreksi dengan selisih jam "
                     "yang terukur (tercatat di jejak audit).")  # fmt: skip
    return lines


def report_lines(report: MergeReport) -> list[str]:
    lines = summary_lines(report)
    if report.conflicts:
        lines.append(f"{number(len(report.conflicts))} catatan untuk diperiksa (orang tercatat "
                     "di lebih dari satu stasiun: waktu paling awal yang dipakai; waktu yang "
                     "dikoreksi):")  # fmt: skip
        lines += [f"  {conflict_line(c)}" for c in report.conflicts]
    return lines


def signed_seconds(seconds: int) -> str:
    minutes, rest = divmod(abs(seconds), 60)
    return f"{'+' if seconds >= 0 else '-'}{minutes}:{rest:02d}"
