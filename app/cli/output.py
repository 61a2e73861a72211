"""Printing results as text or JSON, and the exit codes every command shares."""

from __future__ import annotations

import json
import sys
from typing import Any, TypeVar

from app.core.progress import Cancelled

OK = 0
BAD_INPUT = 1
USAGE = 2
ALREADY_RECORDED = 3
DATABASE_TROUBLE = 4

T = TypeVar("T")


class CommandFailed(Exception):
    """Bad input or a refused operation: the message is printed, the exit code is 1
    unless another is given."""

    def __init__(self, message: str, exit_code: int = BAD_INPUT) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def emit(data: Any, as_json: bool, text: str) -> None:
    if as_json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        print(text)


def fail(message: str, code: int = BAD_INPUT) -> int:
    print(f"netra: {message}", file=sys.stderr)
    return code


def refused(errors: list[Any], heading: str = "") -> CommandFailed:
    """Every problem on its own line (file, row, column and what is wrong)."""
    lines = [str(error) for error in errors]
    return CommandFailed("\n  ".join([heading, *lines]) if heading else "\n  ".join(lines))


def finished(result: T | Cancelled) -> T:
    """A job's result; the CLI gives no ``keep_going``, so its jobs always run to the end."""
    if isinstance(result, Cancelled):  # pragma: no cover - the CLI never cancels
        raise CommandFailed("dibatalkan")
    return result
