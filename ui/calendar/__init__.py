"""A cheap, generic week and month calendar over frozen entries, shared by the advisor and staff pages.

The views paint every entry themselves (no child widget per entry), keep the keyboard focus on one
entry at a time, and expose that entry's full accessible name.
"""
