"""`python -m guard` runs the `guard` command."""
import sys

from guard.cli import main

sys.exit(main())
