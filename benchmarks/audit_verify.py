"""Time ``netra audit verify`` on a 10,000-person event where everyone checked in, and the
cost of sealing and checking one record with a station key.

    python benchmarks/audit_verify.py [--people 10000] [--runs 5]

The demo seeds 70 % of the people; the rest are scanned through the real check-in
service (badge verified, check-in and scan log sealed by this station, audited), so the
database holds ``--people`` sealed check-ins and their scan attempts. Each verify run
walks the whole audit chain, holds every check-in against it, checks every check-in and
scan seal against the enrolled stations and every covered row against its digest.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.checkin import Method
from app.core.clock import FixedClock
from app.core.station_identity import Enrolment, SealChecker, StationEntry, StationKey
from app.core.station_records import EventKey, RecordedCheckin, checkin_message
from benchmarks.demo_event import demo_event
from benchmarks.machine import print_table

MORNING = datetime(2024, 10, 1, 7, 0)


def record_costs(samples: int) -> tuple[list[float], list[float]]:
    """Microseconds to seal one check-in, and to check its seal."""
    key = StationKey(Ed25519PrivateKey.generate())
    event = EventKey("Apel", MORNING.date(), "Pemerintah Kabupaten Wanasari")
    record = RecordedCheckin("198001012005011001", MORNING, "Gerbang 1", Method.CAMERA, "op",
                             False)  # fmt: skip
    checker = SealChecker(
        [StationEntry(key.fingerprint, key.public_raw, "Gerbang 1", Enrolment.ENROLLED)]
    )
    sealing, checking = [], []
    for _ in range(samples):
        started = time.perf_counter()
        seal = key.seal(checkin_message(event, record))
        sealing.append((time.perf_counter() - started) * 1e6)
        started = time.perf_counter()
        assert checker.problem(seal, checkin_message(event, record)) is None
        checking.append((time.perf_counter() - started) * 1e6)
    return sealing, checking


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sealing, checking = record_costs(5_000)
    print_table("Sealing one check-in (Ed25519, station key)",
                [("seal a check-in", sealing, "tens of µs"),
                 ("check a seal", checking, "")], unit="µs")  # fmt: skip
    with demo_event(args.people, FixedClock(MORNING)) as demo:
        services, event_id = demo.services, demo.event_id
        event = services.events.get(event_id)
        absent = [p for p in services.store.people.expected_people(event_id)
                  if services.store.checkins.prior_checkin(event_id, p.id) is None]  # fmt: skip
        for badge in services.badges.issue(event.organisation_id, absent):
            services.checkins.scan(event_id, badge.token, Method.CAMERA, "Gerbang 1")
        present = services.store.checkins.attendance_counts(event_id).present
        assert services.store.enrolment.any_enrolled()
        durations, cpu = [], []
        for _ in range(args.runs):
            started, cpu_started = time.perf_counter(), time.process_time()
            report = services.safety.verify_audit()
            durations.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            assert report.intact, report
    print_table(
        f"netra audit verify: {args.people:,} people, {present:,} sealed check-ins, "
        f"{report.entries:,} audit entries, {report.sealed:,} sealed records",
        [
            ("audit verify (whole database), wall clock", durations, "< 5 s"),
            ("the same, CPU time of this process (others' load excluded)", cpu, ""),
        ],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
