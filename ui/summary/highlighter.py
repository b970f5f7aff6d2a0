"""Marks the anonymity guard's findings in a text field: red for what blocks, amber for warnings.

The form checks the whole field and hands the findings over (a name on one line and its surname on
the next is still one finding); each block paints the part of every finding that falls inside it.
Offsets are Python string offsets, which equal Qt's for every character a Danish text uses (the Basic
Multilingual Plane).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.domain.anonymity import Finding, Severity


def _format(background: str, underline: str) -> QTextCharFormat:
    style = QTextCharFormat()
    style.setBackground(QColor(background))
    style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    style.setUnderlineColor(QColor(underline))
    return style


FORMATS = {
    Severity.BLOCK: _format("#f9d6d5", "#b3261e"),
    Severity.WARN: _format("#fdf0c4", "#a06800"),
}


class GuardHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._findings: tuple[Finding, ...] = ()

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self._findings

    def set_findings(self, findings: Sequence[Finding]) -> None:
        spans = tuple(findings)
        if [(f.start, f.end, f.kind) for f in spans] != [(f.start, f.end, f.kind) for f in self._findings]:
            self._findings = spans
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # Qt override
        start = self.currentBlock().position()
        end = start + len(text)
        for finding in self._findings:
            if finding.end > start and finding.start < end:
                first = max(finding.start, start) - start
                self.setFormat(first, min(finding.end, end) - start - first, FORMATS[finding.severity])
