"""Station identity in one database: which stations may write records, and who approved them.

The first station to write into a database with no enrolled station is enrolled as its
founder (HR's laptop making the event). Any other station asks to be enrolled; HR compares
the fingerprint the station shows with the one listed and approves it with the admin PIN.
Every step is audited. Until then the station's records are reported by ``audit verify``
and refused by a merge.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from app.core.admin_pin import PinCheck
from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.refusals import Refusal, Refused
from app.core.station_identity import (
    Enrolment,
    SealChecker,
    StationEntry,
    StationKey,
    fingerprint_of,
    public_key_problem,
)
from app.services.auditor import Auditor
from app.services.event_service import Invalid
from app.services.pin_service import PinService
from app.store.store import Store


@dataclass(frozen=True)
class Approved:
    station: StationEntry
    added: bool  # False when it was already enrolled


class EnrolmentService:
    def __init__(
        self, store: Store, clock: Clock, actor: str, key: StationKey, admin_pins: PinService
    ) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)
        self.key = key
        self.admin_pins = admin_pins
        self._known = False

    def ensure_known(self, name: str) -> None:
        """Inside a write: make this station known here before its first sealed record."""
        if self._known:
            return
        if self.store.enrolment.station(self.key.fingerprint) is None:
            founder = not self.store.enrolment.any_enrolled()
            status = Enrolment.ENROLLED if founder else Enrolment.REQUESTED
            entry = StationEntry(self.key.fingerprint, self.key.public_raw, name, status)
            self._add(entry, {"founder": founder})
        self._known = True

    def request(self, name: str) -> StationEntry:
        """Ask to be enrolled (a station on a shared server); HR approves it."""
        with self.store.write():
            self.ensure_known(name)
            entry = self.store.enrolment.station(self.key.fingerprint)
        assert entry is not None
        return entry

    def approve(
        self, fingerprint: str, pin: str, public_key: bytes | None = None, name: str = ""
    ) -> Approved | Invalid | PinCheck:
        """Enrol a station: one that asked here, or one whose key came in its export file."""
        if public_key is not None:
            problem = public_key_problem(public_key)
            if problem or fingerprint_of(public_key) != fingerprint:
                return Invalid(
                    [FieldError("stasiun", problem or Refused(Refusal.FINGERPRINT_MISMATCH))]
                )
        with self.store.write():
            check = self.admin_pins.check_within_transaction(pin)
            if not check.accepted:
                return check
            known = self.store.enrolment.station(fingerprint)
            if known is not None and known.status is Enrolment.ENROLLED:
                return Approved(known, added=False)
            now = self.clock.now()
            if known is None:
                if public_key is None:
                    return Invalid([FieldError(
                        "stasiun", Refused(Refusal.STATION_NOT_ASKED, fingerprint=fingerprint)
                    )])  # fmt: skip
                known = StationEntry(fingerprint, public_key, name, Enrolment.ENROLLED)
                self._add(known, {"approved_with": "admin_pin"})
            else:
                self.store.enrolment.approve(fingerprint, now, self.actor)
                self.audit.record(
                    "station.enrol",
                    "station",
                    fingerprint,
                    None,
                    {"name": known.name, "approved_with": "admin_pin"},
                    at=now,
                )
            entry = self.store.enrolment.station(fingerprint)
        assert entry is not None
        return Approved(entry, added=True)

    def stations(self) -> list[StationEntry]:
        return self.store.enrolment.stations()

    def checker(self) -> SealChecker:
        return SealChecker(self.store.enrolment.stations())

    def _add(self, entry: StationEntry, details: dict[str, object]) -> None:
        now = self.clock.now()
        enrolled = entry.status is Enrolment.ENROLLED
        self.store.enrolment.add(entry, now, self.actor)
        self.audit.record(
            "station.enrol" if enrolled else "station.request",
            "station",
            entry.fingerprint,
            None,
            {
                "name": entry.name,
                "public_key": base64.b64encode(entry.public_key).decode(),
                **details,
            },
            at=now,
        )
