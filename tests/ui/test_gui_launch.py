"""`bua-booking` without a screen says so in one Danish line instead of letting Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
import sys
from cli.main import main
code = main([])
print("PySide6 imported" if "PySide6" in sys.modules else "PySide6 not imported")
sys.exit(code)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux can lack a screen")
def test_no_screen_is_one_line_and_exit_code_1() -> None:
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    env = {name: value for name, value in os.environ.items() if name not in hidden}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stdout.strip() == "PySide6 not imported"  # Qt was never touched
    lines = done.stderr.splitlines()
    assert len(lines) == 1
    assert "skærm" in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0] and "xvfb-run" in lines[0]
