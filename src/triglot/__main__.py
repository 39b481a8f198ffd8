import sys

from triglot.cli import main

sys.exit(main())
