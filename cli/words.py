"""The command line's Danish words for the program's codes: every table of names the CLI prints.

The domain keeps codes (enums); the window words them through Qt's translations (ui/words.py).
"""

from __future__ import annotations

from app.domain.summary import FieldKey, SummaryField

SUMMARY_FIELD_NAMES = {
    SummaryField.QUESTION: "Spørgsmål til BUA",
    SummaryField.PROBLEM: "Problembeskrivelse",
    SummaryField.TRIED: "Hvad er afprøvet",
    SummaryField.SCREENING_INFORMANT: "Informant i screening {}",
    SummaryField.SCREENING_INSTRUMENT: "Instrument i screening {}",
}


def summary_field_name(key: FieldKey) -> str:
    """'Problembeskrivelse', 'Informant i screening 2'."""
    return SUMMARY_FIELD_NAMES[key.field].format(key.screening)
