"""A damaged database is named as damaged, with the newest backup to restore; no command
reads on as if it were sound, and no message carries an exception's class name."""

import sqlite3

import pytest

from tests.cli.test_cli import netra

CLASS_NAMES = ("Error", "Exception", "Traceback")


def overwrite_middle(path, size=8192):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + size] = bytes((i * 37 + 11) % 256 for i in range(size))
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(db_path, tmp_path):
    assert netra("demo", "--people", "400", db=db_path).returncode == 0
    backups = tmp_path / "cadangan"
    assert netra("backup", "--out", str(backups / "pagi.sqlite3"), db=db_path).returncode == 0
    with sqlite3.connect(db_path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    overwrite_middle(db_path)
    return db_path, backups / "pagi.sqlite3"


@pytest.mark.parametrize(
    "command",
    [
        ["events"],
        ["audit", "verify"],
        ["checkin", "--event", "1", "--manual", "x", "--reason", "lupa"],
        ["backup", "--out", "{tmp}/cadangan-baru.sqlite3"],
        ["export", "--event", "1", "--out", "{tmp}/hadir.xlsx"],
    ],
)
def test_every_command_on_a_damaged_file_says_damaged_and_names_the_backup(
    damaged, command, tmp_path
):
    db, newest = damaged
    result = netra(*[part.format(tmp=tmp_path) for part in command], db=db)
    assert result.returncode == 4, result.stdout + result.stderr
    assert f"basis data {db} rusak" in result.stderr
    assert f"netra restore {newest}" in result.stderr
    assert not any(name in result.stderr for name in CLASS_NAMES)


def test_the_newest_backup_restores_a_damaged_file(damaged):
    db, newest = damaged
    restored = netra("restore", str(newest), db=db)
    assert restored.returncode == 0, restored.stderr
    assert "rusak disisihkan" in restored.stdout
    assert netra("audit", "verify", db=db).returncode == 0
    assert list(db.parent.glob("netra-rusak-*.sqlite3"))


def test_an_audit_entry_whose_bytes_were_overwritten_is_named_by_its_number(db_path):
    assert netra("demo", "--people", "10", db=db_path).returncode == 0
    with sqlite3.connect(db_path) as raw:
        (last,) = raw.execute("SELECT MAX(id) FROM audit_log").fetchone()
        raw.execute('UPDATE audit_log SET details = \'{"id": 3, "det\x01\' WHERE id = ?', (last,))
    result = netra("audit", "verify", db=db_path)
    assert result.returncode == 1
    assert f"RUSAK di entri {last}" in result.stdout and "isinya tidak terbaca" in result.stdout
    assert not any(name in result.stdout + result.stderr for name in CLASS_NAMES)


def test_an_unexpected_failure_names_the_log_not_an_exception_class(db_path, tmp_path):
    assert netra("init", db=db_path).returncode == 0
    with sqlite3.connect(db_path) as raw:
        raw.execute("DROP TABLE event")
    result = netra("events", db=db_path)
    assert result.returncode == 1
    assert "catatan aplikasi" in result.stderr
    assert not any(name in result.stderr for name in CLASS_NAMES)


def test_restoring_over_a_damaged_file_asks_the_admin_pin_the_backup_holds(db_path, tmp_path):
    """An insider overwrites a few bytes so the PIN cannot be read, then restores an
    older backup to roll the records back: the backup's own admin PIN is asked."""
    assert netra("demo", "--people", "100", db=db_path).returncode == 0
    assert netra("pin", "set", "--admin", db=db_path, stdin="246810\n").returncode == 0
    older = tmp_path / "cadangan" / "pagi.sqlite3"
    assert netra("backup", "--out", str(older), db=db_path).returncode == 0
    with sqlite3.connect(db_path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    overwrite_middle(db_path)
    damaged_bytes = db_path.read_bytes()
    for wrong in ("", "000000"):
        refused = netra("restore", str(older), db=db_path, stdin=f"{wrong}\n")
        assert refused.returncode == 1, refused.stdout
        assert "pagi.sqlite3: PIN salah" in refused.stderr
        assert "tidak diganti" in refused.stderr
        assert db_path.read_bytes() == damaged_bytes
    restored = netra("restore", str(older), "--json", db=db_path, stdin="246810\n")
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(db_path) as raw:
        (details,) = raw.execute(
            "SELECT details FROM audit_log WHERE action = 'backup.restore' ORDER BY id DESC"
        ).fetchone()
    assert '"admin_pin": "checked"' in details and '"damaged_sha256"' in details
    assert netra("audit", "verify", db=db_path).returncode == 0
