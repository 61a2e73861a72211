"""Time one admin/supervisor PIN guess at several scrypt costs, Netra's own marked.

    python benchmarks/pin_scrypt.py [--runs 7]

One guess is one ``check_pin`` (scrypt of the PIN with the record's salt). The floor is
0.25 s per guess on a 2-core office laptop: a 6-digit PIN then takes a single core about
three days to try in full. Memory is what the cost also demands of a guessing GPU.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core import admin_pin
from app.core.admin_pin import PinRecord, check_pin
from benchmarks.machine import print_table

COSTS = (2**14, 2**15, 2**16, 2**17)


def guess_seconds(n: int, runs: int) -> list[float]:
    record = PinRecord(salt=b"0123456789abcdef", digest=b"", n=n)
    samples = []
    for guess in range(runs):
        started = time.perf_counter()
        check_pin(record, f"{guess:06d}", datetime(2024, 10, 1, 7, 0))
        samples.append(time.perf_counter() - started)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    rows = []
    for n in COSTS:
        memory = 128 * n * admin_pin.SCRYPT_R // 2**20
        chosen = " (Netra)" if n == admin_pin.SCRYPT_N else ""
        label = f"scrypt N=2^{n.bit_length() - 1}, r={admin_pin.SCRYPT_R}, {memory} MiB{chosen}"
        rows.append((label, guess_seconds(n, args.runs), ">= 0.25 s" if chosen else "-"))
    print_table("One PIN guess (check_pin) at each scrypt cost", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
