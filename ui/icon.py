"""The program's icon (resources/icon, rendered from its SVG by make_icons.py), for the window and the
taskbar: the PNG sizes, so each place gets a sharp one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

import resources

ICONS = Path(resources.__file__).parent / "icon"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def program_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(ICONS / f"bua-booking-{size}.png"))
    return icon
