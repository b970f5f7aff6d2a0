"""'Export series': the series' sessions as an .ics file the advisor imports into Outlook or Google."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services.invites import series_calendar
from ui.session import UiSession

PathChooser = Callable[[QWidget, str], str | None]


def choose_ics_path(parent: QWidget, suggested: str) -> str | None:
    """Asks where to save; None when the advisor cancels."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AdvisorText", "Export series"),
        str(Path.home() / suggested),
        QCoreApplication.translate("AdvisorText", "Calendar files (*.ics)"),
    )
    return path or None


def export_series(
    session: UiSession,
    parent: QWidget,
    series_id: int,
    report: Callable[[str], None],
    choose: PathChooser = choose_ics_path,
) -> None:
    """Reads the calendar on the worker, then writes the file the advisor chose; `report` gets one line."""
    path = choose(parent, f"bua-serie-{series_id}.ics")
    if path is None:
        return
    target = Path(path if path.lower().endswith(".ics") else f"{path}.ics")

    def written(data: bytes) -> None:
        try:
            target.write_bytes(data)
        except OSError as error:
            report(
                QCoreApplication.translate("AdvisorText", "Could not save %1: %2")
                .replace("%1", str(target))
                .replace("%2", error.strerror or str(error))
            )
            return
        report(QCoreApplication.translate("AdvisorText", "Series saved as %1").replace("%1", str(target)))

    session.run(lambda ctx: series_calendar(ctx, series_id), written, report)
