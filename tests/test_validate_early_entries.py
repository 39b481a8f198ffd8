"""While worker processes validate, the main process writes each document's cache entry as it
comes back (validate/cache.py `Cache.early`), not all of them after the workers have ended:
written after, 500 entries were 0.5-1.6 s of a cold run's wall time on a shared disk (session 27).

Before build/ exists the entries go to a staging folder of the run's own, moved into place
whole only when the run may create build/: a failing, stopped or killed run still leaves no
build/, and a killed run's staging folder is removed by the next run that stages."""
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, copy_project
from test_validate_stream import broken  # noqa: F401  (a fixture: the edition with problems)
from triglot.settings import load
from triglot.validate import cache, stream


def staged(project):
    return sorted(p for p in project.iterdir() if p.name.startswith(cache.STAGING))


def staged_count(project) -> int:
    """Entries staged so far by a run going on (its folder may go meanwhile)."""
    count = 0
    for folder in staged(project):
        try:
            count += len(os.listdir(folder))
        except OSError:
            pass
    return count


def entries(project, stat: bool = True) -> dict:
    folder = cache.folder(project)
    found = {p.name: json.loads(p.read_bytes()) for p in folder.iterdir()} if folder.is_dir() else {}
    for entry in found.values() if not stat else ():
        entry.pop("stat")   # of another copy's files
    return found


@pytest.fixture
def at_keep(monkeypatch):
    """What is on disk (staged and in build/validate-cache) when the run comes to `keep`, after
    the workers have given every entry."""
    seen = {}
    real = cache.Cache.keep

    def looking(self, fresh, create):
        seen["staged"] = sum(len(os.listdir(p)) for p in staged(self.root))
        seen["in place"] = len(entries(self.root))
        seen["fresh"] = len(fresh)
        return real(self, fresh, create)
    monkeypatch.setattr(cache.Cache, "keep", looking)
    monkeypatch.setattr(stream, "WORKER_BYTES", 0)
    return seen


def test_entries_are_written_while_the_workers_run_and_moved_into_build_when_it_passes(tmp_path, at_keep):
    project = copy_project(tmp_path / "p")
    expected = shutil.copytree(project, tmp_path / "q")
    assert stream.check_edition(project, workers=2) == []
    seen = dict(at_keep)
    registers = {r.file for r in load(project).registers}
    documents = [p for p in (project / "tei").glob("*.xml") if p.name not in registers]
    # every document's entry staged before the end; only the registers' (checked here) left to write
    assert seen["staged"] == len(documents) and seen["in place"] == 0
    assert staged(project) == []
    stream.WORKER_BYTES = 10 ** 12      # (monkeypatched: restored after the test) the same run in one process
    assert stream.check_edition(expected) == []
    assert entries(project, stat=False) == entries(expected, stat=False)
    assert len(entries(project)) == seen["fresh"] == len(documents) + len(registers)
    assert oct(cache.folder(project).stat().st_mode & 0o777) == oct(cache.folder(expected).stat().st_mode & 0o777)


def test_a_failing_run_with_workers_creates_no_build_and_leaves_nothing(broken, tmp_path, at_keep):  # noqa: F811
    project = shutil.copytree(broken, tmp_path / "p")
    before = sorted(p.name for p in project.iterdir())
    found = stream.check_edition(project, workers=2)
    assert found and at_keep["staged"] > 0
    assert sorted(p.name for p in project.iterdir()) == before      # no build/, no staging folder


def test_once_build_exists_a_failing_runs_entries_are_written_in_place(broken, tmp_path, at_keep):  # noqa: F811
    project = shutil.copytree(broken, tmp_path / "p")
    (project / "build").mkdir()
    assert stream.check_edition(project, workers=2)
    assert at_keep["staged"] == 0 and at_keep["in place"] > 0 and staged(project) == []
    assert len(entries(project)) == at_keep["fresh"]


def test_a_killed_runs_staging_folder_is_removed_and_a_running_ones_kept(tmp_path, at_keep):
    project = copy_project(tmp_path / "p")
    # named as runs name them (STAGING and 16 hex digits): the sweep touches no other name (hostile41)
    killed = project / f"{cache.STAGING}{'a' * 16}"
    killed.mkdir()
    (killed / "half.json").write_text('{"format": ')
    running = project / f"{cache.STAGING}{'c' * 16}"
    running.mkdir()
    (project / f"{cache.STAGING}{'b' * 16}").symlink_to(running)
    held = os.open(running, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)          # as the run that made it holds it while it lives
        assert stream.check_edition(project, workers=2) == []
        assert [p.name for p in staged(project)] == [f"{cache.STAGING}{'b' * 16}", f"{cache.STAGING}{'c' * 16}"]
    finally:
        os.close(held)


@pytest.mark.parametrize("moment", ["starting", "first entry staged", "half staged"])
def test_a_run_killed_at_any_moment_leaves_a_readable_cache_and_no_build(tmp_path, moment):
    """kill -9 runs no cleanup: what is written must be whole, and no build/ before the run ends.
    The moments are told by what the run has staged, not by the clock (a quiet machine validated a
    5 MB corpus in less than the 0.9 s a first version waited)."""
    from triglot.scaled import scaled_copy
    project = scaled_copy(ROOT, tmp_path / "big", 40)      # 200 documents, 18 MB: validated by workers
    shutil.copytree(ROOT / "seeds", project / "seeds")
    documents = len(list((project / "tei").glob("*.xml")))
    wanted = {"starting": None, "first entry staged": 1, "half staged": documents // 2}[moment]
    command = [sys.executable, "-m", "triglot", "--root", str(project), "validate"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while wanted is not None and proc.poll() is None and time.monotonic() < deadline:
        if staged_count(project) >= wanted:
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run ended before it was killed"
    assert err == "" and not (project / "build").exists()
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert (again.returncode, again.stdout, again.stderr) == (0, "", "")
    assert staged(project) == [] and len(entries(project)) == documents
