"""`python -m guard.serve --guard guard.json [...]`: the same as `guard serve ...`."""
import sys

from guard.cli import main

sys.exit(main(["serve", *sys.argv[1:]]))
