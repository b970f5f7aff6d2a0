"""Language, locale and look: loads every compiled translation present and sets the Danish locale.

Source strings are English (`tr()`); Danish is the default. resources/translations holds one
`<feature>_<language>.ts` per feature package (shell_da.ts for the frame, staff_da.ts, ...), compiled to
`.qm` with Qt's lrelease by `python3 dev.py translations` and committed, so a fresh clone and an
installed package show Danish without Qt's tools. English needs no files: it is the source text.
Qt's own strings (dialog buttons, context menus) come from the `qtbase_<language>.qm` Qt ships.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

import resources
from ui.settings import DANISH

TRANSLATIONS = Path(resources.__file__).parent / "translations"


def locale_for(language: str) -> QLocale:
    """Danish, or English as written in Denmark: both have a 24-hour clock and weeks from Monday."""
    return QLocale("da_DK" if language == DANISH else "en_DK")


def translation_files(language: str, folder: Path = TRANSLATIONS) -> list[Path]:
    return sorted(folder.glob(f"*_{language}.qm"))


def install_language(
    app: QCoreApplication, language: str, folder: Path = TRANSLATIONS
) -> dict[str, QTranslator]:
    """Set the default locale and install every translation for `language`, by file name."""
    QLocale.setDefault(locale_for(language))
    loaded: dict[str, QTranslator] = {}
    qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"
    for path in [*translation_files(language, folder), qt_own]:
        translator = QTranslator(app)  # parented to the app, so it lives as long as the app
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            loaded[path.name] = translator
    return loaded


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Everything translated inside says it in `language`, then the app speaks its own again: the
    report's PDF is Danish also from an English window. Widgets keep the texts they were given."""
    app = QCoreApplication.instance()
    assert app is not None
    locale = QLocale()
    translators = install_language(app, language)
    try:
        yield
    finally:
        for translator in translators.values():
            app.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)


def apply_theme(theme: str) -> None:
    """Light, dark, or whatever the system uses (Qt then follows a system change by itself).

    Where the platform cannot switch (Linux without a platform theme, the offscreen platform), a light
    or dark palette is set on Qt's Fusion style instead.
    """
    # not at import: the Qt namespace and QPalette's enums cost start-up time
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if not isinstance(app, QApplication):
        return
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    wanted = schemes.get(theme, Qt.ColorScheme.Unknown)  # Unknown: follow the system
    app.styleHints().setColorScheme(wanted)
    if wanted == Qt.ColorScheme.Unknown or app.styleHints().colorScheme() == wanted:
        app.setPalette(QPalette())  # the platform's own
        return
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if wanted == Qt.ColorScheme.Dark else app.style().standardPalette())


def dark_palette() -> QPalette:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette
