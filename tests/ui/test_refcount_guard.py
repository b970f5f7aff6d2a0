"""PySide6 6.12.0 on Python 3.11 takes references from True and None it never gave (ui/refcount_guard.py).

The first test documents the bug: when it fails, PySide6 no longer leaks and the guard can go.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from ui.refcount_guard import PADDING, needed, pad_singletons


class Emitter(QObject):
    fired = Signal()


@pytest.mark.skipif(not needed(), reason="True and None are immortal from Python 3.12")
def test_pyside_still_takes_references_from_true_and_none(qtbot: object) -> None:
    emitter, label = Emitter(), QLabel()
    emitter.fired.emit()  # the first call sets things up
    label.setText("x")
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(50):
        emitter.fired.emit()
        label.setText("x")
    # about one reference per call (a call or two may be balanced by caching)
    assert sys.getrefcount(True) - true_before <= -40, "PySide6 fixed emit(): drop ui/refcount_guard.py"
    assert sys.getrefcount(None) - none_before <= -40, "PySide6 fixed void calls: drop ui/refcount_guard.py"


def test_after_padding_a_long_session_cannot_free_true_or_none(qtbot: object) -> None:
    pad_singletons()
    if needed():
        assert sys.getrefcount(True) > PADDING and sys.getrefcount(None) > PADDING
    emitter = Emitter()
    for _ in range(20_000):  # more emits than True had references before the padding
        emitter.fired.emit()
