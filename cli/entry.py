"""The `bua-booking` entry point: the desktop window without loading the command-line parser.

cli/main.py imports the domain's enums to build every command's parser, which costs a tenth of a
second before the window could paint. Without a command only three options matter, so they are read
here by hand (not even argparse is imported) and the window starts at once; anything else, `--help`
included, goes to cli/main.py unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

VALUED = {"--database": "database", "--as": "acting"}
PROBE = "--startup-probe"


def gui_options(argv: Sequence[str]) -> dict[str, str | bool | None] | None:
    """The window's options, or None when the arguments are anything else (a command, --help)."""
    options: dict[str, str | bool | None] = {"database": None, "acting": None, "probe": False}
    args = list(argv)
    while args:
        arg = args.pop(0)
        name, equals, value = arg.partition("=")
        if name in VALUED:
            if not equals:
                if not args or args[0].startswith("-"):
                    return None  # let the full parser say what is missing
                value = args.pop(0)
            options[VALUED[name]] = value
        elif arg == PROBE:
            options["probe"] = True
        else:
            return None
    return options


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    options = gui_options(args)
    if options is not None:
        from cli.gui import launch

        database, acting = options["database"], options["acting"]
        return launch(
            database if isinstance(database, str) else None,
            acting if isinstance(acting, str) else None,
            probe=options["probe"] is True,
        )
    from cli.main import main as run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
