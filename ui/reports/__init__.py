"""The status report in the window ("Rapporter") and as a PDF: tables, charts, CSV."""
