"""``netra moments`` sets an event's moments; ``netra checkin --moment`` records into one."""

import json

from tests.cli.test_cli import netra
from tests.cli.test_gate_cli import gate_db  # noqa: F401 - the fixture


def test_moments_are_set_listed_and_a_checkin_goes_into_the_one_named(gate_db):  # noqa: F811
    db, event, _, tokens = gate_db
    shown = netra("moments", "--event", str(event), db=db)
    assert shown.returncode == 0 and "Kehadiran" in shown.stdout
    set_ = netra("moments", "--event", str(event), "--set", "1:Kedatangan,00:00,12:00,07:45",
                 "--set", "Pulang,15:00,17:00,16:30", "--json", db=db)  # fmt: skip
    assert set_.returncode == 0, set_.stderr
    assert [(m["number"], m["name"]) for m in json.loads(set_.stdout)] == [
        (1, "Kedatangan"), (2, "Pulang"),
    ]  # fmt: skip
    leaving = netra("checkin", tokens[0], "--event", str(event), "--moment", "2", db=db)
    assert leaving.returncode == 0 and "(sesi Pulang)" in leaving.stdout
    arriving = netra("checkin", tokens[0], "--event", str(event), "--moment", "1", "--json", db=db)
    assert json.loads(arriving.stdout)["moment"]["name"] == "Kedatangan"


def test_overlapping_moments_are_refused_and_nothing_changes(gate_db):  # noqa: F811
    db, event, _, _ = gate_db
    result = netra("moments", "--event", str(event), "--set", "Pagi,06:00,10:00,07:00",
                   "--set", "Siang,09:00,12:00,09:30", db=db)  # fmt: skip
    assert result.returncode == 1 and "bertumpuk" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Kehadiran" in netra("moments", "--event", str(event), db=db).stdout
    bad = netra("moments", "--event", str(event), "--set", "Pagi,jam enam", db=db)
    assert bad.returncode == 1 and "NAMA,BUKA,TUTUP,TERLAMBAT" in bad.stderr


def test_a_checkin_into_a_moment_the_event_lacks_is_refused(gate_db):  # noqa: F811
    db, event, _, tokens = gate_db
    result = netra("checkin", tokens[0], "--event", str(event), "--moment", "7", db=db)
    assert result.returncode == 1 and "sesi nomor 7 tidak ada di acara ini" in result.stderr
