"""`triglot validate --watch`: one process revalidates the edition after every save, with the
schemas and every file's results kept in memory, and prints the same lines as `triglot validate`."""
import io
import os
import threading
import time

import pytest
from test_validate import edit

from triglot.validate.watch import watch

TIMEOUT = 120     # seconds to wait for a run under a loaded machine: a bound, not a measure


class Lines(io.TextIOBase):
    """What the watcher prints, readable from the test's thread."""

    def __init__(self):
        self.text = ""
        self.lock = threading.Lock()

    def write(self, s):
        with self.lock:
            self.text += s
        return len(s)

    def runs(self) -> list[list[str]]:
        """The lines of each finished run (a run ends with its `watch:` line)."""
        with self.lock:
            out, current = [], []
            for line in self.text.splitlines():
                if line.startswith("watch: "):
                    out.append(current + [line])
                    current = []
                else:
                    current.append(line)
            return out


@pytest.fixture
def watching(mini):
    out, stop = Lines(), threading.Event()
    thread = threading.Thread(target=watch, args=(mini,), kwargs={"out": out, "stop": stop, "poll": 0.05})
    thread.start()
    yield mini, out
    stop.set()
    thread.join(TIMEOUT)
    assert not thread.is_alive()


def next_run(out, after: int) -> list[str]:
    """The lines of run number `after` + 1, once it has ended."""
    end = time.monotonic() + TIMEOUT
    while time.monotonic() < end:
        runs = out.runs()
        if len(runs) > after:
            return runs[after]
        time.sleep(0.02)
    raise AssertionError(f"no run {after + 1} within {TIMEOUT} s; printed so far:\n{out.text}")


def test_the_watch_reports_a_new_error_after_an_edit_and_clears_it_after_the_fix(watching, cli):
    project, out = watching
    assert next_run(out, 0) == [next_run(out, 0)[-1]] and "no problems" in next_run(out, 0)[-1]
    edit(project, 'when="1920-07-02"', 'when="1920-02-30"')
    broken = next_run(out, 1)
    expected = cli("--root", project, "validate")[1].splitlines()   # a one-off run's report, line for line
    assert broken[:-1] == expected and any(": dates: " in line for line in expected)
    assert broken[-1].startswith(f"watch: {len(expected)} problem(s) in ")
    edit(project, 'when="1920-02-30"', 'when="1920-07-02"')
    assert next_run(out, 2)[:-1] == [] and "no problems" in next_run(out, 2)[-1]


def test_a_fifo_in_tei_is_reported_and_does_not_hang_the_watch(watching):
    project, out = watching
    next_run(out, 0)
    os.mkfifo(project / "tei" / "pipe.xml")
    found = next_run(out, 1)
    assert any(line.startswith("tei/pipe.xml:0: read: not a regular file") for line in found), found
    (project / "tei" / "pipe.xml").unlink()
    assert "no problems" in next_run(out, 2)[-1]


def test_a_half_written_file_is_reported_then_checked_again_when_complete(watching):
    project, out = watching
    next_run(out, 0)
    path = project / "tei" / "mini.xml"
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    assert any(": well-formed: " in line for line in next_run(out, 1))
    path.write_bytes(whole)
    assert "no problems" in next_run(out, 2)[-1]


def test_the_watch_refuses_named_files(mini, cli):
    code, _, err = cli("--root", mini, "validate", "--watch", mini / "tei" / "mini.xml")
    assert code == 1 and "--watch checks the whole edition" in err


def test_a_revalidation_reads_no_cache_entry_from_disk(mini, monkeypatch):
    """The watch keeps every file's entry in memory: after a save, only the saved file is read."""
    from triglot.validate.cache import Cache
    from triglot.validate.watch import run_once
    reads = []
    real = Cache._read_file
    monkeypatch.setattr(Cache, "_read_file", lambda self, name: reads.append(name) or real(self, name))
    memory, out = {}, io.StringIO()
    run_once(mini, memory, out)
    assert reads                      # the first run reads what the disk holds
    reads.clear()
    edit(mini, 'when="1920-07-02"', 'when="1920-02-30"')
    run_once(mini, memory, out)
    assert reads == [] and ": dates: " in out.getvalue()
