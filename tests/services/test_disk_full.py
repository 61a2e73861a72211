"""A full disk: nothing is shown as recorded, the gate and the command line say "disk
penuh" and name the folder, and work goes on once there is space again. On a real 2 MB
tmpfs (the test mounts one; it is skipped where mounting is not permitted)."""

import os
import subprocess

import pytest

from app.core.checkin import Method
from app.core.clock import FixedClock
from app.core.outcomes import Outcome
from app.services.container import Services
from app.store.store import Store
from tests.cli.test_cli import netra
from tests.conftest import DEMO_MORNING


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "disk-kecil"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder):
    """Take every free byte of the disk; returns the file to delete to free it again."""
    filler = folder / "pengisi.bin"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(handle, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(handle)
    return filler


def absent_tokens(services, count):
    event = services.events.list_events()[0]
    absent = [
        p for p in services.store.people.expected_people(event.id)
        if services.store.checkins.prior_checkin(event.id, p.id) is None
    ][:count]  # fmt: skip
    return event, [services.badges.token_for(event.organisation_id, p) for p in absent]


def test_gate_on_a_full_disk_says_so_records_nothing_and_resumes(small_disk):
    store = Store(str(small_disk / "netra.sqlite3"))
    services = Services.build(store, clock=FixedClock(DEMO_MORNING), station="Gerbang 1")
    try:
        services.demo.ensure_demo(60)
        event, tokens = absent_tokens(services, 12)
        filler = fill(small_disk)
        results = [
            services.link.scan(event.id, token, Method.CAMERA, "Gerbang 1") for token in tokens
        ]
        refused = [r for r in results if r.outcome is Outcome.NOT_SAVED]
        assert refused, "the disk never filled up"
        assert f"Disk penuh di folder {small_disk}" in refused[0].notice
        assert "no transaction" not in refused[0].notice
        filler.unlink()
        again = services.link.scan(event.id, tokens[-1], Method.CAMERA, "Gerbang 1")
        assert again.outcome.is_recorded
        assert services.link.status().trouble == ""
    finally:
        store.close()


def test_checkin_command_on_a_full_disk_exits_4_naming_the_folder(small_disk):
    db = small_disk / "netra.sqlite3"
    assert netra("demo", "--people", "60", db=db).returncode == 0
    store = Store(str(db))
    event, tokens = absent_tokens(Services.build(store), 1)
    store.close()
    filler = fill(small_disk)
    full = netra("checkin", tokens[0], "--event", str(event.id), db=db)
    assert full.returncode == 4, full.stdout + full.stderr
    assert f"disk penuh di folder {small_disk}" in full.stderr
    assert "Error" not in full.stderr and "no transaction" not in full.stderr
    filler.unlink()
    assert netra("checkin", tokens[0], "--event", str(event.id), db=db).returncode == 0
