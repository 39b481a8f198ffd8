"""`triglot validate` of the whole edition streams it: one document at a time, in worker
processes when there is enough to do, unchanged documents not even read, and the report is
the one validating the loaded edition gives."""
import os
import shutil
import time

import pytest

from conftest import copy_project
from triglot.validate import stream


def edit(project, old, new, name):
    path = project / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    """The real edition with problems of every kind that crosses files or is cached: a pointer
    to no register entry, an id used in two documents, a seed no document encodes, a date,
    a grammar error."""
    project = copy_project(tmp_path_factory.mktemp("stream") / "edition")
    docs = sorted(p.name for p in (project / "tei").glob("*.xml") if p.name not in ("persons.xml", "places.xml", "orgs.xml"))
    first, second = (project / "tei" / docs[0]).read_text("utf-8"), project / "tei" / docs[1]
    ref = first[first.index('ref="psn:') + 5:].split('"')[0]
    edit(project, f'ref="{ref}"', 'ref="psn:nobody-at-all"', f"tei/{docs[0]}")
    block = first[first.index('<p xml:id="') + 11:].split('"')[0]
    edit(project, '<p xml:id="', f'<p xml:id="{block}"><hi>x</hi></p><p xml:id="', f"tei/{docs[1]}")
    assert second.exists()
    (project / "seeds" / "unused.txt").write_text("A seed nobody encodes.\n", "utf-8")
    return project


def loaded_report(project):
    from triglot.edition import load
    from triglot.validate import validate
    return validate(load(project))


def rules_of(problems):
    return {p.rule for p in problems}


def test_the_streamed_report_is_the_loaded_editions(broken, tmp_path):
    project = shutil.copytree(broken, tmp_path / "p")
    expected = loaded_report(project)
    assert {"references", "ids", "fidelity", "tei-schema"} <= rules_of(expected)
    assert stream.check_edition(project) == expected
    assert stream.check_edition(project) == expected     # from the cache


def test_worker_processes_give_the_same_report(broken, tmp_path, monkeypatch):
    project = shutil.copytree(broken, tmp_path / "p")
    monkeypatch.setattr(stream, "WORKER_BYTES", 0)
    assert stream.check_edition(project, workers=2) == loaded_report(project)


def test_a_register_change_is_checked_against_unchanged_documents(mini, cli):
    assert cli("--root", mini, "validate")[0] == 0
    edit(mini, 'xml:id="moscow"', 'xml:id="moskva"', "tei/places.xml")
    code, out, _ = cli("--root", mini, "validate")
    assert code == 1 and "tei/mini.xml:40: references: @ref='plc:moscow': no entry 'moscow' in places.xml" in out


@pytest.fixture
def reads(monkeypatch):
    """The files streaming validation reads, run by run."""
    import triglot.xmlio
    seen = []
    real = triglot.xmlio.read_regular

    def counting(path, name, *more):
        seen.append(name)
        return real(path, name, *more)
    monkeypatch.setattr(triglot.xmlio, "read_regular", counting)
    return seen


def age(path, seconds=60):
    """Give a file the modification time it would have had `seconds` ago."""
    past = path.stat().st_mtime_ns - seconds * 10**9
    os.utime(path, ns=(past, past))


def test_an_unchanged_document_is_not_read_again(mini, cli, reads):
    age(mini / "tei" / "mini.xml")
    assert cli("--root", mini, "validate")[0] == 0
    assert "tei/mini.xml" in reads
    reads.clear()
    assert cli("--root", mini, "validate") == (0, "", "")
    assert "tei/mini.xml" not in reads


def test_a_touched_document_is_read_but_not_validated_again(mini, cli, reads, checked):
    age(mini / "tei" / "mini.xml")
    assert cli("--root", mini, "validate")[0] == 0
    reads.clear()
    checked.clear()
    age(mini / "tei" / "mini.xml", 30)
    assert cli("--root", mini, "validate") == (0, "", "")
    assert "tei/mini.xml" in reads and checked == []


def test_an_edit_in_the_same_clock_tick_as_the_last_run_is_not_missed(mini, cli):
    """A file modified less than a second before validation looked at it gets no recorded stat
    (as git's "racy" entries), so a later edit that keeps its size and modification time (the
    same clock tick) is still found. Here the time is a little ahead of the clock, as a file
    saved in the very tick of the run would look to a coarse clock."""
    path = mini / "tei" / "mini.xml"
    ahead = time.time_ns() + 5 * 10**9
    os.utime(path, ns=(ahead, ahead))
    before = path.stat()
    assert cli("--root", mini, "validate")[0] == 0
    edit(mini, "July 2, 1920", "July 9, 1920", "tei/mini.xml")
    edit(mini, 'when="1920-07-02"', 'when="1920-13-02"', "tei/mini.xml")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    code, out, _ = cli("--root", mini, "validate")
    assert code == 1 and "'1920-13-02' is not an ISO 8601 date" in out


def test_a_changed_seed_revalidates_the_documents_that_encode_it(mini, cli, checked):
    age(mini / "tei" / "mini.xml")
    assert cli("--root", mini, "validate")[0] == 0
    checked.clear()
    seed = mini / "seeds" / "mini.txt"
    seed.write_text(seed.read_text("utf-8").replace("Chicherin", "Chicherine", 1), "utf-8")
    code, out, _ = cli("--root", mini, "validate")
    assert code == 1 and ": fidelity: " in out and "tei/mini.xml" in checked


@pytest.fixture
def pool_method(monkeypatch):
    """The start method of each worker pool streaming validation opens, run by run."""
    import triglot.workers
    seen = []
    real = triglot.workers.process_pool

    def recording(count, initializer, initargs=(), method="spawn"):
        seen.append(method)
        return real(count, initializer, initargs, method=method)
    monkeypatch.setattr(triglot.workers, "process_pool", recording)
    return seen


def in_a_new_process(script: str) -> str:
    """What `script` prints, run by a new interpreter on this checkout's sources: whether this
    process may fork depends on what the tests before loaded (Saxon) or left running (threads)."""
    import subprocess
    import sys
    from pathlib import Path
    src = str(Path(__file__).resolve().parents[1] / "src")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600,
                         env={**os.environ, "PYTHONPATH": src})
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_workers_are_forked_from_a_process_without_saxon(broken, tmp_path):
    # forked after this process validated one document: they start with the toolkit imported and
    # the grammars compiled, where spawned ones imported and compiled both again
    project = shutil.copytree(broken, tmp_path / "p")
    assert in_a_new_process(f"""
from pathlib import Path
import triglot.workers
from triglot.edition import load
from triglot.validate import stream, validate
methods = []
real = triglot.workers.process_pool
def recording(count, initializer, initargs=(), method="spawn"):
    methods.append(method)
    return real(count, initializer, initargs, method=method)
triglot.workers.process_pool = recording
stream.WORKER_BYTES = 0
found = stream.check_edition(Path({str(project)!r}), workers=2)
print(methods, found == validate(load(Path({str(project)!r}))), len(found) > 0)
""") == "['fork'] True True"


def test_a_process_that_loaded_saxon_spawns_its_workers(broken, tmp_path, monkeypatch, pool_method):
    import sys
    import types
    project = shutil.copytree(broken, tmp_path / "p")
    monkeypatch.setattr(stream, "WORKER_BYTES", 0)
    monkeypatch.setitem(sys.modules, "saxonche", types.ModuleType("saxonche"))
    assert stream.check_edition(project, workers=2) == loaded_report(project)
    assert pool_method == ["spawn"]


def test_a_process_running_another_thread_does_not_fork():
    assert in_a_new_process("""
import threading
from triglot.workers import forkable
before = forkable()
release = threading.Event()
other = threading.Thread(target=release.wait)
other.start()
print(before, forkable())
release.set()
other.join()
""") == "True False"


def test_workers_report_a_shared_id_at_the_later_document_whatever_their_sizes(broken, tmp_path, monkeypatch):
    # the first holder keeps an id (validate/summary.py); workers took the largest document
    # first, and the rules across files followed their order: padded to be the largest, the
    # later holder kept the id and the earlier one was reported
    project = shutil.copytree(broken, tmp_path / "p")
    later = sorted((project / "tei").glob("*.xml"), key=lambda p: p.name)
    later = [p for p in later if p.name not in ("persons.xml", "places.xml", "orgs.xml")][1]
    text = later.read_text("utf-8")
    later.write_text(text.replace("</TEI>", "<!--" + "padding " * 200_000 + "-->\n</TEI>"), "utf-8")
    monkeypatch.setattr(stream, "WORKER_BYTES", 0)
    expected = loaded_report(project)
    assert any(p.rule == "ids" and p.file == f"tei/{later.name}" for p in expected)
    assert stream.check_edition(project, workers=2) == expected
