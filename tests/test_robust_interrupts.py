"""Ctrl-C (SIGINT to the whole process group, as a terminal sends it) and stopped worker pools.

Session 11: a Ctrl-C during `validate` printed KeyboardInterrupt tracebacks of the workers (one
starting, or idle) and an InvalidStateError traceback of the pool's thread after the command
ended; during `build print` the command took 12-32 s to end, the interpreter's exit waiting for
the parts the workers were still laying out.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT


def children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def group(pgid: int) -> list[int]:
    """Live processes of the process group `pgid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def ctrl_c(args: list[str], after_workers: float, env=None) -> tuple[subprocess.CompletedProcess, float]:
    """Start `args` in a process group of its own with SIGINT handled (as in a terminal), send
    SIGINT to the group `after_workers` seconds after its first child process appears; return
    the result and the seconds from the signal to its end."""
    def default_sigint():
        signal.signal(signal.SIGINT, signal.SIG_DFL)   # a test runner may have it ignored
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=default_sigint, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not children(proc.pid) and proc.poll() is None:
        time.sleep(0.005)
    time.sleep(after_workers)
    sent = time.monotonic()
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"{' '.join(args)} hung after a Ctrl-C")
    ended = time.monotonic() - sent
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and group(proc.pid):
        time.sleep(0.1)
    left = group(proc.pid)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, f"processes left running after a Ctrl-C: {left}"
    return subprocess.CompletedProcess(args, proc.returncode, out, err), ended


def test_ctrl_c_reaches_no_worker():
    """Idle workers of a pool print nothing on a Ctrl-C: only the command answers it."""
    script = textwrap.dedent("""
        import sys, time
        from triglot.workers import end_with_parent, process_pool
        pool = process_pool(2, end_with_parent)
        try:
            time.sleep(60)
        except KeyboardInterrupt:
            pool.shutdown(wait=False)
            sys.exit(130)
    """)
    result, ended = ctrl_c([sys.executable, "-c", script], after_workers=2.0)
    assert result.returncode == 130
    assert result.stderr == ""          # was: "Process SpawnProcess-1: Traceback ... KeyboardInterrupt", twice
    assert ended < 20


def _sigint_handler_name(_=None) -> str:
    return str(signal.getsignal(signal.SIGINT))


def test_a_pool_worker_ignores_ctrl_c_whatever_threads_it_runs():
    """A worker's SIGINT was only blocked, which holds for the threads that inherit the mask; one a
    native library starts may unblock it, and a worker that took the signal printed a traceback
    while the interpreter exited (seen once in CI after the command's line about the Ctrl-C)."""
    from triglot.workers import end_with_parent, process_pool
    # as a terminal starts the command: SIGINT answered (a runner started in the background has it
    # ignored, and every child would then inherit the ignoring whatever the pool does)
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with process_pool(1, end_with_parent) as pool:
            assert pool.submit(_sigint_handler_name).result(timeout=60) == str(signal.SIG_IGN)
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler   # the command's own is untouched
    finally:
        signal.signal(signal.SIGINT, before)


def test_a_stopped_print_pool_does_not_finish_its_tasks():
    """After an error or a Ctrl-C, print's workers are ended, not left to finish their parts."""
    from triglot.print.builder import Workers
    workers = Workers()
    workers.count = max(workers.count, 2)     # a pool even on a one-core machine: the test never skips
    with pytest.raises(KeyboardInterrupt):
        with workers as run:
            pending = [run.submit(60, time.sleep) for _ in range(run.count)]
            while not all(f.running() for f in pending):
                time.sleep(0.05)
            workers = list(run.pool._processes)
            raise KeyboardInterrupt
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)]   # were still sleeping their 60 s


def test_a_pool_stopped_while_its_thread_is_starting_ends_without_a_traceback():
    """A Ctrl-C inside the first submit() stopped the pool while Thread.start() still waited for its
    manager thread to say it runs; join() raised "cannot join thread before it is started" (the
    validate case below at 0 s, once in a final CI of session 27). Here that moment is held: the
    manager thread starts 0.3 s after stop() is called."""
    from triglot.workers import Pool
    pool = Pool(max_workers=1)
    late = threading.Thread(target=lambda: None)
    pool._executor_manager_thread = late           # as Thread.start() left it when the Ctrl-C came
    starter = threading.Timer(0.3, late.start)
    starter.start()
    begun = time.monotonic()
    pool.stop()                                    # raised RuntimeError
    starter.join()
    assert not late.is_alive() and time.monotonic() - begun < 5


def test_a_pool_thread_that_never_starts_is_not_waited_for_past_the_timeout():
    from triglot.workers import _join_started
    begun = time.monotonic()
    _join_started(threading.Thread(target=lambda: None), timeout=0.2)
    assert time.monotonic() - begun < 2


@pytest.mark.parametrize("after", [0.0, 0.05, 0.3, 1.0])
def test_ctrl_c_during_validate_is_one_line(tmp_path, after):
    from triglot.scaled import scaled_copy
    import shutil
    # 300 documents: validation in workers lasts many seconds, so every Ctrl-C comes before its end
    # (with 25 a quiet machine finished before the 1.0 s one, and the case was skipped; with 100, a
    # loaded one finished first twice in session 14, exit 0). Only the time until the Ctrl-C is spent.
    root = scaled_copy(ROOT, tmp_path / "big", 60)
    shutil.copytree(ROOT / "seeds", root / "seeds")
    result, _ = ctrl_c([sys.executable, "-m", "triglot", "--root", str(root), "validate"], after)
    assert result.returncode == 130, result.stderr
    # the whole stderr on failure: a CI run under load once showed a traceback from the interpreter's
    # exit after a first line that pytest's diff cut short (session 15), not reproduced since
    assert result.stderr.splitlines() == [
        "triglot:0: interrupted: `triglot validate` stopped by Ctrl-C before it finished; "
        "the files it writes are left as they were or written whole"], result.stderr
    # the cache entries written while the workers ran were staged beside build/, which the run did
    # not create, and the staging folder went with the Ctrl-C
    assert sorted(p.name for p in root.iterdir()) == ["seeds", "tei", "triglot.toml"]


def test_a_command_killed_with_its_pool_open_leaves_no_warning_behind():
    """kill -9 of the command: its workers end with it, and multiprocessing's resource tracker
    printed "UserWarning: resource_tracker: There appear to be 5 leaked semaphore objects to clean
    up at shutdown" (and the warning's source line) on the terminal after the shell's "Killed"."""
    script = textwrap.dedent("""
        import time
        from triglot.workers import end_with_parent, process_pool
        pool = process_pool(2, end_with_parent)
        pool.submit(time.sleep, 0.1).result()   # the pool's queues and semaphores in use
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(children(proc.pid)) < 3 and proc.poll() is None:
        time.sleep(0.05)   # the resource tracker and two workers
    time.sleep(1.0)
    proc.kill()
    try:
        out, err = proc.communicate(timeout=60)   # until every process holding its stderr has ended
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("a process of the killed command held its stderr for a minute")
    assert err == ""
