"""``netra station check`` compares this station's clock with the shared server's."""

import argparse
import json
from datetime import datetime, timedelta

import pytest

from app.cli.commands.station_cmd import run_check
from app.cli.context import CliContext
from app.cli.main import main
from app.cli.output import CommandFailed
from app.core.clock import FixedClock


def netra(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_check_on_a_single_laptop_says_its_clock_was_not_compared(capsys, db_path):
    code, out, _ = netra(capsys, "--db", db_path, "station", "check")
    assert code == 0
    assert "jam stasiun tidak dibandingkan" in out
    code, out, _ = netra(capsys, "--db", db_path, "station", "check", "--json")
    assert (code, json.loads(out)["clock_offset_s"]) == (0, None)


def test_check_on_the_server_with_a_right_clock_passes_and_says_by_how_much(capsys, pg_url):
    code, out, _ = netra(capsys, "--db", pg_url, "station", "check")
    assert code == 0, out
    assert "jam server (dalam batas 30 detik)" in out
    assert "basis data kosong" in netra(capsys, "--db", pg_url, "station", "check")[1]


def test_check_flags_a_station_whose_clock_is_minutes_slow_with_exit_code_one(capsys, pg_url):
    slow = FixedClock(datetime.now().replace(microsecond=0) - timedelta(minutes=7))
    context = CliContext(pg_url, clock=slow)
    with pytest.raises(CommandFailed) as failed:
        run_check(argparse.Namespace(json=True), context)
    context.close()
    assert failed.value.exit_code == 1
    assert "Jam stasiun 7 menit" in str(failed.value) and "lebih lambat" in str(failed.value)
    assert "lebih dari 30 detik" in str(failed.value)
    answer = json.loads(capsys.readouterr().out)
    assert answer["clock_skewed"] and abs(answer["clock_offset_s"] - 420) <= 2


def test_merge_of_a_slow_gate_export_asks_then_corrects_with_koreksi_jam(capsys, tmp_path):
    from app.core.station_records import write_records
    from app.services.container import Services
    from app.services.event_service import Invalid
    from app.store.store import Store
    from tests.services.test_station_signatures import ADMIN_PIN, approve_gate

    now = datetime.now().replace(microsecond=0)
    hr_path, gate_path = tmp_path / "hr.sqlite3", tmp_path / "gerbang.sqlite3"
    store = Store(str(gate_path))
    gate = Services.build(store, clock=FixedClock(now - timedelta(minutes=8)), station="G2")
    gate.demo.ensure_demo(20)
    event = gate.events.list_events()[0]
    person = next(p for p in store.people.expected_people(event.id)
                  if store.checkins.prior_checkin(event.id, p.id) is None)  # fmt: skip
    gate.checkins.manual(event.id, person.id, "lupa kartu", "G2")
    export = tmp_path / "g2.json"
    export.write_text(write_records(gate.stations.export(event.id, "G2"), gate.enrolment.key))
    store.close()
    store = Store(str(hr_path))
    hr = Services.build(store, clock=FixedClock(now - timedelta(minutes=8)))
    hr.demo.ensure_demo(20)
    assert not isinstance(hr.admin_pins.set_pin(ADMIN_PIN), Invalid)
    approve_gate(hr, export.read_text())
    store.close()

    code, _, err = netra(capsys, "--db", hr_path, "station", "merge", export, "--event", 1)
    assert code == 1 and "8 menit" in err and "--koreksi-jam" in err
    code, out, _ = netra(capsys, "--db", hr_path, "station", "merge", export, "--event", 1,
                         "--koreksi-jam")  # fmt: skip
    assert code == 0, out
    assert "waktu kehadiran dikoreksi" in out and "jam dikoreksi dari" in out
    code, out, _ = netra(capsys, "--db", hr_path, "audit", "verify")
    assert code == 0, out
