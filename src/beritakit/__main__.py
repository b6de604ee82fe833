"""``python -m beritakit``: the same command line as the ``beritakit`` script."""

import sys

from beritakit.cli import main

if __name__ == "__main__":
    sys.exit(main())
