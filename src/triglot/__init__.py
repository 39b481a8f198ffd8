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
        sys.unraisablehook = _stop_not_lost
        _closed_stdout_refused()
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


class _ClosedOutput:
    """sys.stdout when the command was started with its standard output closed (`triglot check >&-`):
    a line written to it fails as a full disk does, an OSError the command reports on stderr with a
    non-zero status.

    Why: Python sets sys.stdout to None then, and print() to None writes nothing and succeeds, so
    `triglot check >&-` exited 0 with every finding lost (hostile40 saw it, hostile41 settled it)."""

    def write(self, text: str) -> int:
        import errno
        raise OSError(errno.EBADF, "standard output is closed: the command's lines cannot be written")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _closed_stdout_refused() -> None:
    """A closed standard output (descriptor 1) held open on /dev/null, and sys.stdout made _ClosedOutput.

    Why the descriptor too: closed, the next file the command opens is given number 1, and a tool it
    starts (Pagefind, jing, Chromium) writes its output into that file as its standard output."""
    import os
    import sys
    try:
        os.fstat(1)
        return
    except OSError:
        pass
    null = os.open(os.devnull, os.O_WRONLY)
    if null != 1:
        os.dup2(null, 1)
        os.close(null)
    sys.stdout = _ClosedOutput()


def _stop_not_lost(unraisable) -> None:
    """sys.unraisablehook: a Ctrl-C (or Stopped) raised where Python cannot raise it, in a weakref's
    callback or a __del__ the garbage collector ran, delivered again, not printed and lost.

    Why: such an exception is printed ("Exception ignored in: <function WeakKeyDictionary…remove>",
    a KeyboardInterrupt traceback) and dropped, and the command went on as if the signal had never
    come: a `build print` Ctrl-C'd 1 s in, or terminated 0.1 s in, laid out its books for the next
    minute (hostile39's harness, two runs of 84). The signal is sent again, and its handler raises
    it in the command's own code, at its next step."""
    import os
    import signal
    import threading
    if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
        exc = unraisable.exc_value
        signum = exc.signum if isinstance(exc, Stopped) else signal.SIGINT
        # sent again from another thread, a moment later: sent from here, its handler would run at
        # once, in the same place, and be lost again
        threading.Thread(target=_deliver_again, args=(signum, signal.getsignal(signum)), daemon=True).start()
        return
    sys_hook = __import__("sys").__unraisablehook__
    sys_hook(unraisable)


def _deliver_again(signum: int, raising) -> None:
    """`signum` sent to this process again in 0.1 s, unless its handler is no longer `raising` (the
    command has stopped meanwhile, or ended). Once: if this one is lost too, the hook sends it again."""
    import os
    import signal
    import time
    time.sleep(0.1)
    if signal.getsignal(signum) is raising:
        os.kill(os.getpid(), signum)


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
