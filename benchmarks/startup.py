"""Time from process start to the main window shown, on a demo event of 10,000 people.

    python benchmarks/startup.py [--people 10000] [--runs 7]

Each run starts ``python -m app`` afresh (offscreen) on the same SQLite file and
stops the clock when the window has painted its first frame.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.machine import print_table

ROOT = Path(__file__).resolve().parent.parent


def cpu_seconds(pid: int) -> float:
    """The CPU time (user + system) a running process has used so far (Linux), else 0."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_one_start(env: dict[str, str]) -> tuple[float, float]:
    """Wall time to the window shown, and the CPU time the process used for it: on a
    machine shared with other work the wall time also holds the time others took."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "app"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    cpu = cpu_seconds(child.pid)
    child.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"the app did not report its window: {line!r}")
    return elapsed, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, NETRA_DATA_DIR=folder, QT_QPA_PLATFORM="offscreen")
        # An installed Netra runs compiled bytecode: let the warm-up start write it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["NETRA_QUIT_WHEN_SHOWN"] = "1"
        subprocess.run(
            [sys.executable, "-m", "app", "demo", "--people", str(args.people)],
            cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        time_one_start(env)  # warm the OS file cache, as on a second start of the day
        samples = [time_one_start(env) for _ in range(args.runs)]
    print_table(
        f"Startup to main window shown, demo event of {args.people:,} people",
        [
            ("process start -> window shown", [wall for wall, _ in samples], "< 2.0 s"),
            ("its CPU time", [cpu for _, cpu in samples], ""),
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
