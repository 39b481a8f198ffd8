"""Session 22's hostile round (round 28) on what hostile rounds had visited least: the kept search
vocabulary written with other JSON types, an empty document, the register commands with hostile
ids and names, `serve --watch` while an editor saves, the library exports with hostile metadata.
Each test failed before its fix."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import triglot_process as _triglot

SRC = str(Path(__file__).resolve().parents[1] / "src")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """A new edition (English, French), no documents."""
    ed = tmp_path_factory.mktemp("h28") / "ed"
    code, out = _triglot("new", ed, "--title", "Papers", "--base", "en", "--translations", "fr", "--publisher", "P")
    assert code == 0, out
    return ed


# ---------------------------------------------------------------- the kept vocabulary, other types

WORDS = {"a": {"en": ["war"]}, "b": {"en": ["peace"]}, "c": {"en": ["treaty"]}, "z": {"en": ["gone"]}}
KEPT = {"parts": {"a": "da", "b": "db", "c": "dc", "z": "dz"},
        "counts": {"en": {"war": 1, "peace": 1, "treaty": 1, "gone": 1}}, "langs": {"en": 4}}


@pytest.mark.parametrize("change", [
    {"counts": {"en": ["war", "peace", "treaty", "gone"]}},                 # a list: AttributeError
    {"counts": {"en": None}},                                                 # AttributeError
    {"langs": {"en": "4"}},                                                   # TypeError
    {"langs": {"en": None}},                                                  # TypeError
    {"counts": {"en": {"war": 1, "peace": 1, "treaty": 1, "gone": 1, "ghost": 0}}},     # kept for ever
    {"counts": {"en": {"war": 1, "peace": 1, "treaty": 1, "gone": 1.5}}},               # 0.5 left
    {"counts": {"en": {"war": 1, "peace": 1, "treaty": 1, "gone": 1, "neg": -1}}},
    {"langs": {"en": 4, "fr": 1}},                                            # a language of no word
    {"parts": {"a": "da", "b": "db", "c": "dc", "z": ["dz"]}},
])
def test_a_kept_vocabulary_of_other_json_types_is_counted_again(tmp_path, change):
    """build/web-cache/vocabulary.json carries its own digest, which says only that it is whole: a
    file written by another hand or program, digest and all, with a list or null for a language's
    counts or a string for a count stopped the next `build web` with a traceback, and a count of 0
    or 1.5 kept a word no document has in the search's vocabulary (what a cold build has not). It
    does not check out: counted again, as a cold build counts."""
    from triglot.web import vocabulary
    vocabulary._write(tmp_path / vocabulary.FILE, {**KEPT, **change})
    parts = {k: ("d" + k, (lambda k=k: WORDS[k])) for k in "abc"}
    parts["d"] = ("dd", lambda: {"en": ["new"]})
    got = vocabulary.kept(tmp_path, parts, lambda key, digest: WORDS.get(key), ["en"])
    assert got == vocabulary.union([words() for _, words in parts.values()], ["en"]) == \
        {"en": {"war", "peace", "treaty", "new"}}


# ---------------------------------------------------------------- an empty document

@pytest.mark.parametrize("text, line", [
    ('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>', 1),
    ('<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<!-- to do -->\n</TEI>\n', 2),
])
def test_an_empty_document_is_told_what_a_document_holds_at_its_line(fresh, text, line):
    """A document of only its root was 'no base text …; foreign TEI does not belong in tei/' (it is
    no one's TEI, only empty), and `validate --full` added tei_all's 'Expecting an element , got
    nothing'. Both now say what the element must hold."""
    path = fresh / "tei" / "empty.xml"
    path.write_text(text, "utf-8")
    try:
        code, out = _triglot("--root", fresh, "validate", "--full")
    finally:
        path.unlink()
    assert code == 1, out
    assert f"tei/empty.xml:{line}: shape: not a document of this edition: <TEI> holds nothing; a document " \
           "holds a <teiHeader>, then a <text>" in out, out
    assert f"tei/empty.xml:{line}: tei_all: <TEI> holds no element: TEI requires in it a <teiHeader>, then a <text>" \
        in out, out
    assert "got nothing" not in out and "Traceback" not in out


def test_a_register_emptied_or_cut_short_is_told_what_each_element_must_hold(fresh):
    """The same for a register (checked by the project schema): every element that lacked its
    children was 'Expecting an element , got nothing', which names neither the element nor what it
    lacks."""
    path = fresh / "tei" / "places.xml"
    kept = path.read_bytes()
    path.write_text('<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader/>\n</TEI>\n')
    try:
        code, out = _triglot("--root", fresh, "validate")
    finally:
        path.write_bytes(kept)
    assert code == 1, out
    assert "tei/places.xml:3: tei-schema: <teiHeader> holds no element: TEI requires in it a <fileDesc>" in out, out
    assert "tei/places.xml:2: tei-schema: <TEI> lacks an element it must hold: TEI requires in it a <teiHeader>, " \
           "then a <text>" in out, out
    assert "got nothing" not in out and "Traceback" not in out


# ---------------------------------------------------------------- register commands, hostile input

from test_editor_register import project, snapshot  # noqa: E402,F401 (the edition with its translations)

NAMES = ("--name", "en=Goris", "--name", "ru=Горис", "--name", "hy=Գորիս")


@pytest.mark.parametrize("args", [
    ("register", "add", "place", "gor\udcffis", *NAMES),                       # lxml's UnicodeEncodeError
    ("register", "add", "place", "goris", "--name", "en=Gor\udcffis", "--name", "ru=Горис", "--name", "hy=Գորիս"),
])
def test_undecodable_bytes_in_an_argument_are_refused_at_the_command(project, args):
    """An argument of bytes that are not UTF-8 (a name pasted from a Latin-1 terminal; Python holds
    them as lone surrogates) stopped `register add` with a traceback: in the edition lock, which
    wrote the command line as UTF-8, and then in lxml, which was given the id before it was checked."""
    before = snapshot(project)
    run = subprocess.run([sys.executable, "-m", "triglot", "--root", str(project), *args], capture_output=True,
                         env={**os.environ, "PYTHONPATH": SRC}, timeout=600)
    err = run.stderr.decode("utf-8", "replace")
    assert run.returncode == 1, err
    assert "Traceback" not in err and "register add place gor" in err and ":0: register: " in err, err
    assert snapshot(project) == before


@pytest.mark.parametrize("args, shown", [
    (("register", "add", "place", "goris", "--name", "en=Go\u202eris", "--name", "ru=Горис", "--name", "hy=Գորիս"),
     "U+202E RIGHT-TO-LEFT OVERRIDE"),
    (("register", "add", "place", "goris", *NAMES, "--identification", "the town \u2067in Syunik"),
     "U+2067 RIGHT-TO-LEFT ISOLATE"),
    (("register", "variant", "kars", "ru=Кар\u202dс"), "U+202D LEFT-TO-RIGHT OVERRIDE"),
])
def test_a_direction_control_in_a_name_is_refused_before_it_is_written(cli, project, args, shown):
    """`register add` and `register variant` wrote a name holding U+202E and its kind, which reverse
    the characters after them on every page, in the index and the search ('Go\\u202eris' shows as
    'Gosir'); `check`'s direction-control rule found it only afterwards."""
    before = snapshot(project)
    code, out, err = cli("--root", project, *args)
    assert code == 1, out
    assert shown in err and "an invisible control that reorders the characters" in err, err
    assert snapshot(project) == before


def test_a_merge_keeps_the_names_of_every_language_as_variants(cli, project):
    """`register merge kars-oblast kars` moved only the English forms: the Russian and Armenian names
    of the entry that went (Карсская область, Կարսի մարզ) were dropped, and search in those languages
    no longer found the place by them."""
    code, _, err = cli("--root", project, "register", "merge", "kars-oblast", "kars")
    assert code == 0, err
    from triglot.edition import load
    from triglot.tei import NS
    el = load(project).registers["places"].entries["kars"].element
    variants = {(v.get("{http://www.w3.org/XML/1998/namespace}lang"), v.text)
                for v in el.iterfind("t:placeName[@type='variant']", NS)}
    assert {("en", "Kars Oblast"), ("en", "Kars province"), ("ru", "Карсская область"),
            ("hy", "Կարսի մարզ")} <= variants
    assert ("en", "Kars") not in variants                              # the kept entry's own name
    from triglot.validate import validate
    assert validate(load(project), fidelity=False) == []


@pytest.mark.parametrize("written", ["ref='plc:kars'", 'ref = "plc:kars"', "ref=\n  'plc:kars'"])
def test_a_rename_follows_a_pointer_written_with_single_quotes_or_spaces(cli, project, written):
    """XML writes an attribute 'ref=\\'…\\'' or 'ref = "…"' as well: `register rename kars kars-city`
    did not see such a pointer and refused the rename ('@ref=\\'plc:kars\\': no entry \\'kars\\'…
    (after the change; nothing written)'), naming a document the editor had not got wrong."""
    path = project / "tei" / "legran-letter-to-chicherin.xml"
    text = path.read_text("utf-8")
    assert text.count('ref="plc:kars"') >= 2
    path.write_text(text.replace('ref="plc:kars"', written, 1), "utf-8")
    code, out, err = cli("--root", project, "register", "rename", "kars", "kars-city")
    assert code == 0, err
    after = path.read_text("utf-8")
    assert written.replace("kars", "kars-city") in after and "plc:kars'" not in after and 'plc:kars"' not in after


# ---------------------------------------------------------------- serve --watch: a name not UTF-8

def test_the_watcher_goes_on_after_a_file_named_in_other_bytes_is_saved(tmp_path, monkeypatch):
    """A file saved in tei/ with a name of bytes that are not UTF-8 (a Latin-1 'é' from another
    machine; Python holds it as a lone surrogate) ended the watching thread: 'changed: tei/x\\udcff.xml'
    printed to a strict UTF-8 terminal raised UnicodeEncodeError, the server went on serving and
    never rebuilt again. The name is printed escaped, and the loop outlives any error of one look."""
    import io
    from triglot.web import watch
    (tmp_path / "tei").mkdir()
    monkeypatch.setattr(watch, "SETTLE_SECONDS", 0)
    strict = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    watcher = watch.Watcher(tmp_path, watch.State(), out=strict)
    monkeypatch.setattr(watcher, "rebuild", lambda: [])
    (tmp_path / "tei" / "x\udcff.xml").write_bytes(b"")
    watcher.poll()
    assert watcher.state.version == 1 and watcher.state.site == 1
    strict.flush()
    assert "tei/x\\udcff.xml" in strict.buffer.getvalue().decode("utf-8")

    def fails():
        watcher.stopped.set()               # one look, then the loop ends
        raise RuntimeError("a look that failed")
    monkeypatch.setattr(watcher, "poll", fails)
    monkeypatch.setattr(watch, "POLL_SECONDS", 0)
    watcher.run()                           # returned, not raised: the thread would have gone on


def _beside_a_file_named_in_other_bytes(fresh, command) -> tuple[int, str]:
    """Run triglot `command` with tei/x<0xFF>.xml present (a Latin-1 'ÿ' from another machine), then
    remove it: (exit code, stdout and stderr as text)."""
    bad = os.path.join(os.fsencode(fresh / "tei"), b"x\xff.xml")
    with open(bad, "wb"):
        pass
    try:
        run = subprocess.run([sys.executable, "-m", "triglot", "--root", str(fresh), *command],
                             capture_output=True, env={**os.environ, "PYTHONPATH": SRC}, timeout=600)
    finally:
        os.unlink(bad)
    return run.returncode, (run.stdout + run.stderr).decode("utf-8", "replace")


@pytest.mark.parametrize("command", [("validate",), ("validate", "--format", "json"), ("build", "web")])
def test_a_tei_file_named_in_other_bytes_is_a_problem_at_its_name(fresh, command):
    """validate and build stopped with a traceback (lxml, the validation cache's key and the build's
    stamp encode the name as UTF-8): the file is named as a problem, and nothing is written."""
    code, out = _beside_a_file_named_in_other_bytes(fresh, command)
    assert code == 1, out
    assert "Traceback" not in out and "file-name" in out and "not UTF-8" in out, out


@pytest.mark.parametrize("command", [("schema",), ("schema", "--check")])
def test_schema_names_a_file_in_other_bytes_from_the_editions_root(fresh, command):
    """`triglot schema` told such a file by its absolute path (/tmp/…/tei/x\udcff.xml:0), where every
    other command says tei/x\udcff.xml; and it writes nothing."""
    code, out = _beside_a_file_named_in_other_bytes(fresh, command)
    assert code == (2 if "--check" in command else 1) and "Traceback" not in out, out   # --check: 1 is "out of date"
    assert out.startswith("tei/x\\udcff.xml:0: file-name: "), out


def test_the_status_the_page_asks_for_is_served_with_a_problem_naming_such_a_file(tmp_path):
    """/__triglot/status encoded its JSON as strict UTF-8: a problem holding such a name (the
    watcher's 'UnicodeEncodeError: … \\udcff' before the fix) failed the request, and the page could
    not show that anything was wrong. The character goes as a JSON escape."""
    import http.client
    import json
    import threading
    from triglot.web import serve, watch
    (tmp_path / "index.html").write_text("<!DOCTYPE html><title>t</title>", "utf-8")
    state = watch.State(problems=["tei/x\udcff.xml:0: file-name: …"], version=3)
    srv = serve.make_server(tmp_path, 0, state)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=30)
        conn.request("GET", serve.LIVE_PREFIX + "status")
        response = conn.getresponse()
        body = response.read()
        conn.close()
    finally:
        srv.shutdown()
        srv.server_close()
    assert response.status == 200
    assert json.loads(body)["problems"] == ["tei/x\udcff.xml:0: file-name: …"]


def test_an_emptied_element_is_named_with_what_it_must_hold(fresh):
    """libxml2's 'Expecting an element , got nothing' named neither the element nor what it lacks:
    the frame's elements say what TEI requires, any other (a letter's <correspAction/>, a <respStmt/>)
    where TEI's reference says it."""
    from lxml import etree
    from triglot.schema import PROJECT_RNG, stamp
    from triglot.validate.schema_check import said
    from triglot.xmlio import relaxng
    rng = relaxng(Path(stamp(fresh, PROJECT_RNG)[0]))
    tree = etree.ElementTree(etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader>\n<fileDesc>\n'
                                              '<titleStmt>\n<title>t</title><respStmt/>\n</titleStmt>\n<publicationStmt/>\n'
                                              '</fileDesc></teiHeader></TEI>'))
    assert not rng.validate(tree)
    told = {e.line: said(tree, e) for e in rng.error_log}
    assert told[5] == "<respStmt> holds no element: its TEI content model requires an element in it that it lacks " \
        "(https://www.tei-c.org/release/doc/tei-p5-doc/en/html/ref-respStmt.html)", told
    assert told[7].startswith("<publicationStmt> holds no element: TEI requires in it a <publisher>"), told
    assert not any("got nothing" in m for m in told.values()), told


@pytest.mark.parametrize("args, where, words", [
    (("register", "add", "person", "kars", *NAMES), 'xml:id="kars"', "the id 'kars' is already used in the registers, here"),
    (("register", "rename", "yerevan", "kars"), 'xml:id="kars"', "the id 'kars' is already used in the registers, here"),
    (("register", "add", "person", "kars-oblast", *NAMES), '<idno type="former">kars-oblast</idno>',
     "the id 'kars-oblast' is already used as a former id of kars, kept so that links to it still land there"),
])
def test_an_id_already_used_is_refused_at_the_line_that_uses_it(cli, project, args, where, words):
    """An id in use was refused at line 0 of the register being changed ('tei/persons.xml:0: … already
    used in the registers' of a place's id): neither the file nor the line that holds it, nor, for a
    former id, which entry keeps it."""
    assert cli("--root", project, "register", "merge", "kars-oblast", "kars")[0] == 0
    places = project / "tei" / "places.xml"
    line = next(n for n, text in enumerate(places.read_text("utf-8").splitlines(), 1) if where in text)
    before = snapshot(project)
    code, out, err = cli("--root", project, *args)
    assert code == 1, out
    assert f"tei/places.xml:{line}: register: {words}" in err, err
    assert snapshot(project) == before


# ---------------------------------------------------------------- other kept data of other types

def _wrecked(value, mode: str, depth: int = 0):
    """`value` with each list, string and number made another JSON type (the identity fields kept)."""
    if isinstance(value, dict):
        return {k: v if depth == 0 and k in ("key", "format", "context") else _wrecked(v, mode, depth + 1)
                for k, v in value.items()}
    if isinstance(value, list):
        return {"x": 1} if mode == "object" else [_wrecked(v, mode, depth + 1) for v in value][:1] + [None]
    if isinstance(value, str):
        return 5 if mode == "object" else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "5"
    return value


@pytest.mark.parametrize("kept", ["search-data.json", "data/entities-*.json"])
@pytest.mark.parametrize("mode", ["object", "null"])
def test_kept_search_data_or_register_tables_of_other_json_types_are_made_again(tmp_path, kept, mode):
    """build/web-cache/search-data.json and the register tables (data/entities-….json) are found by
    their key; the same file with a string or null where a list was, under that key, stopped the next
    `build web` with a traceback (TypeError in search.vocabulary, dataset.languages). They do not
    check out: made again, and the site is the cold build's."""
    import json
    ed = tmp_path / "ed"
    code, out = _triglot("new", ed, "--title", "Papers", "--base", "en", "--translations", "fr", "--publisher", "P")
    assert code == 0, out
    seed = ed / "seeds" / "a.txt"
    seed.write_text("Letter\n\nThe letter from Kars to Paris.\n", "utf-8")
    code, out = _triglot("--root", ed, "register", "add", "place", "kars", "--name", "en=Kars", "--name", "fr=Kars")
    assert code == 0, out
    code, out = _triglot("--root", ed, "encode", seed, "--id", "aa")
    assert code == 0, out
    code, out = _triglot("--root", ed, "build", "web")
    assert code == 0, out
    path = next((ed / "build" / "web-cache").glob(kept))
    path.write_text(json.dumps(_wrecked(json.loads(path.read_text("utf-8")), mode)), "utf-8")
    doc = ed / "tei" / "aa.xml"
    doc.write_text(doc.read_text("utf-8") + "<!-- saved again -->\n", "utf-8")
    code, out = _triglot("--root", ed, "build", "web")
    assert code == 0 and "Traceback" not in out, out
    cold = tmp_path / "cold"
    shutil.copytree(ed, cold, ignore=shutil.ignore_patterns("build"))
    code, out = _triglot("--root", cold, "build", "web")
    assert code == 0, out
    from test_web_site import stable_bytes
    for name in ("pagefind/search.json", "data/places.csv", "data/edition-data.json"):
        assert stable_bytes(ed / "build" / "web" / name) == stable_bytes(cold / "build" / "web" / name), name
