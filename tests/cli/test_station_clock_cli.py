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
