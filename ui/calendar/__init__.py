"""A cheap, generic week and month calendar over frozen entries, shared by the advisor and staff pages.

The views paint every entry themselves (no child widget per entry), keep the keyboard focus on one
entry at a time, and expose that entry's full accessible name. Use:

    view = WeekView()
    view.set_week(monday, [CalendarEntry(key, start, end, title, EntryState.OPEN, sentence)], day_notes)
    view.entry_activated.connect(open_by_key)   # Enter or a click; a double-click with
                                                # WeekView(activate_on_double_click=True)
    view.week_requested.connect(step_weeks)     # PageUp/PageDown: -1/+1; load, then set_week again

Build the sentence with `dates.when(start, end)` and `entries.state_name(state)`, so it reads
"tirsdag 14. oktober 2025 kl. 13.00-13.45, ledig, Randers Kommune" in Danish.
"""
