"""``netra station export`` on each gate laptop, ``netra station merge`` on HR's, and
``netra station check`` before pointing a station at a database."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from app.cli.main import main
from app.core.checkin import Method
from app.core.clock import FixedClock
from app.services.container import Services
from app.store.migrations import available
from app.store.models import Checkin, ScanLog
from app.store.store import Store
from tests.cli.test_cli import netra as run
from tests.conftest import DEMO_MORNING


def netra(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def laptops(tmp_path):
    """HR's database with a 40-person demo event, copied to two gate laptops before the day."""
    hr = tmp_path / "hr.sqlite3"
    store = Store(str(hr))
    services = Services.build(store, clock=FixedClock(DEMO_MORNING))
    services.demo.ensure_demo(40)
    event = services.events.list_events()[0]
    absent = [p for p in store.people.expected_people(event.id)
              if store.checkins.prior_checkin(event.id, p.id) is None][:3]  # fmt: skip
    tokens = [services.badges.token_for(event.organisation_id, p) for p in absent]
    store.close()
    gates = [tmp_path / "gerbang1.sqlite3", tmp_path / "gerbang2.sqlite3"]
    for gate in gates:
        shutil.copy(hr, gate)
    return hr, gates, event.id, absent, tokens


def record(db, station, token, at, event):
    """A check-in at a gate laptop, at a known time."""
    store = Store(str(db))
    services = Services.build(store, clock=FixedClock(at), station=station)
    assert services.checkins.scan(event, token, Method.SCANNER, station).outcome.is_recorded
    store.close()


def counts(db):
    store = Store(str(db))
    try:
        return Checkin.select().count(), ScanLog.select().count()
    finally:
        store.close()


def test_merge_takes_the_earliest_check_in_reports_conflicts_and_is_idempotent(
    laptops, capsys, tmp_path
):
    hr, (gate1, gate2), event, people, tokens = laptops
    record(gate1, "Gerbang 1", tokens[0], DEMO_MORNING.replace(minute=10), event)
    record(gate2, "Gerbang 2", tokens[0], DEMO_MORNING.replace(minute=12), event)
    record(gate2, "Gerbang 2", tokens[1], DEMO_MORNING.replace(minute=13), event)
    files = []
    for number, gate in enumerate((gate2, gate1), start=1):
        out = tmp_path / f"rekaman{number}.json"
        code, _, err = netra(capsys, "--db", gate, "station", "export", "--event", event,
                                "--out", out)  # fmt: skip
        assert code == 0, err
        files.append(out)
    before = counts(hr)

    code, out, err = netra(capsys, "--db", hr, "station", "merge", *files, "--event", event,
                           "--json")  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    assert (report["added"], report["moved_earlier"]) == (2, 1)  # gate 1 was earlier for one
    (conflict,) = report["conflicts"]
    assert conflict["id_number"] == people[0].id_number
    assert conflict["kept"]["station"] == "Gerbang 1"
    assert conflict["other"]["station"] == "Gerbang 2"
    after = counts(hr)
    assert after[0] == before[0] + 2  # one check-in per person
    assert after[1] == before[1] + 3  # every attempt of both gates

    code, out, _ = netra(capsys, "--db", hr, "station", "merge", *files, "--event", event,
                         "--json")  # fmt: skip
    again = json.loads(out)
    assert (again["added"], again["moved_earlier"], again["scans_added"]) == (0, 0, 0)
    assert counts(hr) == after
    store = Store(str(hr))
    kept = store.checkins.prior_checkin(event, people[0].id)
    store.close()
    assert kept.station == "Gerbang 1"
    code, out, _ = netra(capsys, "--db", hr, "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["intact"], out  # merged rows are vouched for


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("bukan json {", "bukan JSON"),
        ('{"format": "lain"}', "bukan berkas rekaman stasiun Netra"),
        (None, "checksum SHA-256 tidak cocok"),
        (b"\xff\xfe\x00garbage", "bukan berkas rekaman stasiun Netra"),
    ],
)
def test_wrong_or_corrupt_file_is_refused_with_its_name_and_changes_nothing(
    laptops, capsys, tmp_path, content, message
):
    hr, (gate1, _), event, _, tokens = laptops
    netra(capsys, "--db", gate1, "checkin", tokens[0], "--event", event)
    good = tmp_path / "baik.json"
    assert (
        netra(capsys, "--db", gate1, "station", "export", "--event", event, "--out", good)[0] == 0
    )
    bad = tmp_path / "rusak.json"
    if content is None:  # a byte changed after export
        bad.write_text(good.read_text().replace("Gerbang 1", "Gerbang 9", 1))
    elif isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content)
    before = counts(hr)
    code, _, err = netra(capsys, "--db", hr, "station", "merge", good, bad, "--event", event)
    assert code == 1 and "Traceback" not in err
    assert str(bad) in err and message in err
    assert counts(hr) == before  # the good file was not merged either


def test_file_from_another_event_day_is_refused(laptops, capsys, tmp_path):
    hr, (gate1, _), event, _, _ = laptops
    out = tmp_path / "rekaman.json"
    netra(capsys, "--db", gate1, "station", "export", "--event", event, "--out", out)
    store = Store(str(hr))
    services = Services.build(store)
    from dataclasses import replace

    original = services.events.get(event)
    services.events.save(replace(original, day=original.day.replace(day=2)))
    store.close()
    code, _, err = netra(capsys, "--db", hr, "station", "merge", out, "--event", event)
    assert code == 1 and "acara lain" in err


def test_check_reports_server_and_current_schema(capsys, db_path):
    Store(str(db_path)).close()
    code, out, _ = netra(capsys, "--db", db_path, "station", "check", "--json")
    data = json.loads(out)
    assert code == 0 and data["server"].startswith("SQLite") and data["schema_current"]
    assert data["schema_version"] == available()[-1].version


def test_station_refuses_a_schema_newer_than_it_knows(capsys, db_path):
    store = Store(str(db_path))
    newer = available()[-1].version + 1
    store.db.execute_sql(
        "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, 'masa_depan', '')",
        (newer,),
    )
    store.close()
    code, _, err = netra(capsys, "--db", db_path, "station", "check")
    assert code == 1 and f"skema versi {newer}" in err
    code, _, err = netra(capsys, "--db", db_path, "events")
    assert code == 1 and f"skema versi {newer}" in err and "pasang Netra versi terbaru" in err


def test_gate_file_is_merged_only_after_hr_approves_its_fingerprint_with_the_admin_pin(
    tmp_path, isolated_data_dir
):
    hr, gate = tmp_path / "hr.sqlite3", tmp_path / "gerbang.sqlite3"
    assert run("demo", "--people", "20", db=hr).returncode == 0
    store = Store(str(hr))
    Services.build(store).admin_pins.set_pin("135790")
    store.close()
    shutil.copy(hr, gate)
    gate_env = tmp_path / "gerbang-data"  # the gate laptop's own data folder, own key

    def on_gate(*args):
        env = dict(os.environ, NETRA_DATA_DIR=str(gate_env))
        return subprocess.run([sys.executable, "-m", "app", "--db", str(gate), *args],
                              capture_output=True, text=True, env=env, check=False)  # fmt: skip

    identity = json.loads(on_gate("station", "identity", "--json").stdout)["fingerprint"]
    assert on_gate("checkin", "--event", "1", "--manual", first_absent(gate), "--reason",
                   "lupa kartu").returncode == 0  # fmt: skip
    export = tmp_path / "gerbang.json"
    assert on_gate("station", "export", "--event", "1", "--out", str(export)).returncode == 0

    refused = run("station", "merge", str(export), "--event", "1", db=hr)
    assert refused.returncode == 1 and identity in refused.stderr
    wrong = run("station", "approve", "--from", str(export), db=hr, stdin="000000\n")
    assert wrong.returncode == 1 and "PIN salah" in wrong.stderr
    approved = run("station", "approve", "--from", str(export), "--json", db=hr,
                   stdin="135790\n")  # fmt: skip
    assert approved.returncode == 0, approved.stderr
    assert identity in approved.stderr and json.loads(approved.stdout)["status"] == "enrolled"
    merged = run("station", "merge", str(export), "--event", "1", "--json", db=hr)
    assert merged.returncode == 0 and json.loads(merged.stdout)["added"] == 1
    listed = json.loads(run("station", "list", "--json", db=hr).stdout)["stations"]
    assert identity in [s["fingerprint"] for s in listed]
    verified = run("audit", "verify", db=hr)
    assert verified.returncode == 0, verified.stdout


def first_absent(db):
    store = Store(str(db))
    try:
        return next(
            p.id_number for p in store.people.expected_people(1)
            if store.checkins.prior_checkin(1, p.id) is None
        )  # fmt: skip
    finally:
        store.close()
