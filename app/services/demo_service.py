"""A ready demo: a fictional regency, its units, N synthetic employees and today's event.

Everything is derived from a fixed random seed and ``db/seed/demo.json``, so running
it again changes nothing (or only adds people when more are asked for).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from app.core.checkin import Method
from app.core.checkin_audit import record_details
from app.core.clock import Clock
from app.core.events import Event, EventKind
from app.core.nip import EmploymentStatus, IdKind
from app.core.people import Person
from app.core.station_records import RecordedCheckin, entry_for
from app.paths import install_root, resource
from app.services.auditor import Auditor
from app.services.badge_service import BadgeService
from app.services.event_service import EventService, Saved
from app.services.pakta_service import PaktaService
from app.services.record_sealer import RecordSealer
from app.store.store import Store

SEED = 20240913
DEMO_STATION = "Gerbang 1"
DEFAULT_PEOPLE = 1_200
PRESENT_SHARE = 0.7


@dataclass(frozen=True)
class DemoResult:
    organisation_id: int
    event_id: int
    people_added: int
    people_total: int


def load_seed() -> dict[str, Any]:
    return json.loads((install_root() / "db" / "seed" / "demo.json").read_text("utf-8"))


def _nip(rng: random.Random, status: EmploymentStatus, gender: str, sequence: int) -> str:
    sequence = sequence % 1000 or 999  # a real NIP's sequence never is 000
    birth = date(rng.randint(1966, 2000), rng.randint(1, 12), rng.randint(1, 28))
    digit = "1" if gender == "L" else "2"
    if status is EmploymentStatus.PPPK:
        return f"{birth:%Y%m%d}{rng.randint(2021, 2025)}21{digit}{sequence:03d}"
    tmt_year = rng.randint(birth.year + 20, min(birth.year + 35, 2025))
    return f"{birth:%Y%m%d}{tmt_year}{rng.randint(1, 12):02d}{digit}{sequence:03d}"


def synthetic_people(count: int, seed: dict[str, Any]) -> list[Person]:
    """``count`` distinct, valid people; the first n of a larger call equal a smaller call."""
    rng = random.Random(SEED)
    people: list[Person] = []
    used: set[str] = set()
    while len(people) < count:
        gender = rng.choice("LP")
        given = rng.choice(seed["male_names"] if gender == "L" else seed["female_names"])
        name = f"{given} {rng.choice(seed['family_names'])}"
        roll = rng.random()
        status = (
            EmploymentStatus.PNS if roll < 0.75
            else EmploymentStatus.PPPK if roll < 0.9
            else EmploymentStatus.NON_ASN
        )  # fmt: skip
        if status is EmploymentStatus.NON_ASN:
            id_kind, id_number = IdKind.NIK, f"33{rng.randint(10**13, 10**14 - 1)}"
        else:
            id_kind, id_number = IdKind.NIP, _nip(rng, status, gender, len(people) + 1)
        front = rng.choice(seed["front_titles"]) if status is not EmploymentStatus.NON_ASN else ""
        if gender == "L":
            front = front.replace("Hj.", "H.")
        else:
            front = front.replace("H.", "Hj.").replace("Drs.", "Dra.")
        if id_number in used:
            continue
        used.add(id_number)
        people.append(
            Person(
                id_number=id_number,
                id_kind=id_kind,
                name=name,
                front_title=front,
                back_title=rng.choice(seed["back_titles"]),
                status=status,
                gender=gender,
                grade=rng.choice(seed["grades"]) if status is not EmploymentStatus.NON_ASN else "",
                position=rng.choice(seed["positions"]),
                unit=rng.choice(seed["units"]),
            )
        )
    return people


def head_position(unit: str) -> str | None:
    """The position of the official heading a unit; None for the Sekretariat Daerah (the Sekda)."""
    if unit == "Sekretariat Daerah":
        return None
    if unit.startswith("Kecamatan "):
        return "Camat " + unit.removeprefix("Kecamatan ")
    if unit.startswith("Inspektorat"):
        return "Inspektur Daerah"
    if unit == "Sekretariat DPRD":
        return "Sekretaris DPRD"
    if unit.startswith("RSUD"):
        return f"Direktur {unit}"
    return f"Kepala {unit}"


def regional_officials(seed: dict[str, Any]) -> list[Person]:
    """The regional head, the Sekda, the assistants and the head of every unit: the signers."""
    officials = [
        Person(
            id_number=o["nip"], id_kind=IdKind.NIP, name=o["name"], front_title=o["front"],
            back_title=o["back"], status=EmploymentStatus.PNS, gender=o["gender"],
            grade=o["grade"], position=o["position"], unit=o["unit"],
        )
        for o in seed["officials"]
    ]  # fmt: skip
    rng = random.Random(SEED + 2)
    for number, unit in enumerate(seed["units"], start=1):
        position = head_position(unit)
        if position is None:
            continue
        gender = rng.choice("LP")
        given = rng.choice(seed["male_names"] if gender == "L" else seed["female_names"])
        officials.append(
            Person(
                id_number=_nip(rng, EmploymentStatus.PNS, gender, 900 + number),
                id_kind=IdKind.NIP,
                name=f"{given} {rng.choice(seed['family_names'])}",
                front_title=rng.choice(
                    ["", "Drs.", "Dr.", "Ir."] if gender == "L" else ["", "Dra.", "Dr.", "Ir."]
                ),
                back_title=rng.choice(["M.Si.", "M.M.", "M.T.", "M.Pd.", "S.H., M.H.", "M.Kes."]),
                status=EmploymentStatus.PNS,
                gender=gender,
                grade=rng.choice(["IV/b", "IV/c"]),
                position=position,
                unit=unit,
            )
        )
    return officials


def demo_people(count: int, seed: dict[str, Any]) -> list[Person]:
    """``count`` people; from ``heads_from`` on, the officials are among them."""
    if count < seed["heads_from"]:
        return synthetic_people(count, seed)
    officials = regional_officials(seed)
    return officials + synthetic_people(count - len(officials), seed)


class DemoService:
    def __init__(
        self, store: Store, clock: Clock, events: EventService, badges: BadgeService,
        pakta: PaktaService, sealer: RecordSealer,
    ) -> None:  # fmt: skip
        self.store = store
        self.clock = clock
        self.audit = Auditor(store, "demo", clock)
        self.events = events
        self.badges = badges
        self.pakta = pakta
        self.sealer = sealer

    def ensure_demo(self, people: int = DEFAULT_PEOPLE) -> DemoResult:
        seed = load_seed()
        now = self.clock.now()
        with self.store.write():
            organisation_id = self.store.events.organisation_id_named(seed["organisation"])
            if organisation_id is None:
                organisation_id = self.store.events.insert_organisation(seed["organisation"], now)
            known = self.store.people.id_numbers(organisation_id)
            new = [p for p in demo_people(people, seed) if p.id_number not in known]
            new_ids = self.store.people.insert_people(organisation_id, new, now)
            if new:
                self.audit.record(
                    "roster.import",
                    "organisation",
                    organisation_id,
                    None,
                    {"added": len(new)},
                    at=now,
                )
        self.badges.ensure_signing_key(organisation_id)
        event_id = self._ensure_event(seed, organisation_id, now)
        with self.store.write():
            if self.store.people.add_attendees(event_id, new_ids):
                self.audit.record(
                    "event.attendees", "event", event_id, event_id, {"added": len(new_ids)}, at=now
                )
        if people >= seed["heads_from"]:
            self._mark_signers(organisation_id, event_id, seed)
        return DemoResult(
            organisation_id, event_id, len(new), self.store.people.count_people(organisation_id)
        )

    def _mark_signers(self, organisation_id: int, event_id: int, seed: dict[str, Any]) -> None:
        """The officials sign the pakta, in rank order; done once, HR may change it after."""
        if self.pakta.signers(event_id):
            return
        wanted = {p.id_number for p in regional_officials(seed)}
        for person in self.store.people.people_of_organisation(organisation_id):
            if person.id_number in wanted:
                self.pakta.add_signer(event_id, person.id)

    def _ensure_event(self, seed: dict[str, Any], organisation_id: int, now: datetime) -> int:
        spec = seed["event"]
        for event in self.events.list_events():
            if event.organisation_id == organisation_id and event.title == spec["title"]:
                return int(event.id or 0)
        start = time.fromisoformat(spec["start_time"])
        result = self.events.save(
            Event(
                title=spec["title"],
                kind=EventKind(spec["kind"]),
                day=now.date(),
                start_time=start,
                late_after=time.fromisoformat(spec["late_after"]),
                venue=spec["venue"],
                organiser=spec["organiser"],
                kop_lines=spec["kop_lines"],
                logo=resource("demo", "logo-wanasari.png").read_bytes(),
                presiding_name=spec["presiding_name"],
                presiding_nip=spec["presiding_nip"],
                presiding_position=spec["presiding_position"],
                organisation_id=organisation_id,
            )
        )
        assert isinstance(result, Saved), result
        with self.store.write():
            numbers = {
                p.id: p.id_number for p in self.store.people.people_of_organisation(organisation_id)
            }
            self.store.people.add_attendees(result.event_id, list(numbers))
            self.audit.record(
                "event.attendees",
                "event",
                result.event_id,
                result.event_id,
                {"added": len(numbers)},
                at=now,
            )
            self._seed_arrivals(result.event_id, numbers, now, start, spec)
        return result.event_id

    def _seed_arrivals(
        self, event_id: int, numbers: dict[int, str], now: datetime, start: time,
        spec: dict[str, Any],
    ) -> None:  # fmt: skip
        """Most people already arrived, spread over the hour before the start, a few late;
        audited like check-ins made at the gate, so ``netra audit verify`` holds for them."""
        rng = random.Random(SEED + 1)
        day, people = now.date(), list(numbers)
        late_after = datetime.combine(day, time.fromisoformat(spec["late_after"]))
        opening = datetime.combine(day, start) - timedelta(minutes=50)
        arrivals = []
        for person_id in rng.sample(people, int(len(people) * PRESENT_SHARE)):
            at = opening + timedelta(seconds=int(rng.triangular(0, 4200, 2700)))
            arrivals.append((person_id, at, at > late_after))
        arrivals.sort(key=lambda arrival: arrival[1])
        event = self.store.events.get_event(event_id)
        assert event is not None
        records = [
            (person_id, self.sealer.sealed(event, RecordedCheckin(
                numbers[person_id], at, DEMO_STATION, Method.CAMERA, "demo", late)))
            for person_id, at, late in arrivals
        ]  # fmt: skip
        self.store.checkins.insert_checkins([entry_for(event_id, *pair) for pair in records])
        details = {"checkins": [{"person": person_id, **record_details(record)}
                                for person_id, record in records]}  # fmt: skip
        self.audit.record("demo.arrivals", "event", event_id, event_id, details, at=now)
