"""The pinned Qt binding keeps CPython 3.11's reference count of None: PySide6-Essentials 6.12.0 lost
one reference per call of any void method, so a session aborted ("none_dealloc") after some
thousand Qt calls. Guards the pin in pyproject.toml."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683)")
def test_void_calls_do_not_drop_references_to_none(qapp: Any) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 100


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 (PEP 683)")
def test_emitting_a_signal_does_not_drop_references_to_true(qapp: Any) -> None:
    class Sender(QObject):
        happened = Signal()

    sender = Sender()
    before = sys.getrefcount(True)
    for _ in range(2000):
        sender.happened.emit()
    assert abs(sys.getrefcount(True) - before) < 100
