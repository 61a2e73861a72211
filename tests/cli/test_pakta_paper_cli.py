"""``netra pakta sheets | scan | coverage | archive`` as HR scripts them."""

import json
import random

from pypdf import PdfReader

from benchmarks.pakta_paper_scans import Degradation, Ink, degrade, draw_ink, render_pages
from tests.cli.test_cli import netra


def _unit_with_people(demo, event, count=3):
    units = [p.unit for p in demo.pakta.candidates(event)]
    return next(u for u in dict.fromkeys(units) if units.count(u) >= count)


def test_print_scan_and_count_one_unit_from_the_command_line(demo, db_path, tmp_path):
    event = demo.events.list_events()[0]
    unit = _unit_with_people(demo, event)
    sheets = tmp_path / "lembar.pdf"
    printed = netra(
        "pakta", "sheets", "--event", str(event.id), "--out", str(sheets), "--unit", unit,
        db=db_path,
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert "1 unit" in printed.stdout
    pages = list(render_pages(sheets.read_bytes(), 150))
    rng = random.Random(3)
    folder = tmp_path / "pindaian"
    folder.mkdir()
    signed = draw_ink(pages[1], Ink.SIGNED, 150, rng)
    (folder / "a.jpg").write_bytes(degrade(signed, Degradation(dpi=150, upside_down=True), rng))
    (folder / "b.jpg").write_bytes(degrade(pages[2], Degradation(dpi=150, skew_deg=3), rng))
    (folder / "c.jpg").write_bytes(degrade(pages[2] * 0 + 255, Degradation(dpi=150), rng))
    scanned = netra("pakta", "scan", str(folder), "--event", str(event.id), "--json", db=db_path)
    assert scanned.returncode == 1  # one page needs a look
    rows = json.loads(scanned.stdout)
    assert [(r["page"], r["outcome"], r["verdict"]) for r in rows] == [
        (1, "recorded", "signed"), (2, "recorded", "empty"), (3, "unreadable", None),
    ]  # fmt: skip
    again = netra("pakta", "scan", str(folder), "--event", str(event.id), db=db_path)
    assert "c.jpg: QR tidak terbaca" in again.stdout
    assert "2 sudah tercatat sebelumnya" in again.stdout
    coverage = netra("pakta", "coverage", "--event", str(event.id), "--json", db=db_path)
    row = next(r for r in json.loads(coverage.stdout) if r["unit"] == unit)
    assert (row["signed_paper"], row["returned_empty"]) == (1, 1)
    pending = tmp_path / "belum.pdf"
    written = netra(
        "pakta", "coverage", "--event", str(event.id), "--unit", unit, "--out", str(pending),
        db=db_path,
    )  # fmt: skip
    assert written.returncode == 0, written.stderr
    assert unit in PdfReader(pending).pages[0].extract_text()
    archived = netra(
        "pakta", "archive", "--event", str(event.id), "--out", str(tmp_path / "arsip"), db=db_path
    )
    assert archived.returncode == 0, archived.stderr
    assert len(list((tmp_path / "arsip").glob("*.pdf"))) == 1


def test_scan_of_a_missing_file_names_it_and_exits_1(demo, db_path, tmp_path):
    event = demo.events.list_events()[0]
    result = netra("pakta", "scan", str(tmp_path / "hilang.pdf"), "--event", str(event.id),
                   db=db_path)  # fmt: skip
    assert result.returncode == 1
    assert "hilang.pdf" in result.stderr and "Traceback" not in result.stderr
