"""Write tests/data/one_moment/: the daftar hadir text, the CSV and the workbook's cells of a
demo event with one moment, as Netra printed them before events had moments.

    python tools/make_one_moment_fixture.py

``tests/reports/test_one_moment_unchanged.py`` draws the same documents with this version
and holds them against these files: an event with one moment prints exactly as before.
Run it only to record the output of a version known to be right.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "one_moment"
MORNING = datetime(2024, 10, 1, 7, 0)
# What differs from run to run whatever the version: the anchor and the key's fingerprint
# (the organisation's key is made afresh for each demo); and the anchor's count of audit
# entries, which grows whenever a version audits one more step of the demo.
VARYING = [
    (re.compile(r"\b\d+-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b"), "<jangkar>"),
    (re.compile(r"atas [\d.]+ entri"), "atas <n> entri"),
    (re.compile(r"\b[0-9a-f]{8,}\b"), "<sidik jari>"),
]


def normalised(text: str) -> str:
    for pattern, stand_in in VARYING:
        text = pattern.sub(stand_in, text)
    return text


def one_moment_outputs(folder: Path) -> dict[str, str]:
    """The documents of a 60-person demo event (with a walk-in, a manual entry and an
    absence) as this version draws them: PDF text, CSV text, workbook cells as JSON."""
    from openpyxl import load_workbook

    from app.core.clock import FixedClock
    from app.core.report_data import ReportKind, ReportRequest
    from app.services.container import Services
    from app.store.store import Store

    store = Store(str(folder / "netra.sqlite3"))
    services = Services.build(store, clock=FixedClock(MORNING), actor="uji", station="Gerbang 1")
    event_id = services.demo.ensure_demo(60).event_id
    report = services.reports.attendance(event_id)
    pdf = folder / "laporan.pdf"
    pdf.write_bytes(services.reports.render_pdf(report, ReportRequest(ReportKind.COMPLETE)))
    services.reports.export(event_id, folder / "kehadiran.csv")
    services.reports.export(event_id, folder / "kehadiran.xlsx")
    store.close()
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    workbook = load_workbook(folder / "kehadiran.xlsx")
    cells = {
        sheet.title: [[None if c is None else str(c) for c in row] for row in sheet.values]
        for sheet in workbook.worksheets
    }
    return {
        "laporan.txt": normalised(text),
        "kehadiran.csv": (folder / "kehadiran.csv").read_bytes().decode("utf-8-sig"),
        "kehadiran_xlsx.json": json.dumps(cells, ensure_ascii=False, indent=0),
    }


def main() -> None:
    FIXTURE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for name, content in one_moment_outputs(Path(folder)).items():
            (FIXTURE / name).write_text(content, encoding="utf-8", newline="")
            print(FIXTURE / name)


if __name__ == "__main__":
    main()
