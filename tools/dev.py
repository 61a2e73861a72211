"""Set up and run Netra from a checkout with nothing but Python 3.11.

    python3 tools/dev.py run     create .venv, install Netra, prepare the demo event, open the app
    python3 tools/dev.py test    the whole test suite (ruff, import contracts, pytest); extra
                                 arguments go to pytest
    python3 tools/dev.py build   the one-folder installer build in dist/, then its --self-check

On Windows use ``py tools\\dev.py run``. The virtual environment is reinstalled only
when ``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".netra-installed"


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - run by whatever python3 the user has
        sys.exit("Netra memerlukan Python 3.11 atau lebih baru.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("Membuat lingkungan Python di .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Memasang Netra dan pustakanya …", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(wanted)


def run_app(args: list[str]) -> int:
    subprocess.run([str(PYTHON), "-m", "app", "demo"], check=True, cwd=ROOT)
    return subprocess.call([str(PYTHON), "-m", "app", *args], cwd=ROOT)


def run_tests(args: list[str]) -> int:
    return subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT)


def build_bundle() -> int:
    sys.path.insert(0, str(ROOT))
    from app import APP_ID, __version__  # the same constants build.spec reads

    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-e", f"{ROOT}[build]"], check=True)
    subprocess.run(
        [str(PYTHON), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
         str(ROOT / "build.spec")],
        check=True,
    )  # fmt: skip
    folder = ROOT / "dist" / f"{APP_ID}-{__version__}"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"Build: {folder} ({size / 2**20:.0f} MiB)", flush=True)
    program = folder / (f"{APP_ID}-cli.exe" if os.name == "nt" else f"{APP_ID}-cli")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(program), "--self-check"], env=env)


def main() -> int:
    command, *rest = sys.argv[1:] or ["run"]
    if command not in ("run", "test", "build", "setup"):
        print(__doc__)
        return 2
    ensure_environment()
    if command == "run":
        return run_app(rest)
    if command == "test":
        return run_tests(rest)
    if command == "build":
        return build_bundle()
    return 0


if __name__ == "__main__":
    sys.exit(main())
