"""Session 21's hostile round (round 26) on sessions 20's and 21's additions: the tagger on hostile
text (runs of digits, initials, words; a paragraph is up to 100,000 characters), search indexing when
Pagefind misbehaves, print with hostile content. Each test failed before its fix.

No test here is timed: each holds the property that keeps the work linear (no token starts inside
a run of digits, a name holds at most four initials, one search of the text for "dynasty", a place's
name no longer than the gazetteer's longest), which a paragraph of 100,000 characters showed lacking
(minutes of tagging for one line of "1111…", "A. A. A. …", "Qajar\\nQajar\\n…" or "St. St. …")."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import triglot_process as _triglot


# ---------------------------------------------------------------- the tagger on long runs

def test_no_word_starts_inside_a_run_of_digits():
    """TOKEN's ordinal ('11th') was tried from every digit of a run: a line of 100,000 digits read
    each digit to the end of the run (5·10⁹ steps, minutes). A run's ordinal starts at its first digit."""
    from triglot.editor.recognize import TOKEN
    assert TOKEN.match("12345th", 2) is None
    assert [m[0] for m in TOKEN.finditer("the 11th Army, 12345 and 2nd")] == ["the", "11th", "Army", "and", "2nd"]


def test_a_name_in_capitals_holds_at_most_four_initials():
    """CAPS_PERSON read any number of initials before a name's word: a paragraph of 'A. A. A. …' was
    read again from each initial to its end. Four are the most a name has ('S. D. McREYNOLDS')."""
    from triglot.editor.recognize_advocacy import CAPS_PERSON
    assert CAPS_PERSON.search("met S. D. McREYNOLDS and JOHN A. STEWART")[0] == "S. D. McREYNOLDS"
    found = CAPS_PERSON.search("A. B. C. D. E. F. JONES")
    assert found is None or found[0].count(".") <= 4


def test_the_text_is_searched_for_dynasty_once_not_once_for_each_name(monkeypatch, name_index):
    """'Qajar Persia' where the text says 'the Qajar dynasty' is read as the family's adjective; each
    run of capitals searched the whole paragraph for its word before 'dynasty', so a paragraph of
    runs (a list of names one a line, 100,000 characters) took minutes."""
    import re as real_re
    from triglot.editor import recognize
    from conftest import proposals
    searched = []

    class Counting:
        def __getattr__(self, name):
            return getattr(real_re, name)

        def search(self, pattern, *args, **kwargs):
            if "dynast" in str(pattern):
                searched.append(pattern)
            return real_re.search(pattern, *args, **kwargs)
    monkeypatch.setattr(recognize, "re", Counting())
    text = "\n".join(["Qajar Persia fell."] + [f"Zorab{n} Mikoyan{n}" for n in range(200)]) + "\nThe Qajar dynasty."
    found = proposals(text, name_index)
    assert len(searched) <= 1, len(searched)
    assert ("Qajar", "placeName") not in [(t, g) for t, g, _, _ in found]      # as before the change
    assert recognize._before_dynasty(text, "Qajar") and not recognize._before_dynasty(text, "Persia")
    assert recognize._before_dynasty("the al-Qajar dynasty", "Qajar")
    assert not recognize._before_dynasty("the XQajar dynasty", "Qajar")


def test_a_run_of_words_is_looked_up_as_a_place_no_longer_than_the_gazetteers_longest_name():
    """A place run into a person ('Palestine Mustapha Kemal') was looked for by joining the run's
    first k words for every k: a run of 16,000 words ('St. St. …') joined 16,000 ever longer names."""
    from triglot.editor.recognize import Recogniser, _tokens, _Word
    recogniser = Recogniser()
    real, looked = recogniser.gazetteer, []

    class Counting:
        def __getattr__(self, name):
            return getattr(real, name)

        def place(self, name):
            looked.append(name)
            return real.place(name)
    recogniser.gazetteer = Counting()
    recogniser.forenames.add("Mustapha")
    recogniser.full_names.add("Kemal")
    text = "Gaza " * 3000 + "Mustapha Kemal"
    words = [_Word(m.start(), m.end(), m.group()) for m in _tokens(text)]
    assert recogniser._place_before_person(text, words) == []
    assert len(looked) < 200, len(looked)
    found = recogniser._place_before_person("Palestine Mustapha Kemal", [
        _Word(m.start(), m.end(), m.group()) for m in _tokens("Palestine Mustapha Kemal")])
    assert [m.text for m in found] == ["Palestine", "Mustapha Kemal"]



def test_a_list_of_names_is_read_from_at_most_forty_before_its_and():
    """PLACE_LIST ('Chiatura, Senaki and Abasha') read any number of names before 'and': a paragraph
    of 'Van, Van, …' with no 'and' was read again from each name to its end (40 s for 100,000
    characters). A list longer than LIST_ITEMS names is read from its last ones."""
    from triglot.editor.recognize import LIST_ITEMS, PLACE_LIST
    assert PLACE_LIST.search("towns in western Georgia—Chiatura, Senaki and Abasha")[0] == "Chiatura, Senaki and Abasha"
    long = ", ".join(f"Town{i}" for i in range(LIST_ITEMS + 20)) + " and Last"
    assert PLACE_LIST.match(long) is None
    assert PLACE_LIST.search(long)[0].count(",") == LIST_ITEMS



def test_a_names_army_numeral_is_looked_for_just_before_it(monkeypatch, name_index):
    """'the III. Caucasian Army': the numeral before each name was searched for in the whole text
    before the name, for every name: 20,000 names in a paragraph ('Van, Van, …') took minutes."""
    from triglot.editor import recognize
    from conftest import proposals
    real, read = recognize.ARMY_NUMERAL, []

    class Reading:
        def search(self, text, pos=0, endpos=None):
            read.append((endpos if endpos is not None else len(text)) - pos)
            return real.search(text, pos, endpos if endpos is not None else len(text))
    monkeypatch.setattr(recognize, "ARMY_NUMERAL", Reading())
    found = proposals("Words " * 200 + "and then the III. Caucasian Army, Kars, Van.", name_index)
    assert read and max(read) <= 10, max(read)
    assert ("III. Caucasian Army", "orgName") in [(t, g) for t, g, _, _ in found], found


class _Counted(list):
    """A list that counts how often it is read through."""
    reads = 0

    def __iter__(self):
        type(self).reads += 1
        return super().__iter__()


def test_the_register_names_of_a_paragraph_are_read_once_not_once_for_each_new_name(name_index):
    """tagger.new_names read every register name of the paragraph for each name found (three times
    over): 20,000 names in a paragraph of 100,000 characters were 10⁹ comparisons."""
    from triglot.editor.recognize import Recogniser
    from triglot.editor.tagger import new_names
    text = "Zorabian, " * 300 + "and Ozanian met Legran in Kars."
    known = _Counted([(text.index("Legran"), text.index("Legran") + 6), (text.index("Kars"), text.index("Kars") + 4)])
    _Counted.reads = 0
    names = new_names(text, known, Recogniser(known_surnames=name_index.surnames()), people=[known[0]])
    assert _Counted.reads <= 4, _Counted.reads
    assert "Ozanian" in [m.text for m in names]



def test_a_run_of_bodies_in_capitals_is_read_once_not_from_each_head_word(monkeypatch):
    """capital_names.kept_capitals went on from each head word through 'OF X' to the run's end:
    'COMMITTEE OF COMMITTEE OF …' (100,000 characters) read the run once for each COMMITTEE."""
    from triglot.editor import capital_names
    asked = []

    class Joins(frozenset):
        def __contains__(self, word):
            asked.append(word)
            return frozenset.__contains__(self, word)
    monkeypatch.setattr(capital_names, "JOINS", Joins(capital_names.JOINS))
    words = ["COMMITTEE", "OF", "UNION"] * 300
    gaps = [" "] * len(words)
    nowhere = type("Nowhere", (), {"place": lambda self, name: None})()
    kept = capital_names.kept_capitals(words, gaps, nowhere, org_heads={"committee"})
    assert len(asked) <= 2 * len(words), len(asked)
    assert kept == {i for i, w in enumerate(words) if w != "OF"}
    words = "THE BUREAU OF FOREIGN AND DOMESTIC COMMERCE SAID".split()
    assert capital_names.kept_capitals(words, [" "] * len(words), nowhere, org_heads={"bureau"}) == {1, 3, 5, 6, 7}


def test_the_word_before_a_body_in_capitals_is_read_back_from_it_not_from_the_texts_start(monkeypatch):
    """recognize_league searched the whole text before each 'COUNCIL OF X' for the word in capitals
    before it ('ARMENIAN NATIONAL UNION OF AMERICA'): a paragraph of such names was a minute."""
    from triglot.editor import recognize_league
    real, read = recognize_league.re, []

    class Reading:
        def __getattr__(self, name):
            return getattr(real, name)

        def search(self, pattern, string, *args):
            read.append(len(string))
            return real.search(pattern, string, *args)
    monkeypatch.setattr(recognize_league, "re", Reading())
    text = "Words of no name. " * 300 + "The COUNCIL OF ARMENIA met the ARMENIAN NATIONAL UNION OF AMERICA."
    found = recognize_league.league_mentions(text)
    assert max(read, default=0) < 1000, max(read)
    assert [text[s:e] for s, e, kind, _ in found if kind == "org"] == ["COUNCIL OF ARMENIA"], found



def test_the_year_before_an_address_is_looked_for_just_before_it(monkeypatch):
    """recognize_streets ('70 Fifth Avenue', round 27) searched the whole text before each address
    for a year ('In 1920 Kars Road …'): a paragraph of addresses was minutes."""
    from triglot.editor import recognize_streets
    real, read = recognize_streets.YEAR_BEFORE, []

    class Reading:
        def search(self, text, pos=0, endpos=None):
            endpos = len(text) if endpos is None else endpos
            read.append(endpos - pos)
            return real.search(text, pos, endpos)
    monkeypatch.setattr(recognize_streets, "YEAR_BEFORE", Reading())
    text = "Words of no street. " * 100 + "Write to 70 Fifth Avenue. In 1920 Kars Road was built."
    found = [text[s:e] for s, e, _, _ in recognize_streets.street_mentions(text)]
    assert max(read) <= 200, max(read)
    assert found == ["Fifth Avenue"], found


def test_the_mentions_a_rule_found_are_told_apart_without_comparing_each_with_all(monkeypatch, name_index):
    """Recogniser._find told a street of a house rule by `p in house` and remembered the names its
    reference and League rules found by `m in works or m in league`, comparing each mention with every
    one of theirs (and wrote the paragraph out again for each street): 20,000 addresses in a paragraph
    were 10⁸ comparisons of mentions."""
    from triglot.editor import recognize
    from conftest import proposals
    compared = []
    real = recognize.Mention.__eq__

    def counting(self, other):
        compared.append(1)
        return real(self, other)
    monkeypatch.setattr(recognize.Mention, "__eq__", counting)
    found = proposals("At 70 Fifth Avenue, " * 150 + "the COUNCIL OF ARMENIA met.", name_index)
    assert len(compared) < 1000, len(compared)
    assert ("Fifth Avenue", "placeName") in [(t, g) for t, g, _, _ in found]



def test_a_head_word_is_judged_by_the_words_since_the_last_of_alone(monkeypatch):
    """_named_head ('the Erivan Khanate of Iran') read the whole run for its last 'of' each time the
    run grew by a word: 'Committee for Committee for …' (100,000 characters) took 16 s to encode."""
    from triglot.editor.recognize import _named_head, _Word
    read = []

    class Word(_Word):
        def __getattribute__(self, name):
            if name == "text":
                read.append(1)
            return object.__getattribute__(self, name)
    run = [Word(i, i + 1, t) for i, t in enumerate(["Committee", "for"] * 1000 + ["Erivan", "Khanate"])]
    assert _named_head(run)
    assert len(read) < 20, len(read)
    words = lambda *texts: [_Word(i, i + 1, t) for i, t in enumerate(texts)]     # noqa: E731
    assert _named_head(words("Erivan", "Khanate")) and _named_head(words("Republic", "of", "Erivan", "Khanate"))
    assert not _named_head(words("Executive", "Committee", "of", "the", "Union"))


# ---------------------------------------------------------------- Pagefind misbehaving

def _site(tmp_path):
    """The mini edition built once with the real Pagefind, then a passage edited (so its bundle is
    indexed again) and the bundle cache emptied; the published site's files and their bytes."""
    import shutil
    from conftest import make_project, replace_once
    root = make_project(tmp_path)
    code, out = _triglot("--root", root, "build", "web")
    assert code == 0, out
    replace_once(root / "tei" / "mini.xml", "comment form of the website", "comment form of the site")
    shutil.rmtree(root / "build" / "web-cache" / "pagefind")
    return root, _files(root / "build" / "web")


def _files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _fake(tmp_path, body):
    program = tmp_path / "pagefind"
    program.write_text(f"#!/bin/sh\n{body}\n", "utf-8")
    program.chmod(0o755)
    return program


def _built_with_fake(tmp_path, root, body, **env):
    """`build web` of `root` with a fake Pagefind running `body` (a shell script) and `env` set."""
    return _triglot("--root", root, "build", "web", env={"PAGEFIND_BINARY_PATH": _fake(tmp_path, body), **env})


def test_a_pagefind_that_writes_nothing_and_exits_0_is_named_with_its_bundle(tmp_path):
    """It was told as '…/build/.web.new.0g7cxa5a/pagefind/en:0: os: No such file or directory', a
    temporary folder gone when the message was read, and no word of Pagefind or of the bundle."""
    root, before = _site(tmp_path)
    code, out = _triglot("--root", root, "build", "web", env={"PAGEFIND_BINARY_PATH": _fake(tmp_path, "exit 0")})
    assert code == 1 and "Traceback" not in out, out
    assert "pagefind:0: search-index: Pagefind exited 0 but wrote no pagefind/en/pagefind-entry.json" in out, out
    assert _files(root / "build" / "web") == before


def test_a_pagefind_that_hangs_is_stopped_and_named_with_its_bundle(tmp_path):
    """No bound: a Pagefind that never ended (here a wrapper script whose child sleeps) held the build
    and the edition's lock for ever; killing the script alone left its child holding the log's pipe."""
    root, before = _site(tmp_path)
    code, out = _built_with_fake(tmp_path, root, "sleep 600", TRIGLOT_PAGEFIND_SECONDS="2")
    assert code == 1 and "Traceback" not in out, out
    assert "Pagefind failed on the passages of pagefind/en (killed by signal 9): no answer after 2 s" in out, out
    assert _files(root / "build" / "web") == before
    left = subprocess.run(["pgrep", "-f", "sleep 600"], capture_output=True, text=True).stdout.split()
    assert not [p for p in left if Path(f"/proc/{p}/cmdline").read_bytes() == b"sleep\x00600\x00"]


def test_pagefind_binary_path_naming_no_program_is_said_so(tmp_path):
    """The shell's '13893: 1: exec: /x/pagefind: not found (exit 127)' was the message, for each bundle."""
    root, before = _site(tmp_path)
    code, out = _triglot("--root", root, "build", "web", env={"PAGEFIND_BINARY_PATH": tmp_path / "nothing"})
    assert code == 1 and "Traceback" not in out, out
    assert "PAGEFIND_BINARY_PATH:0: search-index: " in out and "is no program that can be run" in out, out
    assert _files(root / "build" / "web") == before


def test_kept_bundles_of_another_pagefind_are_not_linked_beside_this_ones(tmp_path):
    """The kept bundles were keyed by the pagefind package's version alone: with PAGEFIND_BINARY_PATH
    naming another Pagefind, an edit of a Russian slot re-indexed Russian with it and linked the
    English and Armenian bundles the first Pagefind had made, two Pagefinds' bundles in one site."""
    from conftest import copy_project
    from triglot.web.search import pagefind_program
    root = copy_project(tmp_path / "ed")
    code, out = _triglot("--root", root, "build", "web")
    assert code == 0, out
    log = tmp_path / "ran.txt"
    other = {"PAGEFIND_BINARY_PATH": _fake(tmp_path, f'echo "$@" >> {log}\nexec {pagefind_program()[0]} "$@"')}
    doc = root / "tei" / "chicherin-documents-1920.xml"
    doc.write_text(doc.read_text("utf-8").replace("Об экспансионизме Советского", "Об экспансионизме советского", 1),
                   "utf-8")
    code, out = _triglot("--root", root, "build", "web", env=other)
    assert code == 0, out
    bundles = [p.parent for p in (root / "build" / "web" / "pagefind").rglob("pagefind-entry.json")]
    assert len(bundles) >= 3
    assert log.read_text("utf-8").count("--output-path") == len(bundles), log.read_text("utf-8")


def test_a_pagefind_that_hangs_using_no_cpu_is_stopped_long_before_the_overall_bound(tmp_path):
    """Pagefind can hang with every thread waiting (seen in a helper's build, and reproduced by removing
    its input folder while it read it): the build waited out the overall bound, an hour, holding the
    edition's lock. A Pagefind whose process group uses no CPU for TRIGLOT_PAGEFIND_IDLE_SECONDS is
    stopped and named (session 25)."""
    root, before = _site(tmp_path)
    code, out = _built_with_fake(tmp_path, root, "sleep 600", TRIGLOT_PAGEFIND_IDLE_SECONDS="2")
    assert code == 1 and "Traceback" not in out, out
    assert "Pagefind failed on the passages of pagefind/en (killed by signal 9): no CPU used for 2 s" in out, out
    assert _files(root / "build" / "web") == before


def test_a_pagefind_at_work_is_not_taken_for_hung(tmp_path):
    """The idle bound counts CPU of the whole process group: a wrapper script whose child does the work
    (the script itself idle) is not stopped while its child computes (about 3 s of CPU)."""
    root, _ = _site(tmp_path)
    busy = "sh -c 'i=0; while [ $i -lt 3000000 ]; do i=$((i+1)); done'; exit 0"
    code, out = _built_with_fake(tmp_path, root, busy, TRIGLOT_PAGEFIND_IDLE_SECONDS="1")
    assert code == 1 and "no CPU used" not in out, out
    assert "Pagefind exited 0 but wrote no pagefind/en/pagefind-entry.json" in out, out
