"""Work-around for a reference-count bug of PySide6 6.12.0 on Python 3.11.

Measured here: every `Signal.emit()` called from Python takes one reference from `True` that it never
gave, and every call of a Qt method returning void (`setText`, `click`, ...) does the same to `None`.
On Python 3.12 and later both objects are immortal and nothing happens; on 3.11 their counts fall with
every call until CPython frees `True` or `None` and aborts ("bool_dealloc: deallocating True or
False"). `True` starts near 150 references, and the worker emits once per operation (the change
watcher alone once a second), so a long session would crash. This pads the two counts by 2**40, which
is what 3.12's immortality amounts to. Remove it when PySide6 or Python is upgraded past the bug;
tests/ui/test_refcount_guard.py says when it is no longer needed.
"""

from __future__ import annotations

import ctypes
import sys

PADDING = 1 << 40


def needed() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def pad_singletons() -> None:
    """Give None, True and False a reference count no leak can exhaust (once per process)."""
    if not needed() or getattr(sys, "_bua_refcount_padded", False):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += PADDING
    sys._bua_refcount_padded = True  # type: ignore[attr-defined]
