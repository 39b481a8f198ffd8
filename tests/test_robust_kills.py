"""Fault injection (issue 19): `kill -9` at random moments of import, build web and export.

After every kill each watched file or published folder is either the old or the
new version, never a mix or a half-written file; the next run finishes the job
and leaves no temporary behind. The moments are drawn from a seeded random
generator (the seed is in the test name), spread over the command's whole run.
"""
from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import polib
import pytest

from conftest import ROOT, copy_project, make_project

KILLS = 4


def run(root: Path, *args) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), *map(str, args)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def killed(root: Path, args, after: float) -> None:
    """Start the command and SIGKILL it `after` seconds later (or let it end first)."""
    proc = subprocess.Popen([sys.executable, "-m", "triglot", "--root", str(root), *map(str, args)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        proc.wait(timeout=after)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)   # the command and any worker it started
        proc.wait()


def timed(root: Path, *args) -> float:
    started = time.monotonic()
    run(root, *args)
    return time.monotonic() - started


def tree(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file under `folder` (empty if it does not exist)."""
    from test_web_site import stable_bytes      # a site's search data as identical builds give it
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(stable_bytes(p)).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(root: Path) -> list[str]:
    """Temporaries of killed runs: hidden files or folders in tei/, translations/ and build/."""
    found = []
    for folder in (root / "tei", root / "translations", root / "translations" / "ru",
                   root / "translations" / "hy", root / "build"):
        if folder.is_dir():
            found += [str(p) for p in folder.iterdir() if p.name.startswith(".") and p.name != ".triglot.lock"]
    return found


def edition_copy(tmp_path: Path) -> Path:
    root = copy_project(tmp_path / "edition", translations=True)
    return root


@pytest.mark.parametrize("seed", [19])
def test_kill_during_import_leaves_each_document_old_or_new(tmp_path, seed):
    root = make_project(tmp_path, "translate-mini")
    run(root, "translations", "export")
    for lang, text in (("ru", "От редакции"), ("hy", "Խմբագրությունից")):
        po = polib.pofile(str(root / "translations" / lang / "mini.po"))
        entry = po.find("mini.by1", by="msgctxt")
        entry.msgstr, entry.tcomment = text, f"resp: resp-draft-{lang}"
        entry.flags.append("fuzzy")
        po.save()
    old = tree(root / "tei")
    reference = tmp_path / "reference"
    shutil.copytree(root, reference)
    span = timed(reference, "translations", "import")
    new = tree(reference / "tei")
    assert new != old
    rng = random.Random(seed)
    for _ in range(KILLS):
        killed(root, ("translations", "import"), rng.uniform(0, span * 1.2))
        now = tree(root / "tei")
        assert set(now) == set(old)
        assert all(now[name] in (old[name], new[name]) for name in now)
    run(root, "translations", "import")
    assert tree(root / "tei") == new
    assert leftovers(root) == []


@pytest.mark.parametrize("seed", [1920])
def test_kill_during_build_web_leaves_the_old_or_the_new_site(tmp_path, seed):
    root = edition_copy(tmp_path)
    span = timed(root, "build", "web")
    old = tree(root / "build" / "web")
    retitle(root)
    seen = []
    rng = random.Random(seed)
    for _ in range(KILLS - 1):
        killed(root, ("build", "web"), rng.uniform(0, span))
        seen.append(tree(root / "build" / "web"))
    run(root, "build", "web")
    new = tree(root / "build" / "web")
    assert new != old
    assert all(comparable(site) in (comparable(old), comparable(new)) for site in seen)
    assert leftovers(root) == []


def comparable(site: dict[str, str]) -> dict[str, str]:
    """A site's files without Pagefind's filter indexes, which differ between identical builds
    (see test_web_site.stable): a killed run that got to the end made a whole new site too."""
    from test_web_site import stable
    return {name: digest for name, digest in site.items() if stable(Path(name))}


@pytest.mark.parametrize("seed", [1921])
def test_kill_during_export_leaves_the_old_or_the_new_export(tmp_path, seed):
    root = edition_copy(tmp_path)
    span = timed(root, "export")
    old = tree(root / "build" / "export")
    released = (root / "tei" / "released-ids.txt").read_bytes()
    retitle(root)
    seen = []
    rng = random.Random(seed)
    for _ in range(KILLS - 1):
        killed(root, ("export",), rng.uniform(0, span * 1.2))
        seen.append(tree(root / "build" / "export"))
        assert (root / "tei" / "released-ids.txt").read_bytes() == released
    run(root, "export")
    new = tree(root / "build" / "export")
    assert new != old
    assert all(export in (old, new) for export in seen)
    assert leftovers(root) == []


def retitle(root: Path) -> None:
    """Change one document's English title: every output changes, no identifier does."""
    legran = root / "tei" / "legran-letter-to-chicherin.xml"
    text = legran.read_text(encoding="utf-8")
    assert "on encouraging the Turks" in text
    legran.write_text(text.replace("on encouraging the Turks", "on encouraging the Turks (new title)", 1),
                      encoding="utf-8")


def test_a_killed_print_build_takes_its_workers_with_it(tmp_path):
    root = edition_copy(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "triglot", "--root", str(root), "build", "print"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and not workers:
        time.sleep(0.2)
        workers = children(proc.pid)
    if not workers:
        proc.kill()
        proc.wait()
        pytest.fail("the print build started no worker processes")
    time.sleep(1.0)   # let them get to work
    workers = children(proc.pid)
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.2)
    assert not [pid for pid in workers if alive(pid)]


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return [int(x) for x in path.read_text().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_validation_worker_gives_a_message_not_a_traceback(tmp_path):
    from triglot.scaled import scaled_copy
    root = scaled_copy(ROOT, tmp_path / "big", 5)   # more than validation does without workers
    assert_reported_worker_kill(root, "validate", forked=True)


def test_a_killed_print_worker_gives_a_message_not_a_hang(tmp_path):
    # multiprocessing.Pool replaced the killed worker and waited for ever for its task's result
    assert_reported_worker_kill(edition_copy(tmp_path), "build", "print", settle=3.0)


def assert_reported_worker_kill(root: Path, *args, settle: float = 0.0, forked: bool = False) -> None:
    """Run the command, SIGKILL its first worker process `settle` seconds after it appears (at
    once: a kill while the second worker started once hung the pool, Python 3.11), and expect
    the one-line report, exit 1, within two minutes."""
    proc = subprocess.Popen([sys.executable, "-m", "triglot", "--root", str(root), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while time.monotonic() < deadline and not workers and proc.poll() is None:
        time.sleep(0.005)
        own = command_line(proc.pid)
        # spawned workers run spawn_main; forked ones (validation's since session 26) the command's
        # own line, as does for an instant any child before its exec: so only where workers are forked
        workers = [pid for pid in children(proc.pid)
                   if (command_line(pid) == own if forked else "spawn_main" in command_line(pid))]
        if workers and forked:
            # multiprocessing's resource tracker, started just before the workers, is forked and then
            # runs another program: until then it has the command's line too, and killing it instead of
            # a worker let the run pass ("25 problem(s)", 3 runs in 30 at load 4). A worker keeps the line.
            time.sleep(0.02)
            workers = [pid for pid in workers if command_line(pid) == own]
    if not workers:
        proc.kill()
        proc.communicate()
        pytest.fail(f"{' '.join(args)} started no worker processes")
    time.sleep(settle)
    os.kill(workers[0], signal.SIGKILL)
    try:
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"{' '.join(args)} hung after its worker was killed")
    assert proc.returncode == 1
    assert "Traceback" not in err
    assert "triglot:0: worker: a worker process ended before its work was done" in err


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
    except OSError:
        return ""
