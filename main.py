"""python main.py [--db URL] [--demo] [demo --db URL]: see ``desk --help``."""

import sys

from desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
