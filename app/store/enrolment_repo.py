"""The stations a database knows: their public keys and whether HR approved them."""

from __future__ import annotations

from datetime import datetime

from app.core.station_identity import Enrolment, StationEntry
from app.store.models import SigningStart, Station


class EnrolmentRepo:
    def stations(self) -> list[StationEntry]:
        return [
            StationEntry(row.fingerprint, bytes(row.public_key), row.name, Enrolment(row.status))
            for row in Station.select().order_by(Station.id)
        ]

    def station(self, fingerprint: str) -> StationEntry | None:
        row = Station.get_or_none(Station.fingerprint == fingerprint)
        if row is None:
            return None
        return StationEntry(row.fingerprint, bytes(row.public_key), row.name, Enrolment(row.status))

    def any_enrolled(self) -> bool:
        return Station.select().where(Station.status == Enrolment.ENROLLED.value).exists()

    def add(self, entry: StationEntry, at: datetime, decided_by: str) -> None:
        enrolled = entry.status is Enrolment.ENROLLED
        Station.insert(
            fingerprint=entry.fingerprint, public_key=entry.public_key, name=entry.name,
            status=entry.status.value, requested_at=at, decided_at=at if enrolled else None,
            decided_by=decided_by if enrolled else "",
        ).execute()  # fmt: skip

    def approve(self, fingerprint: str, at: datetime, decided_by: str) -> None:
        Station.update(status=Enrolment.ENROLLED.value, decided_at=at, decided_by=decided_by).where(
            Station.fingerprint == fingerprint
        ).execute()

    def signing_start(self) -> tuple[int, int]:
        """The first check-in and scan-log ids written with seals (earlier rows predate them)."""
        row = SigningStart.select().order_by(SigningStart.id).first()
        return (row.first_checkin, row.first_scan) if row else (1, 1)

    def coverage_start(self) -> dict[str, int]:
        """Per covered table, the first key made when the audit trail began to cover its rows."""
        row = SigningStart.select().order_by(SigningStart.id).first()
        if row is None:
            return {}
        return {
            "person": row.first_person, "event": row.first_event, "absences": row.first_event,
            "moments": row.first_moment_event,
            "keys": row.first_organisation, "pakta_signature": row.first_pakta_signature,
            "pakta_paper_page": row.first_pakta_paper_page,
        }  # fmt: skip
