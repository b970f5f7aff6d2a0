"""Reads a PDF back as a reader would: each page's text, and a page as a picture (pypdfium2, a
test-only dependency: PySide6-Essentials has no QtPdf, and the tests must not need poppler)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PySide6.QtGui import QImage


def page_texts(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def page_size_mm(path: Path, index: int = 0) -> tuple[float, float]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        width, height = document[index].get_size()  # in points
    finally:
        document.close()
    return width * 25.4 / 72, height * 25.4 / 72


def render_page(path: Path, index: int, scale: float = 1.5) -> QImage:
    """The page as PDFium draws it, scale 1 = 72 dots per inch."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        bitmap = document[index].render(scale=scale)
        image = QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_BGR888
        )
        return image.copy()  # its own pixels, not the bitmap's
    finally:
        document.close()
