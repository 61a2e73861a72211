"""Hostile spreadsheets through the roster import's reader: time and peak memory per file.

Each file is read in a fresh child process held to 500 MB of address space (as the
tests do); the child reports its own time and peak RSS. A 10,000-row SIASN roster is
measured alongside for comparison.

python benchmarks/hostile_sheets.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.locale_format import number
from benchmarks.machine import machine_facts, percentile
from tests.hostile_sheets import HOSTILE_FILES, read_bounded
from tests.roster_files import demo_rows, write_xlsx

MEMORY = 500 * 1024 * 1024
SECONDS = 60


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    files = {
        "roster SIASN 10.000 baris (wajar)": lambda folder: write_xlsx(
            folder / "pegawai.xlsx", demo_rows(10_001)[1:]
        ),
        **HOSTILE_FILES,
    }
    print(f"\nHostile sheets through the import reader (limit 500 MB, 20 s)\n{machine_facts()}\n")
    print("| file | size on disk | outcome | runs | median (s) | p95 (s) | peak RSS (MiB) |")
    print("|---|---:|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as name:
        for label, make in files.items():
            path = make(Path(name))
            reports = [read_bounded(path, MEMORY, SECONDS) for _ in range(args.runs)]
            seconds = [report["seconds"] for report in reports]
            outcome = (
                "ditolak: " + reports[0]["error"].split(": ", 1)[-1][:90]
                if reports[0]["error"]
                else f"dibaca, {number(reports[0]['rows'])} baris"
            )
            print(
                f"| {label} | {path.stat().st_size / 1e6:.2f} MB | {outcome} | {args.runs} | "
                f"{statistics.median(seconds):.3f} | {percentile(seconds, 0.95):.3f} | "
                f"{max(report['peak_mib'] for report in reports):.0f} |"
            )
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
