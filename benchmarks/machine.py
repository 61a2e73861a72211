"""The facts of the machine a benchmark ran on, and a table printer."""

from __future__ import annotations

import os
import platform
import statistics
import sys
from pathlib import Path


def machine_facts() -> str:
    cpu = platform.processor() or "?"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{memory}, "
        f"Python {sys.version.split()[0]}"
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def print_table(title: str, rows: list[tuple[str, list[float], str]], unit: str = "s") -> None:
    """Rows of ``(label, samples, floor)``: prints median, p95, min and the floor to beat."""
    print(f"\n{title}\n{machine_facts()}\n")
    print(f"| measure | runs | median ({unit}) | p95 ({unit}) | min ({unit}) | floor |")
    print("|---|---:|---:|---:|---:|---|")
    for label, samples, floor in rows:
        print(
            f"| {label} | {len(samples)} | {statistics.median(samples):.3f} | "
            f"{percentile(samples, 0.95):.3f} | {min(samples):.3f} | {floor} |"
        )
