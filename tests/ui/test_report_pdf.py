"""The report's PDF on its own (ui/reports/pdf.py), read back with pypdfium2: a long report runs onto
more pages with its table header repeated, and every page is numbered "Side n af N"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.report import Figures, GroupBy, Report, ReportRow, month_key, month_label, months, total
from tests.pdf_reader import page_texts
from ui.reports.pdf import write_pdf


def by_month(first: date, last: date) -> Report:
    rows = [
        ReportRow(month_key(m), month_label(m), Figures(offered=90 + i % 20, booked=40, held=30 + i % 7))
        for i, m in enumerate(months(first, last))
    ]
    return Report(first, last, GroupBy.MONTH, tuple(rows), total(rows))


def test_eleven_years_by_month_run_onto_numbered_pages_with_their_header(
    tmp_path: Path, danish: list[str]
) -> None:
    report = by_month(date(2020, 1, 1), date(2030, 12, 31))  # 132 rows
    target = tmp_path / "lang.pdf"

    count = write_pdf(target, report, report, date(2031, 1, 15))

    pages = page_texts(target)
    assert count == len(pages) > 4
    assert all(f"Side {n} af {count}" in page for n, page in enumerate(pages, 1))
    assert "Efter måned · udarbejdet 15. januar 2031" in pages[0]
    # 132 rows do not fit on the first page: the next one begins with the table's header again
    assert "\r\ndecember 2030 " not in pages[0] and "\r\ndecember 2030 " in "\n".join(pages)
    assert pages[1].startswith("Måned\r\nTilbudte\r\ntider Bookede\r\ntider Afholdt Udeblevet")
    assert "december 2030" in "\n".join(pages) and "I alt" in "\n".join(pages)


def test_a_folder_that_does_not_exist_is_said_plainly(tmp_path: Path, danish: list[str]) -> None:
    report = by_month(date(2027, 3, 1), date(2027, 3, 31))
    with pytest.raises(OSError, match="Kunne ikke skrive"):
        write_pdf(tmp_path / "mangler" / "r.pdf", report, report, date(2027, 4, 20))
