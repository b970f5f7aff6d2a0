"""What the frozen program runs: the same entry point as the installed `bua-booking` command."""

import sys

from cli.entry import main

sys.exit(main())
