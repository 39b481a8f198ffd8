"""Worker processes that end with the process that started them.

Why: the print and web builders spawn workers; when the builder is killed
(`kill -9`, a closed terminal), a spawned worker would go on typesetting for
a minute with nobody to read its result. Each worker asks Linux to send it
SIGKILL when its parent ends (prctl PR_SET_PDEATHSIG), and ends at once if the
parent is already gone. Elsewhere it does nothing.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
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


def process_pool(count: int, initializer, initargs=()) -> ProcessPoolExecutor:
    """A pool of `count` spawned workers, every one started now, before any work is handed out.

    Why: Python 3.11 starts spawned workers one per submit. When a worker is killed while the
    next one is starting, the broken pool stops the workers it knows, closes its queue, and
    then waits for ever for the newcomer (or the start fails with "bad value(s) in
    fds_to_keep"); both were seen when a user's kill met the second worker's start. Started
    up front, no worker starts after one can have died. (Spawned, not forked: a forked copy
    of a process running Saxon's threads may hang.)"""
    pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"),
                               initializer=initializer, initargs=initargs)
    start_all = getattr(pool, "_launch_processes", None)   # what the pool does itself for fork
    if start_all is not None:
        start_all()
    return pool
