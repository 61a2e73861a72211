"""``netra --help`` and argparse's own errors speak Indonesian, for every command."""

from __future__ import annotations

import argparse
import contextlib
import io
import re

import pytest

from app.cli.main import build_parser, main

# argparse's English words, as it prints them when nobody translates it.
ARGPARSE_ENGLISH = re.compile(
    r"usage:|\boptions\b|positional arguments|show this help|show program's|error:"
    r"|required|invalid choice|unrecognized|expected (one|at most|at least)"
)


def printed(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        pytest.raises(SystemExit) as leaving,
    ):
        main(argv)
    return int(leaving.value.code or 0), out.getvalue() + err.getvalue()


def every_command_path() -> list[list[str]]:
    """[], ["roster"], ["roster", "import"], ... for every parser in the tree."""
    paths: list[list[str]] = []

    def walk(parser, path: list[str]) -> None:
        paths.append(path)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    walk(child, [*path, name])

    walk(build_parser(), [])
    return paths


def test_every_help_text_is_indonesian():
    paths = every_command_path()
    assert len(paths) > 20
    for path in paths:
        code, text = printed([*path, "--help"])
        assert code == 0
        assert text.startswith("penggunaan: netra"), path
        assert not ARGPARSE_ENGLISH.search(text), (path, ARGPARSE_ENGLISH.search(text))
        assert "tampilkan bantuan ini lalu keluar" in text


def test_usage_errors_are_indonesian():
    for argv in (["nosuch"], ["roster", "import"], ["events", "--bogus"]):
        code, text = printed(argv)
        assert code == 2
        assert ": galat: " in text, text
        assert not ARGPARSE_ENGLISH.search(text), text
