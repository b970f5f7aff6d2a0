"""The `bua-booking` entry point: the command line, and the wiring that starts the GUI.

Module names: `<family>_commands.py` holds the handlers of one command family, named after its command
(`check-summary` -> check_summary_commands, `summary ...` -> summary_commands), with its arguments beside
them or in `<family>_parser.py`; commands.py holds the small families whose arguments are in main.py.
"""
