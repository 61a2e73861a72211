"""A station merge's report in lines: for ``netra station merge`` (Indonesian) and the
Gabungkan rekaman stasiun dialog, which says each line in the UI's language (``say``)."""

from __future__ import annotations

from collections.abc import Callable

from app.core.locale_format import clock_time, number
from app.core.refusals import Refusal, Refused
from app.services.station_service import Conflict, MergeReport

Say = Callable[[str], str]  # a refusal in the reader's language; the core's own: str


def conflict_line(conflict: Conflict, say: Say = str) -> str:
    at = clock_time(conflict.other_at.time())
    other = Refused(Refusal.RECORDED_AT, time=at, station=conflict.other_station)
    if conflict.moment:
        other = Refused(Refusal.RECORDED_AT_MOMENT, time=at, station=conflict.other_station,
                        moment=conflict.moment)  # fmt: skip
    who = {"name": conflict.name, "number": conflict.id_number, "other": other}
    if conflict.corrected_s is not None:
        assert conflict.kept_at is not None
        return say(Refused(Refusal.CONFLICT_CORRECTED, **who,
                           kept=clock_time(conflict.kept_at.time()),
                           shift=signed_seconds(conflict.corrected_s)))  # fmt: skip
    if conflict.problem and conflict.kept_at is None:
        return say(Refused(Refusal.CONFLICT_SKIPPED, number=conflict.id_number,
                           problem=conflict.problem, other=other))  # fmt: skip
    assert conflict.kept_at is not None
    kept = Refused(Refusal.RECORDED_AT, time=clock_time(conflict.kept_at.time()),
                   station=conflict.kept_station)  # fmt: skip
    if conflict.problem:
        return say(Refused(Refusal.CONFLICT_KEPT_PROBLEM, **who, kept=kept,
                           problem=conflict.problem))  # fmt: skip
    return say(Refused(Refusal.CONFLICT_KEPT, **who, kept=kept))


def summary_lines(report: MergeReport, say: Say = str) -> list[str]:
    """What the merge did, and each file's clock."""
    lines = [
        say(Refused(Refusal.MERGE_COUNTS, added=number(report.added),
                    moved=number(report.moved_earlier), unchanged=number(report.unchanged),
                    scans=number(report.scans_added))),
        *(_sentence(say(c.verdict)) for c in report.clocks),
    ]  # fmt: skip
    if report.corrected:
        lines.append(say(Refused(Refusal.MERGE_CORRECTED, count=number(report.corrected))))
    return lines


def _sentence(text: str) -> str:
    return f"{text[:1].upper()}{text[1:]}."


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
