"""`python -m lsa_desktop` is the same as the `lsa-desktop` command."""

import sys

from lsa_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
