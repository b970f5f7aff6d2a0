"""The "Free times" tab: the bookable times as a list, filtered by week and type, with Book.

The list is headed by group: the own municipality's sparring and supervision with the fixed contact
person first, then teaching. It opens on the first time the person can book. Enter or double-click on
a time books it (or joins the waitlist of a full teaching time), like the button; the page opens the
dialog. A time the person cannot book (the cap reached, say) says why in its row, and the button stays
disabled with the reason beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.recurrence import SessionType
from app.services.staff_view import FreeTime, FreeTimeGroup
from ui import words
from ui.calendar.dates import local
from ui.staff.free_times_model import HEADING_ROLE, ROW_ROLE, FreeTimesFilter, FreeTimesModel
from ui.staff.tables import fit_columns, time_table


class FreeTimesTab(QWidget):
    book_requested = Signal(object)  # FreeTime with a place left
    waitlist_requested = Signal(object)  # a full teaching FreeTime

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened = False  # the first load chooses the first bookable time, later ones keep the choice
        self.model = FreeTimesModel(self)
        self.proxy = FreeTimesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = time_table(self.proxy)
        self.table.setAccessibleName(self.tr("Free times"))
        self.table.activated.connect(lambda _index: self._act())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted):
            signal.connect(self._span_headings)
        self.proxy.rowsRemoved.connect(self._span_headings)

        self.week = QComboBox()
        self.week.addItem(self.tr("All weeks"), None)
        self.week.currentIndexChanged.connect(lambda _i: self.proxy.set_week(self.week.currentData()))
        self.session_type = QComboBox()
        self.session_type.addItem(self.tr("All types"), None)
        for kind in SessionType:
            self.session_type.addItem(words.session_type_name(kind), kind.value)
        self.session_type.currentIndexChanged.connect(self._type_changed)
        week_label = QLabel(self.tr("Show w&eek:"))
        week_label.setBuddy(self.week)
        type_label = QLabel(self.tr("T&ype:"))
        type_label.setBuddy(self.session_type)
        self.empty_label = QLabel(self.tr("No free times right now."))
        self.empty_label.hide()
        self.refusal_label = QLabel()  # why the chosen time cannot be booked, beside the disabled button
        self.refusal_label.setObjectName("refusal")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.hide()

        self.book_button = QPushButton(self.tr("&Book …"))
        self.book_button.setEnabled(False)
        self.book_button.clicked.connect(self._act)

        filters = QHBoxLayout()
        filters.addWidget(week_label)
        filters.addWidget(self.week)
        filters.addSpacing(16)
        filters.addWidget(type_label)
        filters.addWidget(self.session_type)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.empty_label)
        actions.addWidget(self.refusal_label, 1)
        actions.addStretch(0)  # keeps the button at the right edge while the reason is hidden
        actions.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        QWidget.setTabOrder(self.week, self.session_type)
        QWidget.setTabOrder(self.session_type, self.table)
        QWidget.setTabOrder(self.table, self.book_button)

    def set_groups(self, groups: Sequence[FreeTimeGroup]) -> None:
        keep = self.selected()
        times = [time for group in groups for time in group.times]
        self.model.set_groups(groups)
        self._fill_weeks(times)
        fit_columns(self.table)
        self.empty_label.setVisible(not times)
        if self._opened:
            self.select_slot(keep.slot_id if keep else None)
        else:
            self._opened = bool(times)
            self.select_slot(None)

    def selected(self) -> FreeTime | None:
        row = self.table.currentIndex().data(ROW_ROLE)
        selected = self.table.selectionModel().hasSelection()
        return row if isinstance(row, FreeTime) and selected else None

    def select_slot(self, slot_id: int | None) -> None:
        """Select the time with this id if it is still listed, otherwise the first one the person can
        book (the first listed if none)."""
        source_row = self.model.row_of(slot_id) if slot_id is not None else None
        index = self.proxy.mapFromSource(self.model.index(source_row, 0)) if source_row is not None else None
        if index is None or not index.isValid():
            index = self._first_bookable()
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        self._selection_changed()

    def _first_bookable(self) -> QModelIndex:
        listed = [self.proxy.index(r, 0) for r in range(self.proxy.rowCount())]
        times = [i for i in listed if isinstance(i.data(ROW_ROLE), FreeTime)]
        return next((i for i in times if i.data(ROW_ROLE).bookable), times[0] if times else QModelIndex())

    def _act(self) -> None:
        time = self.selected()
        if time is None or time.refusal is not None:
            return  # the reason is shown beside the disabled button
        (self.waitlist_requested if time.waitlist_only else self.book_requested).emit(time)

    def _selection_changed(self, *_args: QItemSelection) -> None:
        time = self.selected()
        refusal = time.refusal if time is not None else None
        self.book_button.setEnabled(time is not None and refusal is None)
        waitlist = time is not None and time.waitlist_only
        self.book_button.setText(self.tr("Join &waitlist") if waitlist else self.tr("&Book …"))
        reason = words.refusal_sentence(refusal) if refusal else ""
        self.refusal_label.setText(reason)
        self.refusal_label.setVisible(bool(reason))
        self.book_button.setToolTip(reason)
        self.book_button.setAccessibleDescription(reason)

    def _span_headings(self, *_args: object) -> None:
        """A heading row reads across the whole table."""
        self.table.clearSpans()
        for row in range(self.proxy.rowCount()):
            if isinstance(self.proxy.index(row, 0).data(HEADING_ROLE), FreeTimeGroup):
                self.table.setSpan(row, 0, 1, self.proxy.columnCount())

    def _type_changed(self, _index: int) -> None:
        code = self.session_type.currentData()
        self.proxy.set_session_type(SessionType(code) if code else None)
        chosen = self.selected()
        self.select_slot(chosen.slot_id if chosen else None)

    def _fill_weeks(self, rows: Sequence[FreeTime]) -> None:
        """One entry per week that has times, keeping the chosen week if it still has any."""
        chosen = self.week.currentData()
        weeks = sorted({tuple(local(r.starts_at).isocalendar())[:2] for r in rows})
        self.week.blockSignals(True)
        self.week.clear()
        self.week.addItem(self.tr("All weeks"), None)
        for year, number in weeks:
            self.week.addItem(
                self.tr("Week %1, %2").replace("%1", str(number)).replace("%2", str(year)), (year, number)
            )
        found = self.week.findData(chosen) if chosen else 0
        self.week.setCurrentIndex(max(found, 0))
        self.week.blockSignals(False)
        self.proxy.set_week(self.week.currentData())
