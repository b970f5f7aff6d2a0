"""Loads the Danish translations of the windows whose source strings are English.

The compiled catalogues (`resources/translations/<name>_da.qm`, built from the `.ts` files with
PySide6's lrelease) are installed unless English is asked for: the users are Danish, whatever locale
their machine reports.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

CATALOGUES = ("summary",)


def install_danish(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the Danish catalogues; none when `locale` is English (e.g. for English screenshots)."""
    if locale is not None and locale.language() is QLocale.Language.English:
        return []
    installed = []
    for name in CATALOGUES:
        translator = QTranslator(app)
        path = resources.files("resources") / "translations" / f"{name}_da.qm"
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
