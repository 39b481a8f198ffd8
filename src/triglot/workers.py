"""Worker processes that end with the process that started them.

Why: the print and web builders spawn workers; when the builder is killed
(`kill -9`, a closed terminal), a spawned worker would go on typesetting for
a minute with nobody to read its result. Each worker asks Linux to send it
SIGKILL when its parent ends (prctl PR_SET_PDEATHSIG), and ends at once if the
parent is already gone. Elsewhere it does nothing.
"""
from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import threading
import time
import weakref
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1


def end_with_parent() -> None:
    """Call first in a worker's initializer (in the main process it does nothing)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if parent.pid != os.getppid():
        os._exit(1)   # the parent ended before the request was made


# A program a command runs (Pagefind) is started through this: the child asks Linux for SIGKILL
# when the thread that started it ends (the request survives exec), ends at once if its parent is
# already gone, and execs the program.
# It is a program of its own, not an import of this module: the child must start at once, whatever
# path the package was found on. Without prctl (not Linux's C library) the program runs without it.
_EXEC_ENDING_WITH_PARENT = f"""import ctypes, os, signal, sys
try:
    prctl = ctypes.CDLL(None, use_errno=True).prctl
except (OSError, AttributeError):
    prctl = None
if prctl is not None:
    prctl({PR_SET_PDEATHSIG}, signal.SIGKILL, 0, 0, 0)
if os.getppid() != int(sys.argv[1]):
    os._exit(1)
os.execvp(sys.argv[2], sys.argv[2:])
"""


def ending_with_parent(argv: list[str]) -> list[str]:
    """`argv` (its program a path or a name on PATH) as a command whose process ends with the thread that
    starts it, as the pools' workers do (end_with_parent): a build killed (`kill -9`, or a SIGTERM
    before session 28, when it ran no cleanup; now it stops the command as a Ctrl-C does) while
    Pagefind indexed left Pagefind running on for the rest of its work, an orphan writing into a
    folder nobody would publish. Elsewhere than Linux, `argv` as it is."""
    import sys
    if not sys.platform.startswith("linux"):
        return list(argv)
    setpriv = _setpriv_pdeathsig()
    if setpriv:
        # the same three steps without an interpreter (20 ms of CPU per Pagefind bundle, 3.6 ms so):
        # util-linux's setpriv makes the request and execs a shell, which ends unless its parent is
        # still the one that started it, and execs the program
        return [*setpriv, "/bin/sh", "-c", 'test "$PPID" = "$0" || exit 1; exec "$@"', str(os.getpid()), *argv]
    return [sys.executable, "-c", _EXEC_ENDING_WITH_PARENT, str(os.getpid()), *argv]


_SETPRIV: list = []


def _setpriv_pdeathsig() -> tuple[str, ...]:
    """setpriv's command that asks for SIGKILL when the parent ends (util-linux 2.33 and later), or ()
    where there is no such setpriv or no /bin/sh: then the Python trampoline does it."""
    if not _SETPRIV:
        import shutil
        import subprocess
        found = shutil.which("setpriv")
        usable = False
        if found and os.access("/bin/sh", os.X_OK):
            try:
                usable = "--pdeathsig" in subprocess.run([found, "--help"], capture_output=True, text=True,
                                                         timeout=10).stdout
            except (OSError, subprocess.SubprocessError):
                usable = False
        _SETPRIV.append((found, "--pdeathsig", "KILL", "--") if usable else ())
    return _SETPRIV[0]


class Pool(ProcessPoolExecutor):
    """A ProcessPoolExecutor whose workers are stopped at once when the work fails or is interrupted.

    Why: shutdown(cancel_futures=True) drops only the tasks no worker holds yet; the tasks already
    handed out (one per worker and one more) ran to their end, and the interpreter's exit waited for
    them: a Ctrl-C during `build print` took 20-30 s to end the command. And cancelling while a
    killed worker broke the pool raced the pool's own thread, which then printed a traceback
    (InvalidStateError, Python 3.11)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._started: list = []    # the workers, still known after shutdown forgets them
        _POOLS.add(self)

    def _spawn_process(self):
        super()._spawn_process()
        self._started = list(self._processes.values())

    def stop(self) -> None:
        """Kill every worker and stop waiting for any result (after an error or a Ctrl-C).

        The pool's manager thread, which then notices the killed workers and closes its wakeup
        pipe, is given a moment to end: while it closed the pipe, the interpreter's exit wrote to
        it (concurrent.futures' exit hook, unlocked in Python 3.11) and printed "Exception ignored
        in: <module 'threading'>" with an EBADF traceback after the Ctrl-C's one line (a CI run of
        session 22; session 15 had seen its first line)."""
        manager = getattr(self, "_executor_manager_thread", None)   # shutdown() forgets it
        for process in self._started:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                if process.is_alive():
                    process.kill()
        self.shutdown(wait=False)
        if manager is not None and manager is not threading.current_thread():
            _join_started(manager, timeout=5)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.shutdown(wait=True)
        else:
            self.stop()
        return False


def _join_started(thread: threading.Thread, timeout: float) -> None:
    """Join a thread that may not have said yet that it started, within `timeout` seconds.

    Why: a Ctrl-C inside the pool's first submit() can come while Thread.start() waits for its new
    thread to say it runs; join() then raised "cannot join thread before it is started" and the
    command ended with that traceback instead of its one line (a final CI of session 27, Ctrl-C at
    0 s into `validate`). The thread is usually running by then and says so within milliseconds;
    one the interrupt stopped before it was created never will, and is not waited for past the
    timeout."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
            return
        except RuntimeError:            # not started yet
            if time.monotonic() >= deadline:
                return
            time.sleep(0.01)


_POOLS: weakref.WeakSet = weakref.WeakSet()


def _stop_all() -> None:
    """At the interpreter's exit, stop every pool's workers still running.

    Why: its workers do not answer a Ctrl-C (process_pool), and the exit waits for its children
    (multiprocessing joins them, concurrent.futures its pool's thread): a pool that an
    interrupted command did not stop, or shut down without waiting before handing out any work,
    would hold the exit for ever, idle workers waiting for work."""
    for pool in list(_POOLS):
        pool.stop()


# run before concurrent.futures' own exit hook, which waits for the pools' threads
(getattr(threading, "_register_atexit", None) or __import__("atexit").register)(_stop_all)


# The resource tracker (multiprocessing's helper process, started with the interpreter's -W
# options) warns of "leaked semaphore objects" when the command was killed (kill -9) with a pool
# open: a line of Python internals on the terminal after the shell has said "Killed"; the
# semaphores are removed all the same.
TRACKER_WARNING = "ignore::UserWarning:multiprocessing.resource_tracker"


def _quiet_resource_tracker() -> None:
    import sys
    if TRACKER_WARNING not in sys.warnoptions:
        sys.warnoptions.append(TRACKER_WARNING)


@contextlib.contextmanager
def sigint_blocked():
    """SIGINT held back in this thread meanwhile; a Ctrl-C that comes then is delivered after. A
    closed terminal's SIGHUP too, which stops the command as a Ctrl-C does (triglot.Stopped): the
    workers started meanwhile are born with both held back, so neither reaches their first steps."""
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])})
    except (AttributeError, OSError, ValueError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _ignoring_ctrl_c(initializer, initargs) -> None:
    """A worker's first step: SIGINT ignored, then the pool's own initializer.

    Why: a CI run under load once printed, after the command's one line about the Ctrl-C, an
    "Exception ignored in: <module 'threading'>" traceback from an interpreter's exit. A worker's
    SIGINT is blocked only in the threads that inherit the mask; a thread a native library starts
    (Saxon's runtime) may unblock it, and a worker that took the signal raised KeyboardInterrupt
    while it shut down. A worker never answers a Ctrl-C itself: the command stops it."""
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM and SIGHUP stop the command as a Ctrl-C does (triglot.Stopped): a forked worker inherited
    # that handler and would raise it inside its task; a closed terminal's SIGHUP goes to every
    # process of the group, and only the command answers it. A worker's own SIGTERM still ends it.
    for name, action in (("SIGHUP", signal.SIG_IGN), ("SIGTERM", signal.SIG_DFL)):
        with contextlib.suppress(ValueError, OSError, AttributeError):
            signal.signal(getattr(signal, name), action)
    initializer(*initargs)


_MAIN_SWAP = threading.Lock()


@contextlib.contextmanager
def _script_not_rerun(method: str):
    """A spawned worker started without running the script that started this process again.

    Why: a spawned interpreter first runs the parent's script (its `__main__` by path) as
    `__mp_main__`, so that functions the script defines can be sent to it. A script calling
    `build()` without an `if __name__ == "__main__":` guard then built again in each worker,
    which stopped at its own first pool ("An attempt has been made to start a new process
    before the current process has finished its bootstrapping phase") and broke the parent's
    pool: two tracebacks and BrokenProcessPool, or a wait with no end. Every piece of work
    these pools run is a function of the toolkit, so the workers need nothing from the script:
    while they are started, `__main__` is a bare module (no file, no spec), and multiprocessing
    has no script to send (nor a module run with `python -m`, which a worker imported again the
    same way; a package's `__main__`, as `python -m triglot`, it never ran). Forked workers copy
    the process and run nothing."""
    import sys
    import types
    main = sys.modules.get("__main__")
    if method == "fork" or main is None or (getattr(main, "__file__", None) is None and
                                            getattr(main, "__spec__", None) is None):
        yield       # forked, or nothing to run again (python -c, an interactive session)
        return
    with _MAIN_SWAP:
        bare = types.ModuleType("__main__")
        bare.__spec__ = None
        sys.modules["__main__"] = bare
        try:
            yield
        finally:
            sys.modules["__main__"] = main


def process_pool(count: int, initializer, initargs=(), method: str = "spawn") -> Pool:
    """A pool of `count` spawned workers (`method` "fork": forked, see forkable), every one started
    now, before any work is handed out.

    Why: Python 3.11 starts spawned workers one per submit. When a worker is killed while the
    next one is starting, the broken pool stops the workers it knows, closes its queue, and
    then waits for ever for the newcomer (or the start fails with "bad value(s) in
    fds_to_keep"); both were seen when a user's kill met the second worker's start. Started
    up front, no worker starts after one can have died. (Spawned by default, not forked: a
    forked copy of a process running Saxon's threads may hang; fork only where `forkable()` says so.)

    The workers are born with SIGINT blocked (a blocked signal stays blocked across fork and
    exec): a terminal's Ctrl-C goes to the whole process group, and a worker that got it printed
    a KeyboardInterrupt traceback (while starting, or idle) or reported it as its task's error
    and went on to the next task. Only the command itself answers a Ctrl-C; it stops its workers
    (Pool.stop), and they end with it in any case (end_with_parent). Each worker also ignores
    SIGINT from its first step (_ignoring_ctrl_c): the mask holds only for the threads Python
    makes, not for those a native library starts with its own mask."""
    _quiet_resource_tracker()
    # multiprocessing's resource tracker, a process of the command's group, is started by the pool's
    # first queue: born with SIGHUP held back, as the workers are. A closed terminal's SIGHUP ended
    # it while the command, which now answers SIGHUP as a Ctrl-C (triglot.Stopped), stopped its pool;
    # a tracker started again then printed a KeyError traceback for each semaphore it had never seen
    # (hostile39's harness, SIGHUP 1.5-2 s into `build print` and `build`).
    with sigint_blocked():
        from multiprocessing import resource_tracker
        resource_tracker.ensure_running()
    pool = Pool(count, mp_context=multiprocessing.get_context(method),
                initializer=_ignoring_ctrl_c, initargs=(initializer, tuple(initargs)))
    start_all = getattr(pool, "_launch_processes", None)   # what the pool does itself for fork
    if start_all is not None:
        try:
            with sigint_blocked(), _script_not_rerun(method):
                start_all()
        except BaseException:
            pool.stop()
            raise
    return pool


def forkable() -> bool:
    """True when workers may be forked from this process instead of spawned: Linux's fork, no
    thread but this one, and Saxon never loaded.

    Why: a spawned worker is a new interpreter that imports the toolkit and compiles what the
    work needs again (validation: 0.25 CPU-s a worker, two workers a run); a forked one starts
    with what this process already holds, shared until written (copy-on-write). But a fork copies
    only the thread that calls it: a lock another thread held stays held in the child for ever,
    and Saxon's runtime runs threads of its own (a forked copy of a process running them may hang).
    So only a process that never loaded Saxon and runs no other thread forks."""
    import sys
    return (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
            and "saxonche" not in sys.modules and threading.active_count() == 1)
