"""pytest-qt setup: no screen needed, and window geometry kept in a scratch settings file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a scratch file, so tests never read or write the user's window geometry."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
