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
