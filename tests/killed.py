"""A `triglot` command run in a child process that kills itself with SIGKILL (its own signal 9) at its first
os.replace into a named folder of build/web-cache: the moment a kept file is renamed into place (hostile43's and
hostile44's kill tests). The kill is aimed by a sitecustomize hook put first on the child's path."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# FOLDER, BELOW and NAME are written above it: the folder of build/web-cache, whether a target anywhere below it
# (web-cache/data/<digest>/…) counts, or only one directly in it, and a pattern the target's file name must match
# ("" for any: hostile46 aims at a document part's name forms, KEY.forms.json, written after four other files)
KILL_AT_REPLACE = '''
import os, re, signal
_replace = os.replace
def _aimed(target):
    if NAME and not re.fullmatch(NAME, os.path.basename(os.fspath(target))):
        return False
    parts = os.path.normpath(os.path.dirname(os.fspath(target))).split(os.sep)
    if not BELOW:
        return parts[-2:] == ["web-cache", FOLDER]
    return any(a == "web-cache" and b == FOLDER for a, b in zip(parts, parts[1:]))
def replace(source, target, *args, **kwargs):
    if _aimed(target):
        os.kill(os.getpid(), signal.SIGKILL)
    return _replace(source, target, *args, **kwargs)
os.replace = replace
'''

SRC = Path(__file__).resolve().parents[1] / "src"


def killed_at_replace(tmp_path: Path, root: Path, folder: str, *args: str, below: bool = False,
                      timeout: int = 600, name: str = "") -> subprocess.CompletedProcess:
    """`triglot --root ROOT ARGS…` (a web build by default) killed at its first rename into build/web-cache/FOLDER
    (or, `below`, anywhere under it) of a file whose name matches `name` (a regular expression; any file if "");
    the finished process, its return code -9 when the kill came."""
    hook = tmp_path / "kill-hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(f"FOLDER = {folder!r}\nBELOW = {below!r}\nNAME = {name!r}\n"
                                           + KILL_AT_REPLACE, "utf-8")
    return subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), *(args or ("build", "web"))],
                          capture_output=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), str(SRC)])})
