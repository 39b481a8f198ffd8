"""Triglot: a trilingual TEI edition and the toolkit that builds it."""

__version__ = "0.1.0"

# a Ctrl-C before the command has started: a traceback of the imports it interrupted said nothing more
STARTING_INTERRUPTED = "triglot:0: interrupted: stopped by Ctrl-C while starting; nothing was written"


def run() -> int:
    """The `triglot` command (pyproject's console script, and `python -m triglot`): the toolkit loaded
    under a Ctrl-C's one line.

    Why: the console script pip writes imports its entry point's module before calling it; named
    `triglot.cli:main`, a Ctrl-C while cli and what it imports loaded (argparse, concurrent.futures:
    tens of milliseconds, hundreds on a loaded machine) printed their traceback and exited 1, where
    `python -m triglot` said its one line (hostile39's harness, SIGINT 20-200 ms into a run). This
    package's own module is the one place nothing is loaded yet."""
    import sys
    try:
        from triglot.cli import main
    except KeyboardInterrupt:
        print(STARTING_INTERRUPTED, file=sys.stderr)
        return 130
    try:
        return main()
    finally:
        _ended()


def _ended() -> None:
    """The command has ended, its files written or left as they were: a Ctrl-C from now on, while the
    interpreter exits (its exit hooks stop the pools and join their threads), is ignored.

    Why: one that came then printed "Exception ignored in atexit callback" and a KeyboardInterrupt
    traceback after the command's output, or, once the interpreter had put back the default action,
    ended an `export` that had written everything with status -2 and no line (hostile39's harness,
    SIGINT 2 s into `triglot export`). The command's own status stands."""
    import contextlib
    import signal
    with contextlib.suppress(ValueError, OSError):     # not the main thread: nothing to do
        signal.signal(signal.SIGINT, signal.SIG_IGN)
