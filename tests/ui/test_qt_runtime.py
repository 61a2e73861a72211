"""Guards against Qt binding releases that would crash a gate after minutes of scanning."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(object)


def test_emitting_a_signal_keeps_the_reference_count_of_true():
    # PySide6 6.12.0 dropped one reference to True per emit(); on Python 3.11 the
    # interpreter aborts once it reaches zero (after a few thousand camera frames).
    emitter = _Emitter()
    emitter.happened.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.happened.emit(1)
    assert sys.getrefcount(True) - before > -50
