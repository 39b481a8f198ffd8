import sys

try:
    from triglot.cli import main
except KeyboardInterrupt:     # a Ctrl-C while the toolkit's modules load: one line, not their traceback
    print("triglot:0: interrupted: stopped by Ctrl-C while starting; nothing was written", file=sys.stderr)
    sys.exit(130)

sys.exit(main())
