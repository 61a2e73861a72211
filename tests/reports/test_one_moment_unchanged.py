"""An event with one moment prints exactly as before events had moments: the daftar hadir's
text, the CSV's bytes and the workbook's cells, held against what the version before
moments drew for the same demo (``tools/make_one_moment_fixture.py``)."""

import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "make_one_moment_fixture.py"


def _tool():
    spec = importlib.util.spec_from_file_location("make_one_moment_fixture", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["laporan.txt", "kehadiran.csv", "kehadiran_xlsx.json"])
def test_a_one_moment_event_prints_as_before_moments(tmp_path, name):
    tool = _tool()
    drawn = tool.one_moment_outputs(tmp_path)[name]
    before = (tool.FIXTURE / name).read_bytes().decode("utf-8")
    assert drawn == before
