"""The station lock and the admin PIN as an insider with the CLI meets them."""

import hashlib
import json
import sqlite3
from dataclasses import replace

from app.core.admin_pin import SCRYPT_N, SCRYPT_R, PinVerdict, new_record, pin_problem
from app.services.container import Services
from app.services.event_service import Saved
from app.store.store import Store
from tests.cli.test_cli import netra

ADMIN_PIN = "482915"


def locked_demo(db):
    assert netra("demo", "--people", "6", db=db).returncode == 0
    store = Store(str(db))
    services = Services.build(store)
    services.admin_pins.set_pin(ADMIN_PIN)
    assert services.station_lock.lock("Gerbang 1")
    absent = [line.person for line in services.reports.attendance(1).lines if not line.present]
    store.close()
    return absent


def actions(db, action):
    query = "SELECT count(*) FROM audit_log WHERE action = ?"
    return sqlite3.connect(db).execute(query, (action,)).fetchone()[0]


def present(db):
    return sqlite3.connect(db).execute("SELECT count(*) FROM checkin").fetchone()[0]


def test_commands_that_change_data_ask_the_admin_pin_while_a_station_is_locked(db_path):
    absent = locked_demo(db_path)
    manual = ["checkin", "--event", "1", "--manual", absent[0].id_number, "--reason", "lupa"]
    before = present(db_path)
    for stdin, expected in (("", "memerlukan PIN admin"), ("000000\n", "PIN salah")):
        refused = netra(*manual, db=db_path, stdin=stdin)
        assert refused.returncode == 1 and expected in refused.stderr
        assert "stasiun terkunci (Gerbang 1)" in refused.stderr
    for command in (["demo", "--people", "9"], ["pin", "set"]):
        refused = netra(*command, db=db_path, stdin="")
        assert refused.returncode == 1 and "memerlukan PIN admin" in refused.stderr
    assert present(db_path) == before
    assert actions(db_path, "pin.refused") == 1
    assert netra("events", "--json", db=db_path).returncode == 0  # reading needs no PIN
    done = netra(*manual, db=db_path, stdin=f"{ADMIN_PIN}\n")
    assert done.returncode == 0, done.stderr
    assert present(db_path) == before + 1


def test_new_pins_need_six_digits_and_cost_a_quarter_second_scrypt(db_path):
    assert pin_problem("1234") == "PIN harus 6 sampai 12 angka"
    assert netra("init", db=db_path).returncode == 0
    short = netra("pin", "set", "--admin", db=db_path, stdin="1234\n")
    assert short.returncode == 1 and "6 sampai 12 angka" in short.stderr
    record = new_record("482915")
    assert (record.n, record.r) == (SCRYPT_N, SCRYPT_R) and record.n * record.r >= 2**20


def test_an_old_four_digit_pin_only_opens_its_own_change(db_path):
    store = Store(str(db_path))
    services = Services.build(store)
    legacy = new_record("482915")  # stand-in salt; the digest below is an older 4-digit one
    digest = hashlib.scrypt(b"1357", salt=legacy.salt, n=2**14, r=8, p=1, dklen=32)
    store.pins.save("admin", replace(legacy, digest=digest, n=2**14), services.clock.now())
    assert services.admin_pins.check("1357").verdict is PinVerdict.MUST_CHANGE
    assert isinstance(services.admin_pins.set_pin("135790", current_pin="1357"), Saved)
    assert services.admin_pins.check("135790").accepted
    assert store.pins.get("admin").n == SCRYPT_N
    store.close()


def test_deleting_the_pin_row_does_not_let_anyone_set_a_new_pin(db_path):
    locked_demo(db_path)
    with sqlite3.connect(db_path) as raw:
        raw.execute("DELETE FROM admin_pin")
    again = netra("pin", "set", "--admin", db=db_path, stdin="111111\n111111\n")
    assert again.returncode == 1 and "kode pemulihan" in again.stderr
    store = Store(str(db_path))
    services = Services.build(store)
    assert services.admin_pins.is_set()  # the GUI asks for the PIN, it offers no new one
    assert services.station_lock.unlock("Gerbang 1", "111111").verdict is PinVerdict.REMOVED
    assert services.station_lock.is_locked("Gerbang 1")
    store.close()


def test_a_pin_row_replaced_by_hand_is_refused(db_path):
    locked_demo(db_path)
    store = Store(str(db_path))
    store.pins.save("admin", new_record("111111"), Services.build(store).clock.now())
    store.close()
    forged = netra("checkin", "--event", "1", "--manual", "X", db=db_path, stdin="111111\n")
    assert forged.returncode == 1 and "jejak audit" in forged.stderr


def test_recovery_needs_the_code_hr_signs_with_the_organisation_key(tmp_path):
    office, gate = tmp_path / "kantor.sqlite3", tmp_path / "gerbang.sqlite3"
    assert netra("init", db=gate).returncode == 0
    key_file = tmp_path / "kunci.json"
    assert netra("demo", "--people", "3", db=office).returncode == 0
    assert netra("keys", "export-public", str(key_file), db=office).returncode == 0
    assert netra("keys", "import-public", str(key_file), db=gate).returncode == 0
    assert netra("pin", "set", "--admin", db=gate, stdin=f"{ADMIN_PIN}\n").returncode == 0
    with sqlite3.connect(gate) as raw:
        raw.execute("DELETE FROM admin_pin")

    request = json.loads(netra("pin", "recover", "--admin", "--json", db=gate).stdout)["request"]
    refused = netra("pin", "recovery-code", request, db=gate)
    assert refused.returncode == 1 and "kunci privat" in refused.stderr
    answered = netra("pin", "recovery-code", request, db=office)
    assert answered.returncode == 0, answered.stderr
    code = answered.stdout.strip().splitlines()[-1]
    wrong = netra("pin", "recover", "--admin", "--code", code[:-4] + "AAAA", db=gate,
                  stdin="135790\n")  # fmt: skip
    assert wrong.returncode == 1 and "tidak cocok" in wrong.stderr
    recovered = netra("pin", "recover", "--admin", "--code", code, db=gate, stdin="135790\n")
    assert recovered.returncode == 0, recovered.stderr
    replay = netra("pin", "recover", "--admin", "--code", code, db=gate, stdin="222222\n")
    assert replay.returncode == 1  # the recovery changed the request: a code works once
    assert actions(gate, "pin.recover") == 1 and actions(gate, "pin.recover_refused") == 2


def test_lock_and_pin_seal_hold_when_the_unhashed_audit_columns_are_edited(db_path):
    """The audit columns entity/entity_id are kept beside the hashed body for look-ups;
    editing them with sqlite3 must neither lift the lock nor free the PIN for a reset, and
    ``audit verify`` names the edited entry."""
    absent = locked_demo(db_path)
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE audit_log SET entity = 'x' WHERE entity IN ('station', 'admin_pin')")
        raw.execute("DELETE FROM admin_pin")
    manual = ["checkin", "--event", "1", "--manual", absent[0].id_number, "--reason", "lupa"]
    refused = netra(*manual, db=db_path, stdin="")
    assert refused.returncode == 1 and "memerlukan PIN admin" in refused.stderr
    reset = netra("pin", "set", "--admin", db=db_path, stdin="999999\n999999\n")
    assert reset.returncode == 1
    verify = netra("audit", "verify", db=db_path)
    assert verify.returncode == 1 and "kolom entitas atau acaranya diubah" in verify.stdout
