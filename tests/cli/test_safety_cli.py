import json

from tests.cli.test_cli import netra


def test_backup_restore_and_audit_verify_from_the_command_line(db_path, tmp_path):
    assert netra("demo", "--people", "30", db=db_path).returncode == 0
    backup = tmp_path / "cadangan" / "hari-h.sqlite3"
    made = netra("backup", "--out", str(backup), "--json", db=db_path)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["backup"] == str(backup)
    verified = netra("audit", "verify", "--event", "1", "--json", db=db_path)
    assert verified.returncode == 0 and json.loads(verified.stdout)["intact"] is True
    restored = netra("restore", str(backup), db=db_path)
    assert restored.returncode == 0 and "dipulihkan" in restored.stdout


def test_audit_verify_fails_with_exit_1_where_the_chain_breaks(db_path):
    import sqlite3

    assert netra("demo", "--people", "10", db=db_path).returncode == 0
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE audit_log SET actor = 'penyusup' WHERE id = 1")
    result = netra("audit", "verify", db=db_path)
    assert result.returncode == 1
    assert "RUSAK di entri 1" in result.stdout


def test_restore_of_missing_file_exits_1_with_message(db_path, tmp_path):
    result = netra("restore", str(tmp_path / "tidak-ada.sqlite3"), db=db_path)
    assert result.returncode == 1 and "tidak ada" in result.stderr


def test_audit_verify_names_a_checkin_row_whose_time_was_changed_with_sqlite3(db_path):
    import sqlite3

    assert netra("demo", "--people", "10", db=db_path).returncode == 0
    with sqlite3.connect(db_path) as raw:
        row_id, nip = raw.execute(
            "SELECT checkin.id, person.id_number FROM checkin JOIN person"
            " ON person.id = checkin.person_id ORDER BY checkin.id LIMIT 1"
        ).fetchone()
        raw.execute("UPDATE checkin SET at = '2024-10-01 06:00:00' WHERE id = ?", (row_id,))
    result = netra("audit", "verify", "--event", "1", db=db_path)
    assert result.returncode == 1
    assert f"RUSAK di check-in {row_id} (acara 1, nomor {nip}): diubah di luar aplikasi" in (
        result.stdout
    )
    assert "'2024-10-01 06:00:00'" in result.stdout
    as_json = json.loads(netra("audit", "verify", "--json", db=db_path).stdout)
    assert [c["checkin"] for c in as_json["checkins"]] == [row_id]
