"""A check-in the gate showed as recorded survives the process being killed at any moment.

The child process runs the real check-in service on a real SQLite file (WAL,
synchronous=FULL) and reports each check-in only after the service returned it as
recorded; the parent kills it with SIGKILL at random moments, many times over, then
checks that every reported check-in is in the database and the file is intact.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store.models import Checkin

ROOT = Path(__file__).resolve().parents[2]
RUNS = 45
PEOPLE = 5_000


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_every_checkin_reported_as_recorded_survives_sigkill(demo, db_path, tmp_path):
    demo.demo.ensure_demo(PEOPLE)
    event = demo.events.list_events()[0]
    absent = [
        p for p in demo.store.people.expected_people(event.id)
        if demo.store.checkins.prior_checkin(event.id, p.id) is None
    ]  # fmt: skip
    tokens = [demo.badges.token_for(event.organisation_id, p) for p in absent]
    person_of_token = [p.id for p in absent]
    pragmas = [demo.store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]
               for name in ("journal_mode", "synchronous")]  # fmt: skip
    assert pragmas == ["wal", 2]  # 2 = FULL: the WAL is fsynced at every commit
    demo.store.close()
    seed = int(os.environ.get("NETRA_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    reported: set[int] = set()
    for run in range(RUNS):
        remaining = [i for i in range(len(tokens)) if i not in reported]
        rng.shuffle(remaining)
        tokens_file = tmp_path / f"tokens-{run}.txt"
        tokens_file.write_text("\n".join(tokens[i] for i in remaining), "ascii")
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.services.checkin_child", str(db_path),
             str(tokens_file), str(event.id), f"Gerbang {run % 3 + 1}"],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", f"run {run}: child did not start"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, f"run {run}: child ended before the kill"
        reported.update(remaining[int(line)] for line in output.split())

    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {
            person for (person,) in raw.execute(
                "SELECT person_id FROM checkin WHERE event_id = ?", (event.id,)
            )
        }  # fmt: skip
    lost = {person_of_token[i] for i in reported} - stored
    print(
        f"\nkill test (seed {seed}): {RUNS} runs, {len(reported)} check-ins reported, "
        f"{len(stored)} stored, {len(lost)} lost"
    )
    assert len(reported) >= RUNS, "too few check-ins to mean anything"
    assert not lost
    assert Checkin.select().count() == len(stored)
    # Each stored check-in was committed together with its audit entry, and nothing else.
    assert demo.safety.verify_audit(event.id).intact
