"""Writers that cannot lose data (issue 19): one lock per edition, atomic swaps, leftovers cleaned.

The concurrent cases run real `triglot` processes at the same time, as two
translators or two terminals would.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import polib
import pytest

from conftest import ROOT, copy_project, make_project


def start(root: Path, *args, wait: float = 60) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "triglot", "--root", str(root), *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "TRIGLOT_LOCK_WAIT": str(wait)})


def finish(proc: subprocess.Popen) -> tuple[int, str]:
    out, err = proc.communicate(timeout=180)
    return proc.returncode, out + err


@pytest.fixture
def translated(tmp_path) -> Path:
    """The translate-mini edition with its PO files, the byline translated in both languages."""
    root = make_project(tmp_path, "translate-mini")
    code, out = finish(start(root, "translations", "export"))
    assert code == 0, out
    for lang, text in (("ru", "От редакции"), ("hy", "Խմբագրությունից")):
        po = polib.pofile(str(root / "translations" / lang / "mini.po"))
        entry = po.find("mini.by1", by="msgctxt")
        entry.msgstr = text
        entry.tcomment = f"resp: resp-draft-{lang}"
        entry.flags.append("fuzzy")   # a draft, as every translation the project writes
        po.save()
    return root


def test_two_imports_into_one_document_at_once_keep_both_edits(translated):
    tei = translated / "tei" / "mini.xml"
    runs = [start(translated, "translations", "import", translated / "translations" / lang / "mini.po")
            for lang in ("ru", "hy")]
    results = [finish(p) for p in runs]
    assert [code for code, _ in results] == [0, 0], results
    text = tei.read_text(encoding="utf-8")
    assert "От редакции" in text and "Խմբագրությունից" in text


def test_a_second_writer_waits_for_the_first(translated):
    from triglot.lock import edition_lock
    with edition_lock(translated, "test"):
        proc = start(translated, "translations", "import", wait=30)
        time.sleep(1.0)
        assert proc.poll() is None            # still waiting for the lock
    code, out = finish(proc)
    assert code == 0, out
    assert "От редакции" in (translated / "tei" / "mini.xml").read_text(encoding="utf-8")


def test_a_second_writer_refuses_clearly_when_the_first_keeps_the_lock(translated):
    from triglot.lock import edition_lock
    before = (translated / "tei" / "mini.xml").read_bytes()
    with edition_lock(translated, "translations import (test)"):
        code, out = finish(start(translated, "translations", "import", wait=0.5))
    assert code == 1
    assert ".triglot.lock:0: lock: another triglot command is writing this edition" in out
    assert "translations import (test)" in out and "Traceback" not in out
    assert (translated / "tei" / "mini.xml").read_bytes() == before


def test_readers_do_not_wait_for_a_writer(translated):
    from triglot.lock import edition_lock
    with edition_lock(translated, "test"):
        code, out = finish(start(translated, "validate", wait=0))
    assert code == 0, out


def test_the_lock_of_a_killed_writer_is_free_at_once(translated):
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from pathlib import Path; from triglot.lock import edition_lock\n"
                               "with edition_lock(Path(sys.argv[1]), 'holder'):\n"
                               "    print('held', flush=True); time.sleep(60)", str(translated)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    code, out = finish(start(translated, "translations", "import", wait=0))
    assert code == 0, out


def test_two_web_builds_at_once_both_end_cleanly_with_one_whole_site(tmp_path):
    root = copy_project(tmp_path / "edition")
    shutil.copytree(ROOT / "translations" / "ui", root / "translations" / "ui")
    results = [finish(p) for p in [start(root, "build", "web") for _ in range(2)]]
    assert [code for code, _ in results] == [0, 0], results
    assert not any("Traceback" in out for _, out in results)
    assert (root / "build" / "web" / "index.html").is_file()
    # the site and the caches a build keeps (base map, validation, rendered pages), no temporaries
    assert sorted(p.name for p in (root / "build").iterdir()) == ["map-cache", "validate-cache", "web", "web-cache"]


def test_a_writer_sweeps_the_temporaries_killed_writers_left(translated):
    left = [translated / "tei" / ".mini.xml.abcd1234.tmp", translated / "translations" / "ru" / ".mini.po.k_9zz0x1.tmp"]
    for path in left:
        path.write_text("half", encoding="utf-8")
    keep = translated / "tei" / "notes.tmp"
    keep.write_text("an editor's file", encoding="utf-8")
    code, out = finish(start(translated, "translations", "import"))
    assert code == 0, out
    assert not any(p.exists() for p in left)
    assert keep.exists()


# the published output: swapped in one step

def _site(folder: Path, version: str) -> None:
    for name in ("index.html", "a.html", "b.html"):
        (folder / name).write_text(version, encoding="utf-8")


def _versions(folder: Path) -> set[str]:
    return {p.read_text(encoding="utf-8") for p in folder.iterdir()}


def test_publishing_replaces_the_output_whole_with_no_moment_without_it(tmp_path):
    from triglot.build import publish
    final = tmp_path / "build" / "web"
    publish(final, lambda out: _site(out, "v0"))
    missing, stop = [], threading.Event()

    def watch():
        while not stop.is_set():
            if not (final / "index.html").exists():
                missing.append(time.monotonic())

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for n in range(1, 40):
            publish(final, lambda out, n=n: _site(out, f"v{n}"))
    finally:
        stop.set()
        watcher.join()
    assert missing == []
    assert _versions(final) == {"v39"}
    assert sorted(p.name for p in final.parent.iterdir()) == ["web"]


def test_a_kill_right_after_the_swap_leaves_the_new_output_and_the_next_run_cleans_up(tmp_path, monkeypatch):
    from triglot import build
    final = tmp_path / "build" / "web"
    build.publish(final, lambda out: _site(out, "old"))

    def killed(*args, **kwargs):
        raise KeyboardInterrupt   # the process ends before removing the old output

    with monkeypatch.context() as m:
        m.setattr(build.shutil, "rmtree", killed)
        with pytest.raises(KeyboardInterrupt):
            build.publish(final, lambda out: _site(out, "new"))
    assert _versions(final) == {"new"}
    assert len(list(final.parent.iterdir())) == 2          # the old output, in a temporary
    build.publish(final, lambda out: _site(out, "newer"))
    assert _versions(final) == {"newer"}
    assert sorted(p.name for p in final.parent.iterdir()) == ["web"]


def test_without_atomic_exchange_a_cut_swap_is_repaired_by_the_next_run(tmp_path, monkeypatch):
    from triglot import build
    final = tmp_path / "build" / "web"
    build.publish(final, lambda out: _site(out, "old"))
    calls = []
    real_replace = os.replace

    def replace_then_die(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt   # killed between the two renames
        real_replace(src, dst)

    with monkeypatch.context() as m:
        m.setattr(build, "_exchange", lambda a, b: False)
        m.setattr(build.os, "replace", replace_then_die)
        with pytest.raises(KeyboardInterrupt):
            build.publish(final, lambda out: _site(out, "new"))
    assert not final.exists()
    build.clean_leftovers(final)
    assert _versions(final) == {"old"}
    assert sorted(p.name for p in final.parent.iterdir()) == ["web"]
