"""Session 18's hostile round (round 22): the undo journal of a change of several files, planted,
damaged or raced; passages in their own language; the translators' resp rule with odd values.
Each test failed before its fix."""
from __future__ import annotations

import hashlib
import json
import os
import shutil

import pytest

from conftest import ROOT, copy_project


from test_editor_register import project, snapshot  # noqa: F401 (the edition with its translations)


ADD = ("register", "add", "place", "goris", "--name", "en=Goris", "--name", "ru=Горис", "--name", "hy=Գորիս")


# ---------------------------------------------------------------- a planted or damaged journal

def _plant(root, victim, kind):
    """A .triglot-undo as a hostile or broken hand leaves it; the victim is a file outside the edition."""
    undo = root / ".triglot-undo"
    mark = hashlib.sha256(victim.read_bytes()).hexdigest()
    if kind == "file":
        undo.write_text("not a journal")
        return
    if kind == "symlink":
        os.symlink(victim.parent, undo)
        return
    undo.mkdir()
    manifest = {
        "absolute": [[str(victim), None, mark]],                          # "the command created it": remove
        "dotdot": [[os.path.relpath(victim, root), "0", mark]],           # "put back the old contents"
        "json": None,
        "shape": [["tei/places.xml", "0"]],
        "copy outside": [["tei/places.xml", "../../" + victim.name, "0" * 64]],
        "copy missing": [["tei/places.xml", "7", "0" * 64]],
    }[kind]
    (undo / "0").write_bytes(b"overwritten by a planted journal")
    (undo / "manifest.json").write_text("{not json" if manifest is None else json.dumps(manifest))


@pytest.mark.parametrize("kind", ["absolute", "dotdot", "json", "shape", "copy outside", "copy missing",
                                  "file", "symlink"])
def test_a_planted_or_damaged_journal_is_refused_and_touches_nothing(cli, project, tmp_path, kind):
    """The next writer obeyed any .triglot-undo: a manifest naming /abs/path deleted that file
    outside the edition, one naming ../../file overwrote it; a manifest of the wrong shape was a
    traceback (ValueError) on every command; invalid JSON was dropped without a word, leaving the
    killed command's half-written files as they were. Now the journal is checked whole first, and
    one not as triglot makes it stops the command with a line saying what to do, nothing changed."""
    victim = tmp_path / "precious.txt"
    victim.write_bytes(b"someone's work outside the edition")
    _plant(project, victim, kind)
    before = snapshot(project)
    code, out, err = cli("--root", project, *ADD)
    assert code == 1, (out, err)
    assert ".triglot-undo:0: undo: " in err and "remove .triglot-undo" in err, err
    assert victim.read_bytes() == b"someone's work outside the edition"
    assert snapshot(project) == before
    assert os.path.lexists(project / ".triglot-undo")


# ---------------------------------------------------------------- validate after a kill

def _killed_merge(tmp_path, project, kill_after="2"):
    """`register merge kars-oblast kars` SIGKILLed after its Nth file written."""
    import subprocess
    import sys
    from test_hostile21 import KILLER
    killer = tmp_path / "killer.py"
    killer.write_text(KILLER, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(killer), "--root", str(project), "register", "merge",
                           "kars-oblast", "kars"], env={**os.environ, "KILL_AFTER": kill_after},
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == -9


def test_validate_after_a_kill_says_the_change_is_half_written_and_not_put_back(cli, project, tmp_path):
    """After a merge killed half way, validate listed three pointers at an entry 'kars-oblast' no
    longer in places.xml, as if the editor had made them: an editor fixing them by hand would then
    have the journal's restore left undone ("changed since"). Validate only reads, so it does not
    put the files back, and now says so, and which command does."""
    _killed_merge(tmp_path, project)
    before = snapshot(project)
    code, out, err = cli("--root", project, "validate")
    assert code == 1
    assert ".triglot-undo:0: undo: a triglot command was killed half way" in out, out
    assert "validate does not put them back" in out
    assert snapshot(project) == before


# ---------------------------------------------------------------- the translators' resp rule, odd values

@pytest.mark.parametrize("value, said", [
    ("#resp-draft-ru #resp-editors", "slots: draft slot names 2 respStmts (#resp-draft-ru #resp-editors); a slot "
                                     "names one responsible"),
    ("#resp-draft-ru #resp-draft-hy", "slots: draft slot names 2 respStmts"),
    ("#resp-draft-ru ", None),                     # a pointer list with a space after it: one pointer
])
def test_a_slot_naming_several_respstmts_is_told_so(cli, project, value, said):
    """A Russian slot with resp="#resp-draft-ru #resp-editors" was told it "needs @resp pointing at a
    respStmt of the header", which it has, twice (and the MODS record credits both); one with a
    space after its one pointer was told the same. A slot names one responsible, and validate says so."""
    doc = project / "tei" / "legran-letter-to-chicherin.xml"
    doc.write_text(doc.read_text("utf-8").replace('resp="#resp-draft-ru"', f'resp="{value}"', 1), "utf-8")
    code, out, err = cli("--root", project, "validate")
    if said is None:
        assert code == 0, out
    else:
        assert code == 1 and said in out, out
        assert "needs @resp pointing" not in out


# ---------------------------------------------------------------- passages in their own language: search

def test_a_passage_inherits_its_language_from_the_div_around_it(tmp_path):
    """A Latin section (`div xml:lang="la"` around its paragraphs, as import-tei keeps a nested div's
    language) was indexed as German, the base text's language: only a p's own xml:lang was read.
    A language the edition does not have keeps its own tag (x-private, Arabic)."""
    from triglot.edition import load
    from triglot.web.search import edition_passages
    project = tmp_path / "polyglot"
    shutil.copytree(ROOT / "tests" / "roots" / "polyglot-mini", project)
    brief = project / "tei" / "brief.xml"
    added = ('<div type="section" xml:lang="la"><p xml:id="brief.p2">Gallia est omnis divisa.</p>'
             '<p xml:id="brief.p3" xml:lang="x-private">Zorblax.</p><p xml:id="brief.p4" xml:lang="ar">المعاهدة</p></div>')
    brief.write_text(brief.read_text("utf-8").replace("</p>\n      </div>", "</p>\n        " + added
                                                      + "\n      </div>", 1), "utf-8")
    records = {r["block"]: r["lang"] for r in edition_passages(load(project))}
    assert records == {"brief.h1": "de", "brief.p1": "de", "brief.p2": "la", "brief.p3": "x-private", "brief.p4": "ar"}


@pytest.mark.parametrize("tag, lang", [("DE", "de"), ("de-AT", "de"), ("FR", "fr"), ("fr-CH", "fr")])
def test_a_passage_in_one_of_the_editions_languages_is_in_its_bundle(tmp_path, tag, lang):
    """xml:lang="DE" or "de-AT" in a German text, "FR" beside the French translations, each made a bundle
    of its own (pagefind/DE beside pagefind/de: one folder on a case-insensitive disk, as macOS's is)
    and a second "German" or "French" in the search's language filter. xml:lang is read without
    case, and a region of one of the edition's languages is that language."""
    from triglot.edition import load
    from triglot.web.search import edition_passages
    project = tmp_path / "polyglot"
    shutil.copytree(ROOT / "tests" / "roots" / "polyglot-mini", project)
    brief = project / "tei" / "brief.xml"
    brief.write_text(brief.read_text("utf-8").replace(
        "</p>\n      </div>", f'</p>\n        <p xml:id="brief.p2" xml:lang="{tag}">Ein Satz.</p>\n      </div>', 1),
        "utf-8")
    records = {r["block"]: r for r in edition_passages(load(project))}
    assert records["brief.p2"]["lang"] == lang


def test_a_huge_copy_in_the_journal_is_refused_not_read(cli, project, tmp_path):
    """A journal's kept copy was read whole into memory by the next command, whatever its size (a
    sparse file of 64 GB; 40 MB here). A copy larger than any file triglot writes (32 MB, a schema)
    is not one it kept: the journal is refused, nothing read or changed."""
    undo = project / ".triglot-undo"
    undo.mkdir()
    with open(undo / "0", "wb") as fh:
        fh.truncate(40 * 1024 ** 2)
    (undo / "manifest.json").write_text(json.dumps([["tei/places.xml", "0", "0" * 64]]))
    before = snapshot(project)
    code, out, err = cli("--root", project, *ADD)
    assert code == 1 and ".triglot-undo:0: undo: " in err and "limit" in err, err
    assert snapshot(project) == before


# ---------------------------------------------------------------- encode --genre letter: From / To headings

@pytest.mark.parametrize("top", [
    "Moscow, 12 March 1921\nFrom: Edward M. House\nTo: Walter H. Page\n",    # under the dateline
    "FROM: Edward M. House\nTO: Walter H. Page\n",                            # in capitals
    "From:Edward M. House\nTo:Walter H. Page\n",                              # no space after the colon
])
def test_a_memorandums_from_and_to_lines_title_it_and_name_both_parties(tmp_path, top):
    """A memorandum's "From: X" under its dateline was a paragraph: its sender was in no correspDesc,
    and the title was "To Y" alone. "FROM: X" over "TO: Y" was titled "FROM: X", and "From:X" over
    "To:Y" was titled "From X", though the correspDesc read both lines each time."""
    from lxml import etree
    from test_editor_encode_letters import _corresp, _parties, _run
    edition = tmp_path / "ed"
    assert _run("new", edition, "--title", "Papers", "--base", "en", "--translations", "fr", "--publisher", "P") == 0
    seed = edition / "seeds" / "memo.txt"
    seed.write_text(top + "\nThe President has read your letter and agrees with it.\n", "utf-8")
    assert _run("--root", edition, "encode", seed, "--id", "memo", "--genre", "letter") == 0
    doc = etree.parse(str(edition / "tei" / "memo.xml"))
    title = doc.find(".//{http://www.tei-c.org/ns/1.0}title[@type='main']").text
    assert title == "From Edward M. House to Walter H. Page"
    desc = _corresp(doc)
    assert _parties(desc, "sent")[0] == ("persName", "Edward M. House")
    assert _parties(desc, "received") == [("persName", "Walter H. Page")]
    assert _run("--root", edition, "validate") == 0


# ---------------------------------------------------------------- a full disk half way through a change

def test_a_change_whose_rollback_fails_too_keeps_its_journal(cli, project, monkeypatch):
    """A merge on a full disk: its second file failed, and putting back the first failed too (no room
    for the old contents either). The journal was dropped all the same (write_together's finally), so
    places.xml stayed without kars-oblast while a document pointed at it, and nothing could undo it.
    The journal now stays until the files are whole, and the next writer puts them back."""
    import errno
    import triglot.xmlio as xmlio
    real, calls, room = xmlio.atomic_write, [0], [False]

    def full(path, data):
        # a module first imported while this is in place keeps it (`from triglot.xmlio import
        # atomic_write`): once there is room again it writes, or every later test's export failed
        calls[0] += 1
        if calls[0] >= 2 and not room[0]:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(path, data)
    before = snapshot(project)
    monkeypatch.setattr(xmlio, "atomic_write", full)
    code, out, err = cli("--root", project, "register", "merge", "kars-oblast", "kars")
    assert code == 1 and "No space left on device" in err, err
    assert snapshot(project) != before                     # the first file is new, and could not be put back
    assert (project / ".triglot-undo").is_dir()
    monkeypatch.setattr(xmlio, "atomic_write", real)       # room again
    room[0] = True
    code, out, err = cli("--root", project, "register", "merge", "kars-oblast", "kars")
    assert code == 0 and "put back" in err, err
    assert not (project / ".triglot-undo").exists()


# ---------------------------------------------------------------- print: note labels of several columns

def _labels(project, configured, langs):
    import dataclasses
    from triglot.edition import load
    from triglot.print.builder import note_labels
    settings = load(project).settings
    return note_labels(dataclasses.replace(settings, note_labels=configured), langs)


def test_a_default_note_series_shares_no_letter_with_a_configured_one(project):
    """ru = "abc" in print.note-labels and Armenian without letters: Armenian took the default
    "abcd…" (only an identical series was skipped), so ru's note "a" and hy's note "a" stood in one
    footnote area. The default series taken shares no letter with the book's other columns."""
    labels = _labels(project, {"ru": "abc"}, ["en", "ru", "hy"])
    assert labels["ru"] == "abc" and not set(labels["hy"]) & set("abc")


@pytest.mark.parametrize("configured, words", [
    ({"ru": "abc", "hy": "cde"}, "hy's note labels share 'c' with the ru column's labels"),
    ({"ru": "123"}, "ru's note labels share '1' with the en column's numbers"),
])
def test_note_labels_two_columns_share_are_refused(project, configured, words):
    """Settings giving Russian "abc" and Armenian "cde", or Russian "123" beside the base text's own
    numbers, printed two notes "c" (or "1") in one footnote area without a word. They are refused,
    naming the letter and the columns."""
    from triglot.problems import InputError
    with pytest.raises(InputError) as caught:
        _labels(project, configured, ["en", "ru", "hy"])
    assert words in str(caught.value) and str(caught.value).startswith("triglot.toml:")
    assert not str(caught.value).startswith("triglot.toml:0:")


def test_note_labels_two_columns_share_are_named_at_their_line(tmp_path):
    """The refusal said triglot.toml:0: the settings keep no line for a problem found when a book is
    made (left open by hostile 23)."""
    from triglot.edition import load
    from triglot.print.builder import note_labels
    from triglot.problems import InputError
    root = copy_project(tmp_path)
    toml = root / "triglot.toml"
    lines = toml.read_text("utf-8").splitlines()
    at = lines.index("[print.note-labels]")
    lines[at + 1:at + 3] = ['ru = "abc"', 'hy = "cde"']
    toml.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(InputError) as caught:
        note_labels(load(root).settings, ["en", "ru", "hy"])
    assert str(caught.value).startswith(f"triglot.toml:{at + 3}: settings: print.note-labels: hy's"), caught.value


# ---------------------------------------------------------------- MODS: a translator credited by an empty slot

def test_an_untranslated_slot_with_a_resp_credits_no_translator(tmp_path):
    """A slot emptied by hand back to #untranslated kept its resp="#resp-draft-ru": validate said
    nothing, and the export's MODS record catalogued the Russian drafter as translator (MARC trl) of a
    text with no Russian in it, while its language list, read from the slots' states, left Russian
    out. Validate reports the stray resp, so the export stops before writing such a record."""
    from triglot.cli import main
    from triglot.library.command import export
    from triglot.problems import InputError
    project = copy_project(tmp_path / "project")
    seed = project / "seeds" / "bell-1918-06.txt"
    shutil.copy(ROOT / "tests" / "data" / "unseen-test18" / "bell-baghdad-1918-06.txt", seed)
    assert main(["--root", str(project), "encode", str(seed), "--id", "bell-1918-06", "--genre", "letter",
                 "--date", "1918-06-28"]) == 0
    doc = project / "tei" / "bell-1918-06.xml"
    text = doc.read_text("utf-8")
    slot = text.index('ana="#untranslated"', text.index('xml:lang="ru"', text.index("<text")))
    doc.write_text(text[:slot] + 'resp="#resp-draft-ru" ' + text[slot:], "utf-8")
    with pytest.raises(InputError) as caught:
        export(project, project / "build")
    assert "slots: slot marked untranslated names @resp='#resp-draft-ru'" in str(caught.value)


# ---------------------------------------------------------------- a right-to-left passage in a left-to-right text

def test_an_arabic_passage_in_an_english_text_is_right_to_left_on_its_page_and_in_search(tmp_path, capsys, new_page):
    """An English report quoting an Arabic sentence (xml:lang="ar", declared in langUsage): the
    reading page gave its p lang="ar" but no dir (only the edition's own languages were looked up for
    their direction), and the search result's excerpt was laid out left to right, its full stop at
    the wrong end. The page's p is dir="rtl" and the excerpt takes its direction from its letters."""
    from lxml import etree
    from conftest import served
    from test_hostile19 import _source
    from test_import_tei import _new, _run
    edition = _new(tmp_path)
    text = ('<text xml:lang="en"><body><p>The commissariat reports.</p>'
            '<p xml:lang="ar">المعاهدة الموقعة في موسكو.</p></body></text>')
    assert _run("--root", edition, "import-tei", _source(tmp_path, text), "--id", "report") == 0
    assert _run("--root", edition, "build", "web") == 0, capsys.readouterr().err
    page = etree.parse(str(edition / "build" / "web" / "en" / "documents" / "report.html"), etree.HTMLParser())
    arabic = [p for p in page.iter("p") if p.get("lang") == "ar"]
    assert arabic and all(p.get("dir") == "rtl" for p in arabic)
    with served(edition / "build" / "web") as url:
        tab = new_page()
        tab.goto(url + "en/search.html?q=%D9%85%D9%88%D8%B3%D9%83%D9%88")
        tab.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
        directions = tab.locator(".search-excerpt").evaluate_all(
            "ps => ps.map(p => [p.lang, getComputedStyle(p).direction])")
        tab.context.close()
    assert directions == [["ar", "rtl"]], directions


def test_an_arabic_passage_is_right_to_left_in_the_book_too(project):
    """The book's stylesheet was told the right-to-left languages among the book's columns and the
    interface only: an Arabic quotation declared in a document's langUsage was set left to right."""
    from triglot.edition import load
    from triglot.print.builder import stylesheet_params
    doc = project / "tei" / "legran-letter-to-chicherin.xml"
    text = doc.read_text("utf-8")
    doc.write_text(text.replace("</langUsage>", '  <language ident="ar">Arabic (a quotation)</language>\n'
                                "      </langUsage>", 1), "utf-8")
    assert "ar" in stylesheet_params(load(project), ["en", "ru"])["rtl-languages"].split()


def test_validate_while_a_writer_is_at_work_does_not_call_its_change_killed(cli, project):
    """Every change of several files has its journal while it is written: validate run beside a
    merge at work said that a command "was killed half way". While a writer holds the edition's
    lock, validate says a command is writing now."""
    from triglot.lock import edition_lock
    with edition_lock(project, "register merge kars-oblast kars"):
        (project / ".triglot-undo").mkdir()          # as the merge at work has it
        (project / ".triglot-undo" / "manifest.json").write_text("[]")
        code, out, err = cli("--root", project, "validate")
        assert "killed" not in out and "another triglot command is writing several files" in out, (code, out, err)


def test_a_journal_is_dropped_though_a_killed_namesake_left_its_folder(cli, project):
    """A command killed while removing its journal leaves .triglot-undo-old-PID; process ids come
    round again (in a container, the same few): a later command of that pid could not drop the next
    journal (os.replace onto a folder not empty: "Directory not empty"), and stopped."""
    (project / f".triglot-undo-old-{os.getpid()}").mkdir()
    (project / f".triglot-undo-old-{os.getpid()}" / "0").write_text("half removed")
    (project / ".triglot-undo").mkdir()
    (project / ".triglot-undo" / "manifest.json").write_text("[]")
    code, out, err = cli("--root", project, *ADD)
    assert code == 0, err
    assert not [p for p in project.iterdir() if p.name.startswith(".triglot-undo")]


def test_a_journal_that_cannot_be_kept_names_the_edition_and_leaves_nothing(cli, project, monkeypatch):
    """A full disk (or a read-only edition folder) while the journal was written: the error named
    .triglot-undo-new-x1y2z3/0, a scratch file no one knows, and left that folder behind. It now
    names the edition's folder and says nothing was changed, and the scratch is gone."""
    import errno
    import pathlib
    real = pathlib.Path.write_bytes

    def full(self, data):
        if self.parent.name.startswith(".triglot-undo-new-"):
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real(self, data)
    before = snapshot(project)
    monkeypatch.setattr(pathlib.Path, "write_bytes", full)
    code, out, err = cli("--root", project, "register", "merge", "kars-oblast", "kars")
    assert code == 1
    assert err.startswith(f"{project}:0: os: No space left on device") and "nothing was changed" in err, err
    assert snapshot(project) == before
    assert not [p for p in project.iterdir() if p.name.startswith(".triglot-undo")]


def test_register_commands_work_on_an_edition_whose_tei_folder_is_a_link(tmp_path, cli):
    """tei/ a link to a shared checkout elsewhere: validate and build read it, but `register add`
    and `merge` stopped with a traceback (a resolved path is not under the edition's folder)."""
    outside = tmp_path / "shared"
    project = copy_project(tmp_path / "project")
    shutil.move(str(project / "tei"), str(outside))
    (project / "tei").symlink_to(outside, target_is_directory=True)
    code, out, err = cli("--root", project, "register", "add", "place", "goris", "--name", "en=Goris",
                         "--name", "ru=Горис", "--name", "hy=Գորիս")
    assert code == 0 and "Traceback" not in err, err
    assert "added place goris: tei/places.xml" in out
    code, out, err = cli("--root", project, "register", "merge", "kars-oblast", "kars")
    assert code == 0 and "Traceback" not in err, err
    assert 'xml:id="kars-oblast"' not in (outside / "places.xml").read_text("utf-8")
    code, out, _ = cli("--root", project, "register", "show", "goris")
    assert out.startswith("tei/places.xml:")


# ---------------------------------------------------------------- encode: a letterhead over the title

@pytest.mark.parametrize("top, title", [
    ("LEAGUE OF NATIONS\nARMENIAN REFUGEES\nREPORT BY THE HIGH COMMISSIONER\n", "ARMENIAN REFUGEES. REPORT BY THE HIGH COMMISSIONER"),
    ("LEAGUE OF NATIONS\n", "LEAGUE OF NATIONS"),      # a body's name alone over the text is its title
])
def test_a_letterhead_is_not_the_title(tmp_path, top, title):
    """Nansen's report to the Council was titled "LEAGUE OF NATIONS", the letterhead of the body
    that issued it, not the report's own heading lines under it."""
    from lxml import etree
    from test_editor_encode_letters import _run
    edition = tmp_path / "ed"
    assert _run("new", edition, "--title", "Papers", "--base", "en", "--translations", "fr", "--publisher", "P") == 0
    seed = edition / "seeds" / "report.txt"
    seed.write_text(top + "\nI have the honour to report on the settlement of the refugees at Erivan.\n", "utf-8")
    assert _run("--root", edition, "encode", seed, "--id", "report") == 0
    doc = etree.parse(str(edition / "tei" / "report.xml"))
    assert doc.find(".//{http://www.tei-c.org/ns/1.0}title[@type='main']").text == title
