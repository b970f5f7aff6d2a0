"""A booking's case summary, read-only, where BUA reads it (the advisor's session panel).

Shows how the summary stands and its deadline; once sent, the summary itself: question, problem, age
band, pathway step, what has been tried and the screening rows (ranges not verified are marked). The
text goes only into this widget's own document: never into a title, a tooltip or a log.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.domain.summary import DeadlineState, FieldKey, SummaryContent, SummaryField
from app.domain.time import ZONE
from app.services.summaries import SummaryView
from ui import words
from ui.calendar.dates import danish_clock, danish_numeric_date
from ui.summary.screening_model import cells


class SummaryReader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Case summary status"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Case summary"))
        self.text.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.text, 1)
        self.show_message(self.tr("Loading …"))

    def show_message(self, message: str) -> None:
        self.status.setText(message)
        self.text.clear()
        self.text.hide()

    def show_view(self, view: SummaryView) -> None:
        status = view.status
        due = danish_numeric_date(status.deadline)
        if view.tombstone is not None:
            purged = danish_numeric_date(view.tombstone.purged_at.astimezone(ZONE))
            self.show_message(self.tr("Deleted %1 after the retention period.").replace("%1", purged))
            return
        if status.state is DeadlineState.SUBMITTED and view.summary is not None:
            sent_at = view.summary.submitted_at or view.summary.updated_at
            sent = sent_at.astimezone(ZONE)
            self.status.setText(
                self.tr("Sent to BUA %1 at %2 (due %3).")
                .replace("%1", danish_numeric_date(sent))
                .replace("%2", danish_clock(sent))
                .replace("%3", due)
            )
            self.text.setHtml(self.document(view.summary.content))
            self.text.show()
            return
        messages = {
            DeadlineState.MISSING: self.tr("Not sent yet. Due %1."),
            DeadlineState.DRAFT: self.tr("Being written, not sent yet. Due %1."),
            DeadlineState.LATE: self.tr("Late: not sent, it was due %1."),
            DeadlineState.SUBMITTED: self.tr("Sent to BUA (due %1)."),
        }
        self.show_message(messages[status.state].replace("%1", due))

    def document(self, content: SummaryContent) -> str:
        """The summary as simple HTML: every typed word escaped."""

        def section(title: str, text: str) -> str:
            body = html.escape(text).replace("\n", "<br>") if text.strip() else "–"
            return f"<p><b>{html.escape(title)}</b><br>{body}</p>"

        age = self.tr("%1 years").replace("%1", content.age_band.value) if content.age_band else "–"
        step = words.pathway_step_name(content.pathway_step) if content.pathway_step else "–"
        age_title, step_title = html.escape(self.tr("Age band")), html.escape(self.tr("Pathway step"))
        parts = [
            section(words.summary_field_name(FieldKey(SummaryField.QUESTION)), content.question),
            section(words.summary_field_name(FieldKey(SummaryField.PROBLEM)), content.problem),
            f"<p><b>{age_title}:</b> {html.escape(age)}<br><b>{step_title}:</b> {html.escape(step)}</p>",
            section(words.summary_field_name(FieldKey(SummaryField.TRIED)), content.tried),
        ]
        title = html.escape(self.tr("Screening results (raw scores)"))
        none = html.escape(self.tr("none"))
        if content.screenings:  # one line per row: a table has no room in the narrow panel
            lines = []
            for row in content.screenings:
                instrument, scale, score, span, informant, month = cells(row)
                line = self.tr("%1, %2: %3 · range %4").replace("%1", instrument).replace("%2", scale)
                line = line.replace("%3", score).replace("%4", span or "–")
                extra = " · ".join(p for p in (informant, month) if p)
                lines.append(html.escape(f"{line} · {extra}" if extra else line))
            parts.append(f"<p><b>{title}</b><br>{'<br>'.join(lines)}</p>")
        else:
            parts.append(f"<p><b>{title}</b><br>{none}</p>")
        return "".join(parts)
