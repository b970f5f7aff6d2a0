"""The advisor page's top: navigation, the period shown, week/month, the advisor's own actions, the
side panel's switch and the colour key.

On a wide screen it is one row with the key below it. Beside Outlook on half a 1920 px screen (the
page under `NARROW` px) it folds into two rows; wherever the key's line does not fit, it moves into a
popup behind "Farver", so nothing is cut off and the calendar keeps its width.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ui.calendar.entries import EntryState
from ui.calendar.legend import Legend

NARROW = 1100  # px of page width: below it the bar takes two rows and the side panel folds away
MARGIN = 12  # the page's own margin on either side
KEY_STATES = (
    EntryState.OPEN,
    EntryState.BOOKED,
    EntryState.SUMMARY_RECEIVED,
    EntryState.SUMMARY_MISSING,
    EntryState.SUMMARY_LATE,
    EntryState.HELD,
    EntryState.NOT_HELD,
    EntryState.CANCELLED,
    EntryState.SKIPPED,
    EntryState.OUTCOME_MISSING,
    EntryState.PAST,
)


class PageBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.next_button = QPushButton(self.tr("N&ext ▶"))
        self.go_to_button = QPushButton(self.tr("&Go to date…"))
        self.period_label = QLabel()
        self.period_label.setAccessibleName(self.tr("Period shown"))
        font = self.period_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.period_label.setFont(font)
        self.week_button = QPushButton(self.tr("&Week"))
        self.month_button = QPushButton(self.tr("&Month"))
        self.views = QButtonGroup(self)
        for index, button in enumerate((self.week_button, self.month_button)):
            button.setCheckable(True)
            self.views.addButton(button, index)
        self.week_button.setChecked(True)
        self.new_series_button = QPushButton(self.tr("New &series…"))
        self.absence_button = QPushButton(self.tr("&Absence…"))
        self.details_button = QPushButton(self.tr("&Details"))
        self.details_button.setCheckable(True)
        self.details_button.setChecked(True)
        self.details_button.setToolTip(self.tr("Show or hide the session's details beside the calendar"))

        self.legend = Legend(KEY_STATES)
        self.key_button = QToolButton()
        self.key_button.setText(self.tr("Colours"))
        self.key_button.setAccessibleName(self.legend.accessibleName())
        self.key_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        key_menu = QMenu(self.key_button)
        shown_key = QWidgetAction(key_menu)
        shown_key.setDefaultWidget(Legend(KEY_STATES, vertical=True))
        key_menu.addAction(shown_key)
        self.key_button.setMenu(key_menu)

        navigation = QHBoxLayout()
        navigation.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.today_button, self.next_button, self.go_to_button):
            navigation.addWidget(widget)
        navigation.addSpacing(12)
        navigation.addWidget(self.period_label, 1)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for widget in (self.week_button, self.month_button):
            actions.addWidget(widget)
        actions.addSpacing(12)
        for button in (self.new_series_button, self.absence_button, self.details_button):
            actions.addWidget(button)
        actions.addWidget(self.key_button)
        actions.addStretch(1)  # in two rows, the buttons keep their size at the left
        self._navigation, self._actions = navigation, actions
        self.rows = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.addLayout(navigation, 1)
        self.rows.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        layout.addWidget(self.legend)
        self.fit(NARROW)

    def minimumSizeHint(self) -> QSize:  # Qt override
        """As narrow as the two-row form, so a window may shrink to it (the row folds on resize)."""
        width = max(self._navigation.minimumSize().width(), self._actions.minimumSize().width())
        return QSize(width, super().minimumSizeHint().height())

    def fit(self, width: int) -> None:
        """One row and the key below it when the page is wide; two rows and the key in a popup when not."""
        narrow = width < NARROW
        self.rows.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        fits = width - 2 * MARGIN >= self.legend.sizeHint().width()
        self.legend.setVisible(fits)
        self.key_button.setVisible(not fits)
