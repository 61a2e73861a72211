"""Roster import, key files and badges through the real ``netra`` process."""

import json

import cv2
import zxingcpp

from tests.cli.test_cli import netra
from tests.roster_files import demo_rows, write_csv, write_xlsx


def test_roster_import_reports_counts_and_adds_to_the_event(db_path, tmp_path):
    assert netra("demo", "--people", "5", db=db_path).returncode == 0
    path = write_xlsx(tmp_path / "pegawai.xlsx", demo_rows(12))
    result = netra("roster", "import", str(path), "--event", "1", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {k: v for k, v in report.items() if k != "people"} == {
        "imported": True, "rows": 12, "created": 7, "updated": 0, "unchanged": 5,
        "not_in_file": 0, "added_to_event": 7,
    }  # fmt: skip
    assert len(report["people"]["new"]) == 7 and report["people"]["changed"] == []
    events = json.loads(netra("events", "--json", db=db_path).stdout)
    assert events[0]["expected"] == 12


def test_roster_reimport_reports_changed_fields_and_people_left_out(db_path, tmp_path):
    assert netra("demo", "--people", "5", db=db_path).returncode == 0
    rows = [row for row in demo_rows(12) if row[0]]
    first = write_csv(tmp_path / "pegawai.csv", rows)
    assert netra("roster", "import", str(first), "--event", "1", db=db_path).returncode == 0
    names = [[row[0], row[1]] for row in rows[1:]]
    names[0][1] = "Nama Baru"
    second = write_csv(tmp_path / "nama.csv", names, headers=["NIP", "Nama"])
    dry = netra("roster", "import", str(second), "--dry-run", "--json", db=db_path)
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert (report["imported"], report["created"], report["updated"]) == (False, 0, 1)
    assert report["people"]["changed"][0]["fields"] == {"name": [rows[1][1], "Nama Baru"]}
    assert rows[0][0] in {p["id_number"] for p in report["people"]["not_in_file"]}
    text = netra("roster", "import", str(second), db=db_path)
    assert text.returncode == 0, text.stderr
    assert f"Nama: '{rows[1][1]}' → 'Nama Baru'" in text.stdout
    assert "ada di daftar tetapi tidak ada di berkas ini" in text.stdout
    again = json.loads(netra("roster", "import", str(first), "--json", db=db_path).stdout)
    assert (again["updated"], again["unchanged"]) == (1, len(rows) - 1)  # units kept meanwhile


def test_roster_import_with_errors_lists_them_all_and_exits_1(db_path, tmp_path):
    assert netra("demo", "--people", "5", db=db_path).returncode == 0
    rows = demo_rows(12)
    rows[2][0] = "1.99001E+17"
    rows[4][4] = "KONTRAK"
    path = write_csv(tmp_path / "pegawai.csv", rows)
    result = netra("roster", "import", str(path), "--event", "1", db=db_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "2 masalah, tidak ada yang diimpor" in result.stderr
    assert "baris 4, kolom A (NIP BARU): 1.99001E+17 adalah angka yang dibulatkan Excel" in (
        result.stderr
    )
    assert "baris 6, kolom E (JENIS PEGAWAI): status 'KONTRAK' tidak dikenal" in result.stderr
    as_json = netra("roster", "import", str(path), "--json", db=db_path)
    assert [e["row"] for e in json.loads(as_json.stdout)["errors"]] == [4, 6]


def test_missing_file_and_unknown_event_are_clear_messages(db_path, tmp_path):
    assert netra("demo", "--people", "5", db=db_path).returncode == 0
    missing = netra("roster", "import", str(tmp_path / "tidak-ada.xlsx"), db=db_path)
    assert missing.returncode == 1 and "tidak ditemukan" in missing.stderr
    unknown = netra("badges", "--event", "9", "--out", str(tmp_path / "k.pdf"), db=db_path)
    assert unknown.returncode == 1 and "acara nomor 9 tidak ditemukan" in unknown.stderr


def test_gate_station_with_the_public_key_verifies_but_cannot_sign(tmp_path):
    office, gate = tmp_path / "kantor.sqlite3", tmp_path / "gerbang.sqlite3"
    key_file = tmp_path / "kunci-publik.json"
    assert netra("demo", "--people", "8", db=office).returncode == 0
    assert netra("keys", "export-public", str(key_file), db=office).returncode == 0
    private = (
        __import__("sqlite3")
        .connect(office)
        .execute("SELECT private_key FROM signing_key")
        .fetchone()[0]
    )
    assert private.hex() not in key_file.read_text() and b"private" not in key_file.read_bytes()
    assert netra("init", db=gate).returncode == 0
    imported = netra("keys", "import-public", str(key_file), "--json", db=gate)
    assert imported.returncode == 0 and json.loads(imported.stdout)["added"] is True
    again = netra("keys", "import-public", str(key_file), "--json", db=gate)
    assert json.loads(again.stdout)["added"] is False
    roster = write_xlsx(tmp_path / "p.xlsx", demo_rows(8))
    assert netra("roster", "import", str(roster), db=gate).returncode == 0

    images = tmp_path / "qr"
    assert netra("badge-images", "--event", "1", "--out", str(images), db=office).returncode == 0
    from app.core.badge_token import BadgeDirectory, VerifiedBadge, verify
    from app.services.container import Services
    from app.services.event_service import Invalid
    from app.store.models import SigningKey
    from app.store.store import Store

    store = Store(str(gate))
    directory = BadgeDirectory(
        lambda k: store.keys.public_key(1, k), lambda n: store.keys.current_serial(1, n)
    )
    files = sorted(images.glob("*.png"))
    assert len(files) == 8
    for path in files:
        (barcode,) = zxingcpp.read_barcodes(cv2.imread(str(path), cv2.IMREAD_GRAYSCALE))
        result = verify(barcode.text, directory)
        assert isinstance(result, VerifiedBadge)
        number = result.claim.person_id
        # A NIP names the file; a NIK (16 digits) only by its last four digits.
        prefix = f"NIK-{number[-4:]}-" if len(number) == 16 else number + "_"
        assert path.name.startswith(prefix) and (len(number) != 16 or number not in path.name)
    refused = Services.build(store).badges.issue(1, store.people.people_of_organisation(1))
    assert (
        isinstance(refused, Invalid) and "hanya memegang kunci publik" in refused.errors[0].message
    )
    assert SigningKey.select().where(SigningKey.private_key.is_null(False)).count() == 0
    store.close()


def test_tampered_key_file_is_refused(db_path, tmp_path):
    key_file = tmp_path / "kunci.json"
    assert netra("demo", "--people", "3", db=db_path).returncode == 0
    assert netra("keys", "export-public", str(key_file), db=db_path).returncode == 0
    data = json.loads(key_file.read_text())
    data["key_id"] = "00000000"
    key_file.write_text(json.dumps(data))
    assert netra("init", db=tmp_path / "lain.sqlite3").returncode == 0
    result = netra("keys", "import-public", str(key_file), db=tmp_path / "lain.sqlite3")
    assert result.returncode == 1 and "telah diubah" in result.stderr
