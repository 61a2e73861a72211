"""``netra report``, ``netra export``, ``netra absence`` and ``netra daring`` as HR scripts them."""

import json
import sqlite3
import subprocess
from datetime import date

from openpyxl import load_workbook

from tests.cli.test_cli import netra


def test_report_and_export_write_their_files(db_path, tmp_path):
    assert netra("demo", "--people", "40", db=db_path).returncode == 0
    pdf = tmp_path / "daftar.pdf"
    made = netra(
        "report", "attendance", "--event", "1", "--out", str(pdf), "--part", "tanda-tangan",
        "--json", db=db_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout) == {"path": str(pdf), "people": 40}
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "DAFTAR HADIR" in text and "Tanda" in text and "Halaman 1 dari" in text
    xlsx = tmp_path / "kehadiran.xlsx"
    exported = netra("export", "--event", "1", "--out", str(xlsx), db=db_path)
    assert exported.returncode == 0 and "40 orang" in exported.stdout
    assert load_workbook(xlsx).sheetnames[0] == "Hadir"


def test_bad_requests_exit_1_with_indonesian_messages(db_path, tmp_path):
    assert netra("demo", "--people", "10", db=db_path).returncode == 0
    unit = netra("report", "attendance", "--event", "1", "--out", str(tmp_path / "a.pdf"),
                 "--unit", "Dinas Antah", db=db_path)  # fmt: skip
    assert unit.returncode == 1 and "unit kerja 'Dinas Antah' tidak ada" in unit.stderr
    event = netra("export", "--event", "9", "--out", str(tmp_path / "a.csv"), db=db_path)
    assert event.returncode == 1 and "acara nomor 9 tidak ditemukan" in event.stderr
    assert "Traceback" not in unit.stderr + event.stderr
    assert netra("report", "attendance", "--event", "1", db=db_path).returncode == 2


def test_absence_import_and_daring_import_from_the_command_line(db_path, tmp_path):
    assert netra("demo", "--people", "30", db=db_path).returncode == 0
    people = json.loads(netra("events", "--json", db=db_path).stdout)
    assert people[0]["present"] == 21
    sheet = tmp_path / "alasan.csv"
    sheet.write_text("NIP;Alasan\n123;sakit\n", encoding="utf-8")
    refused = netra("absence", "import", str(sheet), "--event", "1", db=db_path)
    assert refused.returncode == 1
    assert "tidak ada yang disimpan" in refused.stderr and "baris 2, kolom NIP" in refused.stderr
    day = date.fromisoformat(people[0]["day"])
    with sqlite3.connect(db_path) as raw:
        (nip,) = raw.execute(
            "SELECT id_number FROM person WHERE id_kind = 'nip' AND id NOT IN "
            "(SELECT person_id FROM checkin) ORDER BY id LIMIT 1"
        ).fetchone()
    zoom = tmp_path / "zoom.csv"
    zoom.write_text(f"Name (Original Name),Join Time\nHP Kantor,{day:%m/%d/%Y} 07:20:00 AM\n")
    dry = netra("daring", "import", str(zoom), "--event", "1", "--dry-run", "--json", db=db_path)
    assert json.loads(dry.stdout)["unmatched"] == [{"row": 2, "name": "HP Kantor"}]
    done = netra("daring", "import", str(zoom), "--event", "1", "--match", f"2={nip}", db=db_path)
    assert done.returncode == 0, done.stderr
    assert "1 dicatat hadir daring" in done.stdout
    assert json.loads(netra("events", "--json", db=db_path).stdout)[0]["present"] == 22
