"""Entry point: `python build.py [command] ...`; see `python build.py --help`."""
import sys

from briefs.cli import main

if __name__ == "__main__":
    sys.exit(main())
