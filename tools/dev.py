"""Set up and run Netra from a checkout with nothing but Python 3.11.

    python3 tools/dev.py run     create .venv, install Netra, prepare the demo event, open the app
    python3 tools/dev.py test    the whole test suite (ruff, mypy, import contracts, pytest); extra
                                 arguments go to pytest
    python3 tools/dev.py build   the one-folder installer build in dist/, then its --self-check
    python3 tools/dev.py translations
                                 collect the UI's strings into resources/i18n/netra_*.ts (new
                                 ones unfinished, for Qt Linguist), then build the .qm files

On Windows use ``py tools\\dev.py run``. The virtual environment is reinstalled only
when ``pyproject.toml`` changes. Every command builds the translations (.qm, not kept in git)
from their .ts first.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".netra-installed"
I18N = ROOT / "resources" / "i18n"
# The core's refusals are marked for translation where they are written (app/core/refusals.py).
TRANSLATED_SOURCES = [
    ROOT / "app" / "bootstrap.py",
    ROOT / "app" / "core" / "refusals.py",
    *sorted((ROOT / "app" / "ui").rglob("*.py")),
]
TARGET_LANGUAGES = ("en",)  # Indonesian is the source language


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


def qt_tool(name: str) -> str:
    return str(BIN / (f"pyside6-{name}.exe" if os.name == "nt" else f"pyside6-{name}"))


def lupdate_command(language: str, ts_file: Path) -> list[str]:
    """Add new UI strings to ``ts_file`` as unfinished and drop vanished ones."""
    return [
        qt_tool("lupdate"), *map(str, TRANSLATED_SOURCES), "-no-obsolete", "-silent",
        "-locations", "none", "-source-language", "id", "-target-language", language,
        "-ts", str(ts_file),
    ]  # fmt: skip


def update_translations() -> int:
    for language in TARGET_LANGUAGES:
        subprocess.run(lupdate_command(language, I18N / f"netra_{language}.ts"), check=True)
    build_translations()
    unfinished = sum(p.read_text("utf-8").count('type="unfinished"') for p in I18N.glob("*.ts"))
    print(f"{unfinished} unfinished translations in {I18N}", flush=True)
    return 0


def build_translations() -> None:
    """Compile each .ts to the .qm the app loads, when the .ts is newer.

    ``qtbase_id.ts`` is Qt's own buttons and dialogs in Indonesian, which PySide6 lacks.
    """
    for source in sorted(I18N.glob("*.ts")):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run(
                [qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True
            )


# Debian names a library package after its soname; these few do not follow the rule.
DEBIAN_PACKAGE_OF = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGLdispatch.so.0": "libglvnd0",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
}


def debian_package(soname: str) -> str:
    """``libxcb-icccm.so.4`` -> ``libxcb-icccm4``; ``libdbus-1.so.3`` -> ``libdbus-1-3``."""
    if soname in DEBIAN_PACKAGE_OF:
        return DEBIAN_PACKAGE_OF[soname]
    name, _, version = soname.partition(".so.")
    separator = "-" if name[-1].isdigit() else ""
    return f"{name}{separator}{version.split('.')[0]}".lower()


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as ``not found``, each once, in order."""
    found = re.findall(r"^\s*(\S+) => not found", ldd_output, flags=re.MULTILINE)
    return list(dict.fromkeys(found))


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin in .venv, on Linux when Qt would use it; else None."""
    platform = os.environ.get("QT_QPA_PLATFORM", "xcb")
    if not sys.platform.startswith("linux") or "xcb" not in platform:
        return None
    plugins = sorted(VENV.glob("lib/python3*/site-packages/PySide6/Qt/plugins/platforms"))
    return plugins[-1] / "libqxcb.so" if plugins else None


def packages_missing_for(library: Path) -> list[str]:
    """Debian packages holding the shared libraries ``library`` needs and cannot find.

    Qt's own message names only xcb-cursor0 whatever is missing, so ask the dynamic
    loader instead; without ``ldd`` nothing can be said.
    """
    ldd = shutil.which("ldd")
    if ldd is None or not library.exists():
        return []
    output = subprocess.run([ldd, str(library)], capture_output=True, text=True).stdout
    return sorted({debian_package(soname) for soname in missing_libraries(output)})


def check_qt_window_libraries() -> bool:
    plugin = xcb_plugin()
    packages = packages_missing_for(plugin) if plugin else []
    if packages:
        print(
            "Jendela Netra tidak dapat dibuka: pustaka sistem untuk Qt (xcb) belum terpasang.\n"
            "Pasang dengan:\n"
            f"  sudo apt-get install {' '.join(packages)}",
            file=sys.stderr,
            flush=True,
        )
    return not packages


def run_app(args: list[str]) -> int:
    if not check_qt_window_libraries():
        return 1
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
    if command not in ("run", "test", "build", "setup", "translations"):
        print(__doc__)
        return 2
    ensure_environment()
    if command == "translations":
        return update_translations()
    build_translations()
    if command == "run":
        return run_app(rest)
    if command == "test":
        return run_tests(rest)
    if command == "build":
        return build_bundle()
    return 0


if __name__ == "__main__":
    sys.exit(main())
