"""The ``netra`` command as HR scripts run it: a real process, a real database file."""

import json
import os
import subprocess
import sys


def netra(*args, db=None, env_db=None, stdin=None):
    env = dict(os.environ)
    if env_db:
        env["NETRA_DB"] = str(env_db)
    command = [sys.executable, "-m", "app"]
    if db:
        command += ["--db", str(db)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        input=stdin,
    )


def test_demo_then_events_lists_the_demo_event_as_json(db_path):
    created = netra("demo", "--people", "50", "--json", db=db_path)
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["people_total"] == 50
    listed = netra("events", "--json", db=db_path)
    assert listed.returncode == 0
    (event,) = json.loads(listed.stdout)
    assert event["expected"] == 50 and event["present"] == 35
    assert event["kind"] == "deklarasi" and event["time_zone"] == "WIB"
    assert "07.30 WIB" in netra("events", db=db_path).stdout


def test_database_can_be_chosen_by_environment(db_path):
    assert netra("demo", "--people", "10", env_db=db_path).returncode == 0
    assert db_path.exists()
    assert "Deklarasi Netralitas" in netra("events", env_db=db_path).stdout


def test_events_on_an_empty_database_says_so_in_indonesian(db_path):
    assert netra("init", db=db_path).returncode == 0
    result = netra("events", db=db_path)
    assert result.returncode == 0 and "Belum ada acara" in result.stdout


def test_a_command_never_makes_an_empty_database_where_none_is(db_path):
    result = netra("events", db=db_path)
    assert result.returncode == 4 and not db_path.exists()
    assert f"basis data {db_path} tidak ada" in result.stderr and "netra init" in result.stderr
    made = netra("init", db=db_path)
    assert made.returncode == 0 and "Basis data baru dibuat" in made.stdout and db_path.exists()
    assert "sudah ada" in netra("init", db=db_path).stdout


def test_bad_input_exits_1_with_a_message_and_no_traceback(db_path):
    result = netra("demo", "--people", "0", db=db_path)
    assert result.returncode == 1
    assert "--people harus antara" in result.stderr and "Traceback" not in result.stderr


def test_unreadable_database_exits_1_without_traceback(tmp_path):
    garbage = tmp_path / "rusak.sqlite3"
    garbage.write_bytes(b"ini bukan basis data" * 100)
    result = netra("events", db=garbage)
    assert result.returncode == 4 and f"basis data {garbage} rusak" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.startswith("netra:")


def test_usage_errors_exit_2():
    assert netra("tidak-ada-perintah").returncode == 2
    assert netra("demo", "--people", "banyak").returncode == 2
