"""The `bua-booking` entry point: the desktop window without loading the command-line parser.

cli/main.py imports the domain's enums to build every command's parser, which costs a tenth of a
second before the window could paint. Without a command only three options matter, so they are read
here and the window starts at once; anything else goes to cli/main.py unchanged.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def gui_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's options, or None when the arguments name a command (or ask for help)."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--database")
    parser.add_argument("--as", dest="acting")
    parser.add_argument("--startup-probe", action="store_true")
    try:
        options, rest = parser.parse_known_args(argv)
    except SystemExit:  # a malformed option: let the full parser explain it
        return None
    return None if rest else options


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    options = gui_options(args)
    if options is not None:
        from cli.gui import launch

        return launch(options.database, options.acting, probe=options.startup_probe)
    from cli.main import main as run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
