"""Which organisation key a station trusts, and who may change it (``netra keys``)."""

import json
import sqlite3

from app.core.badge_token import Rejection, issue_token, key_id_of, new_private_key, public_key_of
from app.core.key_file import PublicKeyFile, write_public_key_file
from app.services.container import Services
from app.services.event_service import Saved
from app.store.store import Store
from tests.cli.test_cli import netra

ADMIN_PIN = "482915"


def forged_key_file(path, organisation):
    """A key pair the attacker made, under the organisation's name."""
    private = new_private_key()
    path.write_text(write_public_key_file(PublicKeyFile(organisation, public_key_of(private))))
    return private


def organisation_name(db):
    return sqlite3.connect(db).execute("SELECT name FROM organisation").fetchone()[0]


def audit_actions(db):
    return [row[0] for row in sqlite3.connect(db).execute("SELECT action FROM audit_log")]


def test_station_holding_the_private_key_refuses_any_other_public_key(tmp_path):
    office = tmp_path / "kantor.sqlite3"
    assert netra("demo", "--people", "3", db=office).returncode == 0
    forged = tmp_path / "palsu.json"
    forged_key_file(forged, organisation_name(office))
    result = netra("keys", "import-public", str(forged), db=office, stdin=f"{ADMIN_PIN}\n")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "memegang kunci privat" in result.stderr
    rows = sqlite3.connect(office).execute("SELECT count(*) FROM signing_key").fetchone()[0]
    assert rows == 1


def test_import_prints_the_same_fingerprint_the_office_printed(tmp_path):
    office, gate = tmp_path / "kantor.sqlite3", tmp_path / "gerbang.sqlite3"
    assert netra("init", db=gate).returncode == 0
    key_file = tmp_path / "kunci.json"
    assert netra("demo", "--people", "3", db=office).returncode == 0
    exported = netra("keys", "export-public", str(key_file), "--json", db=office)
    imported = netra("keys", "import-public", str(key_file), "--json", db=gate)
    printed = json.loads(exported.stdout)["fingerprint"]
    assert len(printed.replace(" ", "")) == 32
    assert json.loads(imported.stdout)["fingerprint"] == printed
    plain = netra("keys", "import-public", str(key_file), db=gate)
    assert f"Sidik jari: {printed}" in plain.stdout


def test_gate_replaces_its_trusted_key_only_with_the_admin_pin_and_audits_it(tmp_path):
    office, gate = tmp_path / "kantor.sqlite3", tmp_path / "gerbang.sqlite3"
    assert netra("init", db=gate).returncode == 0
    key_file, forged = tmp_path / "kunci.json", tmp_path / "palsu.json"
    assert netra("demo", "--people", "3", db=office).returncode == 0
    assert netra("keys", "export-public", str(key_file), db=office).returncode == 0
    assert netra("keys", "import-public", str(key_file), db=gate).returncode == 0
    store = Store(str(gate))
    assert isinstance(Services.build(store).admin_pins.set_pin(ADMIN_PIN), Saved)
    store.close()
    forged_private = forged_key_file(forged, organisation_name(office))

    no_pin = netra("keys", "import-public", str(forged), db=gate, stdin="\n")
    wrong = netra("keys", "import-public", str(forged), db=gate, stdin="000000\n")
    for refused in (no_pin, wrong):
        assert refused.returncode == 1 and "PIN" in refused.stderr
        assert "kunci terpasang:" in refused.stderr and "kunci di berkas:" in refused.stderr
    store = Store(str(gate))
    services = Services.build(store)
    forged_badge = issue_token(forged_private, "X", 1, services.clock.now().date())
    assert isinstance(services.badges.verify(1, forged_badge), Rejection)
    store.close()
    assert audit_actions(gate).count("pin.refused") == 2

    replaced = netra("keys", "import-public", str(forged), db=gate, stdin=f"{ADMIN_PIN}\n")
    assert replaced.returncode == 0, replaced.stderr
    entry = json.loads(
        sqlite3.connect(gate)
        .execute("SELECT details FROM audit_log WHERE action = 'key.replace'")
        .fetchone()[0]
    )["details"]
    assert entry["key_id"] == key_id_of(public_key_of(forged_private)).hex()
    assert entry["replaced_fingerprint"] != entry["fingerprint"]
    trusted = sqlite3.connect(gate).execute("SELECT count(*) FROM signing_key WHERE active")
    assert trusted.fetchone()[0] == 1
