"""Every feature's Danish translation is complete, compiled, and loaded at start."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTime

from resources.translations_tool import FOLDER, features, release, unfinished, update, uses_tr
from ui.i18n import translation_files
from ui.worker import Worker

TS_FILES = sorted(FOLDER.glob("*.ts"))


def test_every_feature_with_strings_has_a_danish_translation() -> None:
    missing = [f for f in features() if uses_tr(f) and FOLDER / f"{f}_da.ts" not in TS_FILES]
    assert missing == [], "run python3 dev.py translations, translate, commit the .ts and .qm"
    assert FOLDER / "shell_da.ts" in TS_FILES


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.name)
def test_every_source_string_is_translated(ts: Path, tmp_path: Path) -> None:
    assert unfinished(ts) == [], "translate them: pyside6-linguist, then python3 dev.py translations"
    fresh = tmp_path / ts.name
    shutil.copyfile(ts, fresh)
    update(fresh)  # new tr() strings in the source would arrive here unfinished
    assert unfinished(fresh) == [], "run python3 dev.py translations and translate the new strings"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.name)
def test_every_translation_keeps_the_placeholders_of_its_source(ts: Path) -> None:
    for message in ElementTree.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        plural_forms = [form.text or "" for form in translation.iter("numerusform")]
        for danish in plural_forms or [translation.text or ""]:
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", danish)), source


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.name)
def test_the_committed_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    release(ts, compiled)
    assert ts.with_suffix(".qm").read_bytes() == compiled.read_bytes(), "run python3 dev.py translations"


def test_danish_is_loaded_from_every_qm_present(danish: list[str]) -> None:
    assert {path.name for path in translation_files("da")} <= set(danish)
    assert "shell_da.qm" in danish and "qtbase_da.qm" in danish
    assert QCoreApplication.translate("ShellWindow", "&File") == "&Fil"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"  # Qt's own buttons


def test_danish_plural_forms_and_clock(danish: list[str], qtbot: object) -> None:
    from app.domain.model import Municipality
    from app.services.reference import MunicipalityOverview
    from ui.municipalities_view import MunicipalitiesView

    view = MunicipalitiesView(lambda: None, Worker())  # type: ignore[arg-type, return-value]

    def rows(clusters: int) -> list[MunicipalityOverview]:
        return [
            MunicipalityOverview(Municipality(str(i), "x", f"k{i}", "h"), None, None, None)
            for i in range(clusters)
        ]

    assert view.count_line(rows(1)) == "1 kommuner i 1 klynge"
    assert view.count_line(rows(5)) == "5 kommuner i 5 klynger"
    locale = QLocale()
    assert locale.toString(QTime(14, 5), QLocale.FormatType.ShortFormat) == "14.05"
    assert locale.firstDayOfWeek().name == "Monday"
