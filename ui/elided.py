"""A cell cut short says itself in full: on a narrow window a long name ("Ringkøbing-Skjern", "Anne-Marie
Østergaard-Christensen") is elided with "…", and hovering it shows the whole text, above the cell's own
tooltip (an address, a reason) when it has one. Cells that fit keep their own tooltip, or none."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class ElidedTextTips(QStyledItemDelegate):
    """Paints as usual; only the tooltip of a cut-short cell changes."""

    def helpEvent(  # Qt override
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            tip = self.tip(option, index)
            if tip:
                QToolTip.showText(event.globalPos(), tip, view)
                return True
        return super().helpEvent(event, view, option, index)

    def tip(self, option: QStyleOptionViewItem, index: Index) -> str | None:
        """The whole text (and the cell's own tooltip below it) when the cell cuts its text short."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text or not self.cut_short(option, index):
            return None
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        return f"{text}\n{own}" if isinstance(own, str) and own and own != text else text

    def cut_short(self, option: QStyleOptionViewItem, index: Index) -> bool:
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget: QWidget | None = shown.widget
        style = widget.style() if widget is not None else QApplication.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return shown.fontMetrics.horizontalAdvance(shown.text) > room.width() - 2 * margin


def tip_cut_text(view: QAbstractItemView) -> None:
    """Give `view` the full text of its cut-short cells as tooltips."""
    view.setItemDelegate(ElidedTextTips(view))
