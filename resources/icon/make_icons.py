"""Renders the program's icon from bua-booking.svg: PNGs in the usual sizes (the window, Linux desktops)
and an ICO (Windows). Run after changing the SVG: `python resources/icon/make_icons.py`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "bua-booking.svg"))
    for size in SIZES:
        render(renderer, size).save(str(HERE / f"bua-booking-{size}.png"))
    render(renderer, 256).save(str(HERE / "bua-booking.ico"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
