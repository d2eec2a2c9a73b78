"""`python -m guard.serve --guard guard.json [...]`: run `guard serve` without the main CLI."""
import sys

from guard.serve.cli import main

sys.exit(main())
