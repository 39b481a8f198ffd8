"""A script that calls build() at its top level, with no `if __name__ == "__main__":` guard
(triglot.workers._script_not_rerun). Each spawned worker ran the script again as its
`__mp_main__`: it built again inside the worker, stopped at its own first pool with
multiprocessing's "bootstrapping phase" RuntimeError, and the script's own build ended with
BrokenProcessPool (two tracebacks), or waited for ever for its workers."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import make_project

SRC = str(Path(__file__).resolve().parents[1] / "src")

# the fixture's 19 pages handed to render workers (the threshold lowered, as a large edition would)
SCRIPT = """\
import sys
from pathlib import Path
from triglot.build import build
from triglot.web import render
render.WORKER_THRESHOLD = 2
build(Path(sys.argv[1]), ["web"])
print("script done")
"""


@pytest.mark.parametrize("how", ["script", "module"])
def test_a_script_without_a_main_guard_builds_with_render_workers(tmp_path, how):
    """Run as `python unguarded.py`, or as `python -m unguarded` (a worker imported it again by name)."""
    root = make_project(tmp_path, "mini")
    script = tmp_path / "unguarded.py"
    script.write_text(SCRIPT, encoding="utf-8")
    command = [str(script)] if how == "script" else ["-m", "unguarded"]
    run = subprocess.run([sys.executable, *command, str(root)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": SRC}, cwd=tmp_path,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("script done") == 1      # run once, not again in a worker
    assert "Traceback" not in run.stderr
    assert (root / "build" / "web" / "en" / "persons.html").is_file()
