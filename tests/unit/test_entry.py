"""The entry point starts the window only for the window's own options; everything else is a command."""

from __future__ import annotations

from cli.entry import gui_options


def test_window_options() -> None:
    assert gui_options([]) == {"database": None, "acting": None, "probe": False}
    assert gui_options(["--database", "sqlite:///x.db", "--as=ulla@bua.example", "--startup-probe"]) == {
        "database": "sqlite:///x.db",
        "acting": "ulla@bua.example",
        "probe": True,
    }


def test_commands_help_and_incomplete_options_go_to_the_full_parser() -> None:
    for argv in (["people", "list"], ["--help"], ["--database"], ["--database", "--as", "x"], ["-h"]):
        assert gui_options(argv) is None
