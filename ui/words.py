"""The window's names for the program's codes, each through Qt's translator (English source, Danish
catalogue resources/translations/shell_da.ts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.summary import FieldKey, SummaryField

translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call


def summary_field_name(key: FieldKey) -> str:
    """'Description of the problem', 'Informant in screening 2'."""
    names = {
        SummaryField.QUESTION: translate("SummaryFields", "Question for BUA"),
        SummaryField.PROBLEM: translate("SummaryFields", "Description of the problem"),
        SummaryField.TRIED: translate("SummaryFields", "What has been tried"),
        SummaryField.SCREENING_INFORMANT: translate("SummaryFields", "Informant in screening %1"),
        SummaryField.SCREENING_INSTRUMENT: translate("SummaryFields", "Instrument in screening %1"),
    }
    return names[key.field].replace("%1", str(key.screening))
