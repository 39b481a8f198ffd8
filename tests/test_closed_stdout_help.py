"""--help and --version with standard output closed: they fail as `triglot check >&-` does."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")
CLOSED = "triglot:0: os: standard output is closed: the command's lines cannot be written"


def _with_stdout_closed(*argv):
    return subprocess.run([sys.executable, "-m", "triglot", *argv], stderr=subprocess.PIPE, text=True,
                          env={**os.environ, "PYTHONPATH": SRC}, preexec_fn=lambda: os.close(1), timeout=120)


def test_help_with_its_standard_output_closed_exits_non_zero_and_says_why():
    """argparse drops the OSError of its --help text: `triglot --help >&-` exited 0, the text lost."""
    run = _with_stdout_closed("--help")
    assert (run.returncode, run.stderr.splitlines()) == (1, [CLOSED])


def test_version_with_its_standard_output_closed_exits_non_zero_and_says_why():
    """`triglot --version >&-` exited 0 with the version unwritten, for the same reason."""
    run = _with_stdout_closed("--version")
    assert (run.returncode, run.stderr.splitlines()) == (1, [CLOSED])


def test_no_command_with_its_standard_output_closed_says_why():
    """A bare `triglot` prints its help and exits 2: with stdout closed, the help was lost unsaid."""
    run = _with_stdout_closed()
    assert (run.returncode, run.stderr.splitlines()) == (1, [CLOSED])
