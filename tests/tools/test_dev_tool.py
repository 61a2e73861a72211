"""``tools/dev.py run`` names the system packages Qt's window plugin lacks, from the loader."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import dev


def test_library_sonames_become_debian_package_names():
    assert dev.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert dev.debian_package("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert dev.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert dev.debian_package("libGL.so.1") == "libgl1"
    assert dev.debian_package("libglib-2.0.so.0") == "libglib2.0-0"


@pytest.mark.skipif(shutil.which("gcc") is None or shutil.which("ldd") is None, reason="no gcc")
def test_a_plugin_whose_libraries_are_gone_names_their_packages(tmp_path: Path):
    # A real shared object linked against two libraries that are then removed, as on a
    # fresh laptop lacking two packages (names no system has, so none is found elsewhere).
    source = tmp_path / "stub.c"
    source.write_text("int stub(void) { return 0; }\n")
    for soname in ("libnetra-icccm.so.4", "libnetra-keysyms.so.1"):
        subprocess.run(
            ["gcc", "-shared", "-fPIC", f"-Wl,-soname,{soname}", "-o", tmp_path / soname, source],
            check=True,
        )
    plugin = tmp_path / "libqxcb.so"
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", plugin, source, "-Wl,--no-as-needed",
         tmp_path / "libnetra-icccm.so.4", tmp_path / "libnetra-keysyms.so.1"],
        check=True,
    )  # fmt: skip
    for soname in ("libnetra-icccm.so.4", "libnetra-keysyms.so.1"):
        (tmp_path / soname).unlink()
    assert dev.packages_missing_for(plugin) == ["libnetra-icccm4", "libnetra-keysyms1"]


def test_the_installed_qt_window_plugin_finds_all_its_libraries_here(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.delenv("QT_QPA_PLATFORM")  # the tests run offscreen; a user's laptop does not
    plugin = dev.xcb_plugin()
    if plugin is None:
        pytest.skip("not Linux")
    assert dev.packages_missing_for(plugin) == []
