"""The `bua-booking` entry point: the command line, and the wiring that starts the GUI."""
