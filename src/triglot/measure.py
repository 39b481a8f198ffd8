"""A command's wall time, CPU time and peak memory, run in a new process as a user runs it.

The benchmarks (validate, export) measure commands this way rather than calling them in
their own process: a user's run pays the interpreter's start and the imports, and the peak
resident set of the bench's own process would include every edition it loaded before.
The command reports its own and its workers' peak on its last line of stderr, because
`RUSAGE_CHILDREN` seen from here is the largest of every child so far, not of this one.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time

# Runs `triglot ARGS` and reports its own and its workers' peak resident set (KiB) on stderr's last line.
_TRIGLOT = ("import json, resource, sys\nfrom triglot.cli import main\ncode = 1\ntry:\n"
            "    code = main(sys.argv[1:])\nfinally:\n"
            "    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "    print(json.dumps([own.ru_maxrss, kids.ru_maxrss]), file=sys.stderr)\nsys.exit(code)")
# Runs another program (an anchor such as jing) and reports its peak resident set the same way.
_OTHER = ("import json, resource, subprocess, sys\nsubprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
          "print(json.dumps([0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]), file=sys.stderr)")


def triglot(*args: str) -> list[str]:
    """The command line running `triglot ARGS` so that `measure` can read its peak memory."""
    return [sys.executable, "-c", _TRIGLOT, *args]


def other(*args: str) -> list[str]:
    """The command line running another program so that `measure` can read its peak memory."""
    return [sys.executable, "-c", _OTHER, *args]


def measure(command: list[str], env: dict | None = None,
            outcomes: dict | None = None) -> tuple[float, float, float]:
    """(wall s, CPU s of the command and its children, its largest process in MiB) of one run of a
    command made by `triglot` or `other`. `outcomes` gathers {exit status: first line shown}, so a
    run that failed shows in the results instead of passing as a fast one."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env or None)
    wall = time.perf_counter() - start
    if outcomes is not None:
        shown = done.stdout.strip() or (done.stderr.strip() if done.returncode else "")
        outcomes.setdefault(done.returncode, shown.split("\n")[0][:160])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    try:
        peak = max(json.loads(done.stderr.strip().splitlines()[-1])) / 1024
    except (ValueError, IndexError, TypeError):
        peak = float("nan")
    return wall, cpu, peak


def load_average() -> str:
    """The machine's load (1, 5, 15 min), given beside a figure measured on a shared machine."""
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())
