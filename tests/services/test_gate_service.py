"""Closing an event's gate: nothing is recorded after it, the close is an audit entry with
the stations and an anchor, and only the admin PIN opens it again."""

import json
import shutil
from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.admin_pin import PinCheck, PinVerdict
from app.core.checkin import Guest, Method
from app.core.clock import FixedClock
from app.core.outcomes import Outcome
from app.core.station_identity import StationKey
from app.core.station_records import write_records
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.gate_service import GateClosed, GateReopened
from app.store.models import ScanLog
from app.store.store import Store
from tests.conftest import DEMO_MORNING

ADMIN_PIN = "246810"


@pytest.fixture
def gate(demo, clock):
    """The demo event, an admin PIN, and people who have not come yet (with badges)."""
    assert not isinstance(demo.admin_pins.set_pin(ADMIN_PIN), Invalid)
    event = demo.events.list_events()[0]
    absent = [p for p in demo.store.people.expected_people(event.id)
              if demo.store.checkins.prior_checkin(event.id, p.id) is None]  # fmt: skip
    return demo, event, absent


def badge(services, event, person):
    return services.badges.token_for(event.organisation_id, person)


def test_scan_after_the_gate_is_closed_is_refused_and_logged_until_reopened(gate, clock):
    services, event, absent = gate
    closed = services.gate.close(event.id, "Gerbang 1")
    assert isinstance(closed, GateClosed)
    clock.at += timedelta(minutes=5)
    refused = services.checkins.scan(event.id, badge(services, event, absent[0]), Method.SCANNER,
                                     "Gerbang 1")  # fmt: skip
    assert refused.outcome is Outcome.GATE_CLOSED
    assert refused.person is not None and refused.person.id == absent[0].id
    assert services.store.checkins.prior_checkin(event.id, absent[0].id) is None
    manual = services.checkins.manual(event.id, absent[1].id, "lupa kartu", "Gerbang 1")
    assert manual.outcome is Outcome.GATE_CLOSED
    walk_in = services.checkins.walk_in(
        event.id, Guest("Tamu Terlambat", "3201010101010001", "Bawaslu", "tamu"), "Gerbang 1"
    )
    assert walk_in.outcome is Outcome.GATE_CLOSED
    assert (
        services.store.people.person_by_id_number(event.organisation_id, "3201010101010001") is None
    )
    scans = [s.outcome for s in ScanLog.select().order_by(ScanLog.id)][-3:]
    assert scans == [Outcome.GATE_CLOSED] * 3
    wrong = services.gate.reopen(event.id, "135790", "susulan")
    assert isinstance(wrong, PinCheck) and wrong.verdict is PinVerdict.WRONG
    assert isinstance(services.gate.reopen(event.id, ADMIN_PIN, ""), Invalid)
    reopened = services.gate.reopen(event.id, ADMIN_PIN, "rombongan kecamatan terlambat bus")
    assert isinstance(reopened, GateReopened)
    again = services.checkins.scan(event.id, badge(services, event, absent[0]), Method.SCANNER,
                                   "Gerbang 1")  # fmt: skip
    assert again.outcome.is_recorded
    assert services.safety.verify_audit().intact


def test_close_entry_lists_each_station_with_its_records_and_is_followed_by_an_anchor(gate):
    services, event, _ = gate
    closed = services.gate.close(event.id, "Gerbang 1", waiting=0)
    assert isinstance(closed, GateClosed)
    entries = services.store.audit.all_entries()
    close_entry, anchor_entry = entries[-2], entries[-1]
    assert close_entry.action == "gate.closed" and close_entry.event_id == event.id
    assert anchor_entry.action == "anchor.make"
    assert json.loads(anchor_entry.body)["details"]["reason"] == "gerbang ditutup"
    detail = json.loads(close_entry.body)["details"]
    assert detail["closed_at"] == "2024-10-01 07:00:00"
    (station,) = detail["stations"]
    assert station["fingerprint"] == services.enrolment.key.fingerprint
    assert station["status"] == "enrolled"
    assert station["checkins"] == len(services.store.checkins.stored_checkins())
    assert station["outbox_waiting"] == 0 and station["merged"] is True
    assert closed.anchor.entries == close_entry.id  # the anchor covers the close
    again = services.gate.close(event.id, "Gerbang 1")
    assert isinstance(again, Invalid)
    assert "sudah ditutup pukul 07.00" in again.errors[0].message


def test_a_locked_station_closes_the_gate_only_with_the_admin_pin(gate):
    services, event, _ = gate
    assert services.station_lock.lock("Gerbang 1")
    refused = services.gate.close(event.id, "Gerbang 1", "")
    assert isinstance(refused, PinCheck) and not refused.accepted
    assert services.gate.closed_at(event.id) is None
    assert isinstance(services.gate.close(event.id, "Gerbang 1", ADMIN_PIN), GateClosed)


def test_close_entry_says_a_station_whose_file_is_not_merged_is_not_merged(tmp_path):
    hr_path, gate_path = tmp_path / "hr.sqlite3", tmp_path / "gerbang.sqlite3"
    hr_store = Store(str(hr_path))
    hr = Services.build(hr_store, clock=FixedClock(DEMO_MORNING), actor="hr")
    hr.demo.ensure_demo(30)
    assert not isinstance(hr.admin_pins.set_pin(ADMIN_PIN), Invalid)
    event = hr.events.list_events()[0]
    hr_store.close()
    shutil.copy(hr_path, gate_path)
    gate_key = StationKey(Ed25519PrivateKey.generate())
    gate_store = Store(str(gate_path))
    later = FixedClock(DEMO_MORNING.replace(minute=20))
    gate = Services.build(gate_store, clock=later, station="Gerbang 2", station_key=gate_key)
    absent = [p for p in gate_store.people.expected_people(event.id)
              if gate_store.checkins.prior_checkin(event.id, p.id) is None]  # fmt: skip
    token = badge(gate, event, absent[0])
    assert gate.checkins.scan(event.id, token, Method.SCANNER, "Gerbang 2").outcome.is_recorded
    later.at = DEMO_MORNING.replace(hour=9)
    token = badge(gate, event, absent[1])
    assert gate.checkins.scan(event.id, token, Method.SCANNER, "Gerbang 2").outcome.is_recorded
    text = write_records(gate.stations.export(event.id, "Gerbang 2"), gate_key)
    gate_store.close()
    hr_store = Store(str(hr_path))
    hr_clock = FixedClock(DEMO_MORNING.replace(hour=8))
    hr = Services.build(hr_store, clock=hr_clock, actor="hr")
    approved = hr.enrolment.approve(gate_key.fingerprint, ADMIN_PIN, gate_key.public_raw, "G2")
    assert not isinstance(approved, Invalid)
    closed = hr.gate.close(event.id, "HR")
    assert isinstance(closed, GateClosed)
    by_name = {s.fingerprint: s for s in closed.stations}
    assert by_name[gate_key.fingerprint].merged is False
    assert by_name[gate_key.fingerprint].checkins == 0
    hr_clock.at = DEMO_MORNING.replace(hour=9)  # the file comes in later: clocks agree
    report = hr.stations.merge_files(event.id, [("gerbang2.json", text)])
    assert report.added == 1
    (after_close,) = [c for c in report.conflicts if c.problem]
    assert after_close.id_number == absent[1].id_number
    assert "setelah gerbang ditutup pukul 08.00" in after_close.problem
    assert gate_store.checkins.prior_checkin(event.id, absent[1].id) is None
    hr_store.close()
