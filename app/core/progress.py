"""How a long job says how far it got and hears that the user wants it stopped.

A job calls ``keep_going(done, total)`` as it moves (pages, rows, files: whatever it counts).
When the answer is False it stops, removes whatever it had begun to write, and reports that it
was cancelled; a job deep inside a library loop raises :class:`Cancelled` to get out.
"""

from __future__ import annotations

from collections.abc import Callable

KeepGoing = Callable[[int, int], bool]


def always(done: int, total: int) -> bool:
    """The ``keep_going`` of a job nobody watches: never asks it to stop."""
    return True


class Cancelled(Exception):
    """Unwinds a job whose ``keep_going`` answered False; its service catches it."""


def carry_on(keep_going: KeepGoing, done: int, total: int) -> None:
    """Report a step; raise :class:`Cancelled` when the answer is to stop."""
    if not keep_going(done, total):
        raise Cancelled
