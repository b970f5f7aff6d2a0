"""The program's icon: every size a window and a taskbar ask for, drawn from the SVG, and the ICO."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ui.icon import ICONS, SIZES, program_icon


def test_the_icon_has_every_size_and_shows_the_mark(qtbot: QtBot) -> None:
    icon = program_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(SIZES)
    small = icon.pixmap(QSize(32, 32)).toImage()
    assert small.pixelColor(0, 0).alpha() == 0  # rounded corners: the desktop shows through
    assert small.pixelColor(16, 16).alpha() == 255  # the calendar in the middle
    assert small.pixelColor(3, 16) == QColor("#1d5a8e")  # the region's blue at the edge


def test_the_windows_icon_file_reads_back() -> None:
    image = QImage(str(ICONS / "bua-booking.ico"))
    assert (image.width(), image.height()) == (256, 256)
