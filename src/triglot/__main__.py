import sys

from triglot import run

sys.exit(run())
