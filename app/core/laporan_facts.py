"""The facts a laporan pelaksanaan states, taken from the stored data and nothing else.

One value holds every number and name the laporan prints, so the PDF, the bundle's
manifest and ``netra laporan verify`` compare the same thing: a fact that changed in
the database after the bundle was made shows up as a differing entry of ``as_dict``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from app.core.checkin import Method
from app.core.pakta import Signer
from app.core.pledge import PledgeScript
from app.core.report_data import ABSENCE_REASON_LABELS, AbsenceReason, AttendanceReport


@dataclass(frozen=True)
class StationState:
    name: str
    merged: bool


@dataclass(frozen=True)
class GateClosure:
    """Whether the gate was closed in Netra and every station's records merged."""

    closed: bool
    at: str = ""  # as the audit entry gives it
    stations: tuple[StationState, ...] = ()

    @property
    def all_merged(self) -> bool:
        return self.closed and all(station.merged for station in self.stations)

    def sentence(self) -> str:
        if not self.closed:
            return "Gerbang tidak ditutup melalui Netra; data kehadiran dibaca sebagaimana adanya."
        if not self.stations:
            return f"Gerbang ditutup melalui Netra pada {self.at}."
        names = ", ".join(s.name for s in self.stations)
        if self.all_merged:
            return (
                f"Gerbang ditutup melalui Netra pada {self.at}; data semua stasiun ({names}) "
                "telah digabungkan."
            )
        missing = ", ".join(s.name for s in self.stations if not s.merged)
        return (
            f"Gerbang ditutup melalui Netra pada {self.at}; data stasiun {missing} belum "
            "digabungkan."
        )


def gate_closure_of(at: str | None, details: Mapping[str, Any] | None) -> GateClosure:
    """The closure as the entry that closed the gate states it (None: the gate is open;
    ``app.services.gate_service`` writes the entry, with its ``details`` as documented there).

    Reads ``stations`` as a list of ``{"station"|"name": ..., "merged": bool}`` or as a
    mapping of station name to merged; anything else counts as no station listed."""
    if at is None:
        return GateClosure(closed=False)
    listed = (details or {}).get("stations")
    stations: list[StationState] = []
    if isinstance(listed, Mapping):
        stations = [StationState(str(name), bool(merged)) for name, merged in listed.items()]
    elif isinstance(listed, list):
        for item in listed:
            if isinstance(item, Mapping):
                name = item.get("station", item.get("name", ""))
                stations.append(StationState(str(name), bool(item.get("merged", False))))
    return GateClosure(closed=True, at=at, stations=tuple(stations))


@dataclass(frozen=True)
class UnitAttendance:
    unit: str
    expected: int
    present: int
    late: int
    absent: int


@dataclass(frozen=True)
class LaporanFacts:
    event_id: int
    title: str
    day: str  # ISO date
    start: str  # HH:MM with the zone
    venue: str
    presiding_name: str
    presiding_position: str
    expected: int
    present: int
    present_luring: int
    present_daring: int
    late: int
    absent: int
    absent_by_reason: dict[str, int]  # label -> count, every reason listed, then no reason
    guests: int
    units: list[UnitAttendance]
    ikrar_title: str
    ikrar_points: list[str]
    pakta_expected: int
    pakta_signed: int
    pakta_unsigned: list[str] = field(default_factory=list)  # "Name — position"
    gate: GateClosure = GateClosure(closed=False)

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON values, for the bundle's manifest and for comparing at verify."""
        return asdict(self)


NO_REASON_LABEL = "alasan belum dicatat"


def build_facts(
    report: AttendanceReport,
    script: PledgeScript | None,
    signers: Sequence[Signer],
    gate: GateClosure,
) -> LaporanFacts:
    """The laporan's facts from the attendance report, the ikrar read and the pakta signers."""
    event = report.event
    expected_lines = [line for line in report.lines if line.expected]
    present = [line for line in expected_lines if line.present]
    absent = [line for line in expected_lines if not line.present]
    by_reason = {ABSENCE_REASON_LABELS[reason]: 0 for reason in AbsenceReason}
    unexplained = 0
    for line in absent:
        if line.absence is None:
            unexplained += 1
        else:
            by_reason[ABSENCE_REASON_LABELS[line.absence.reason]] += 1
    by_reason[NO_REASON_LABEL] = unexplained
    daring = sum(1 for line in present if line.method == Method.DARING)
    zone = getattr(event.time_zone, "value", str(event.time_zone))
    return LaporanFacts(
        event_id=int(event.id or 0),
        title=event.title,
        day=event.day.isoformat(),
        start=f"{event.start_time:%H.%M} {zone}",
        venue=event.venue,
        presiding_name=event.presiding_name,
        presiding_position=event.presiding_position,
        expected=len(expected_lines),
        present=len(present),
        present_luring=len(present) - daring,
        present_daring=daring,
        late=sum(1 for line in present if line.late),
        absent=len(absent),
        absent_by_reason=by_reason,
        guests=report.guests,
        units=[
            UnitAttendance(
                g.unit, g.totals.expected, g.totals.present, g.totals.late, g.totals.absent
            )
            for g in report.unit_groups
        ],
        ikrar_title=script.title if script else "",
        ikrar_points=list(script.points) if script else [],
        pakta_expected=len(signers),
        pakta_signed=sum(1 for s in signers if s.signed),
        pakta_unsigned=[
            f"{s.name} — {s.position}" if s.position else s.name for s in signers if not s.signed
        ],
        gate=gate,
    )


def differing_facts(printed: Mapping[str, Any], stored: Mapping[str, Any]) -> list[str]:
    """The names of the facts that differ between the bundle and the database now."""
    keys = sorted(set(printed) | set(stored))
    return [key for key in keys if printed.get(key) != stored.get(key)]
