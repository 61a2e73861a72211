"""``netra gate close|reopen``: the command line closes an event's gate like the app does."""

import json
import sqlite3

from tests.cli.test_cli import netra

ADMIN_PIN = "246810"


def test_gate_closed_from_the_command_line_refuses_checkins_until_reopened_with_the_pin(db_path):
    assert netra("demo", "--people", "30", db=db_path).returncode == 0
    assert netra("pin", "set", "--admin", db=db_path, stdin=f"{ADMIN_PIN}\n").returncode == 0
    closed = netra("gate", "close", "--event", "1", "--json", db=db_path)
    assert closed.returncode == 0, closed.stderr
    document = json.loads(closed.stdout)
    assert [s["merged"] for s in document["stations"]] == [True]
    with sqlite3.connect(db_path) as connection:
        (absent,) = connection.execute(
            "SELECT id_number FROM person WHERE id NOT IN (SELECT person_id FROM checkin) LIMIT 1"
        ).fetchone()
    manual = netra("checkin", "--event", "1", "--manual", absent, "--reason", "lupa kartu",
                   db=db_path)  # fmt: skip
    assert manual.returncode == 1
    assert "DITOLAK: gerbang acara ini sudah ditutup" in manual.stdout
    again = netra("gate", "close", "--event", "1", db=db_path)
    assert again.returncode == 1 and "sudah ditutup" in again.stderr
    wrong = netra("gate", "reopen", "--event", "1", "--reason", "susulan", db=db_path,
                  stdin="000000\n")  # fmt: skip
    assert wrong.returncode == 1 and "PIN salah" in wrong.stderr
    reopened = netra("gate", "reopen", "--event", "1", "--reason", "susulan", db=db_path,
                     stdin=f"{ADMIN_PIN}\n")  # fmt: skip
    assert reopened.returncode == 0, reopened.stderr
    assert "dibuka kembali" in reopened.stdout
    verified = netra("audit", "verify", "--anchor", document["anchor"], db=db_path)
    assert verified.returncode == 0, verified.stdout + verified.stderr
