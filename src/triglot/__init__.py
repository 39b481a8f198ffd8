"""Triglot: a trilingual TEI edition and the toolkit that builds it."""

__version__ = "0.1.0"

# a Ctrl-C before the command has started: a traceback of the imports it interrupted said nothing more
STARTING_INTERRUPTED = "triglot:0: interrupted: stopped by Ctrl-C while starting; nothing was written"


class Stopped(KeyboardInterrupt):
    """A SIGTERM (`kill PID`, a service manager, a CI runner's timeout) or a closed terminal's SIGHUP,
    raised where the command is, as a Ctrl-C is: it stops the command the same way (workers
    stopped, outputs left as they were or written whole, its temporary folders removed).

    Why: their default action ends the process at once, no cleanup run: a `bench` terminated in its
    first seconds left its edition copy in /tmp (triglot-bench-validate-…, 5.8 MB each; hostile39's
    harness, SIGTERM 0.5-2 s in), every time. A KeyboardInterrupt, so that every path that stops on
    a Ctrl-C stops on these too."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def how_stopped(exc: BaseException) -> str:
    """What stopped the command, as its line says it: "Ctrl-C", "SIGTERM", "SIGHUP"."""
    if isinstance(exc, Stopped):
        import signal
        return signal.Signals(exc.signum).name
    return "Ctrl-C"


def stopped_status(exc: BaseException) -> int:
    """The exit status of a stopped command, as a shell gives it for the signal: 128 + its number."""
    return 128 + exc.signum if isinstance(exc, Stopped) else 130


def _stop(signum, frame):
    raise Stopped(signum)


# the signals that stop the command as a Ctrl-C does (Stopped)
STOPPING = ("SIGTERM", "SIGHUP")


def run() -> int:
    """The `triglot` command (pyproject's console script, and `python -m triglot`): the toolkit loaded
    under a Ctrl-C's one line, SIGTERM and SIGHUP answered as a Ctrl-C is (Stopped).

    Why: the console script pip writes imports its entry point's module before calling it; named
    `triglot.cli:main`, a Ctrl-C while cli and what it imports loaded (argparse, concurrent.futures:
    tens of milliseconds, hundreds on a loaded machine) printed their traceback and exited 1, where
    `python -m triglot` said its one line (hostile39's harness, SIGINT 20-200 ms into a run). This
    package's own module is the one place nothing is loaded yet."""
    import sys
    try:        # from the first step: importing even contextlib or signal can take a Ctrl-C
        _answer_stopping_signals()
        from triglot.cli import main
    except KeyboardInterrupt as exc:
        try:
            print(STARTING_INTERRUPTED.replace("Ctrl-C", how_stopped(exc)), file=sys.stderr)
        except OSError:     # a closed terminal: nobody to tell
            pass
        return stopped_status(exc)
    try:
        return main()
    finally:
        _ended()


def _answer_stopping_signals() -> None:
    """SIGTERM and SIGHUP raise Stopped from now on, unless they are ignored (nohup)."""
    import signal
    for name in STOPPING:
        signum = getattr(signal, name, None)
        try:
            if signum is not None and signal.getsignal(signum) is signal.SIG_DFL:
                signal.signal(signum, _stop)
        except (ValueError, OSError):       # not the main thread: left as they are
            pass


def _ended() -> None:
    """The command has ended, its files written or left as they were: a Ctrl-C from now on, while the
    interpreter exits (its exit hooks stop the pools and join their threads), is ignored, and a
    SIGTERM or SIGHUP has its default action again.

    Why: one that came then printed "Exception ignored in atexit callback" and a KeyboardInterrupt
    traceback after the command's output, or, once the interpreter had put back the default action,
    ended an `export` that had written everything with status -2 and no line (hostile39's harness,
    SIGINT 2 s into `triglot export`). The command's own status stands."""
    import contextlib
    import signal
    with contextlib.suppress(ValueError, OSError):     # not the main thread: nothing to do
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for name in STOPPING:
            signum = getattr(signal, name, None)
            if signum is not None and signal.getsignal(signum) is _stop:
                signal.signal(signum, signal.SIG_DFL)
