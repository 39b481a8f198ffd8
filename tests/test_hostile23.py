"""Session 19's hostile round (round 23) on session 18's later additions: released register ids
with a hand-edited list, the copies kept after killed commands, split registers, the edition
statement. Each test failed before its fix."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from test_editor_register import project, snapshot  # noqa: F401 (the edition with its translations)

ADD = ("register", "add", "place", "goris", "--name", "en=Goris", "--name", "ru=Горис", "--name", "hy=Գորիս")


# ---------------------------------------------------------------- the released lists edited by hand

@pytest.mark.parametrize("name", ["released-entries.txt", "released-ids.txt"])
def test_a_released_list_saved_with_a_byte_order_mark_is_read_as_before(cli, project, name):
    """An editor's program that saves UTF-8 with a BOM made the header's first line, '\\ufeff# Released …',
    an id: validate refused the edition ('the register entry \\ufeff# Released register entry ids … was
    released'), export said that identifier was gone."""
    path = project / "tei" / name
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    from triglot.edition import load
    from triglot.library.identifiers import released_problems
    from triglot.validate.released_entries import problems
    edition = load(project)
    assert problems(edition) == [] and released_problems(edition) == []


def test_two_ids_run_together_on_a_line_are_told_so_and_both_stay_released(cli, project):
    """A line 'kars kars-oblast' (a hand edit joining two lines) was one id with a space, 'released
    and no entry has it': the message asked for <idno type="former">kars kars-oblast</idno>, and
    kars counted as never released, so `rename kars` recorded no former id."""
    path = project / "tei" / "released-entries.txt"
    text = path.read_text("utf-8").replace("kars\nkars-oblast\n", "kars kars-oblast\n")
    path.write_text(text, "utf-8")
    line = text.splitlines().index("kars kars-oblast") + 1
    code, out, err = cli("--root", project, "validate")
    assert code == 1
    assert f"tei/released-entries.txt:{line}: released-id: one id a line: 'kars kars-oblast' holds 2" in out + err
    assert "was released" not in out + err
    assert cli("--root", project, "register", "rename", "kars", "kars-city")[0] == 0
    from test_register_ids import formers
    assert formers(project, "places", "kars-city") == ["kars"]


def test_a_remark_after_a_released_id_is_no_id(cli, project):
    """'kars-oblast  # merged into kars' was three ids, two of them ('#', 'merged', …) 'released and
    no entry has it'."""
    path = project / "tei" / "released-entries.txt"
    path.write_text(path.read_text("utf-8").replace("kars-oblast\n", "kars-oblast  # merged into kars\n"), "utf-8")
    code, out, err = cli("--root", project, "validate")
    assert code == 0, out + err


def test_an_export_that_releases_an_entry_keeps_the_lists_remarks(cli, project):
    """The export wrote the list again from the ids whenever it released a new one: an editor's
    remark after an id, and any line of their own, were gone."""
    path = project / "tei" / "released-entries.txt"
    text = path.read_text("utf-8").replace("kars-oblast\n", "kars-oblast  # merged into kars\n")
    path.write_text(text, "utf-8")
    assert cli("--root", project, *ADD)[0] == 0
    from triglot.edition import load
    from triglot.validate.released_entries import record
    assert record(load(project)) == ["goris"]
    lines = path.read_text("utf-8").splitlines()
    assert sorted(lines) == sorted(text.splitlines() + ["goris"])      # every line kept, the new id added
    ids = [line.split("#")[0].strip() for line in lines if line.strip() and not line.startswith("#")]
    assert ids == sorted(ids)


def test_a_text_pointing_at_a_former_id_is_told_which_entry_took_it_over(cli, project):
    """After `merge kars-oblast kars`, a passage pasted from before the merge (plc:kars-oblast) was
    told only "no entry 'kars-oblast' in places.xml", while places.xml holds kars-oblast as Kars's
    former id: the editor was left to guess whether to restore the entry (a second Kars)."""
    from conftest import replace_once
    assert cli("--root", project, "register", "merge", "kars-oblast", "kars")[0] == 0
    doc = project / "tei" / "chicherin-documents-1920.xml"
    replace_once(doc, 'ref="plc:kars"', 'ref="plc:kars-oblast"')
    code, out, err = cli("--root", project, "validate")
    assert code == 1
    assert ("@ref='plc:kars-oblast': no entry 'kars-oblast' in places.xml: kars-oblast is a former id of kars "
            "(renamed or merged into it), kept for old links; point at kars") in out + err


# ---------------------------------------------------------------- copies kept after killed commands

def _kill_merge(tmp_path, project):
    """`register merge kars-oblast kars` SIGKILLed after its first file written."""
    from test_hostile21 import KILLER
    killer = tmp_path / "killer.py"
    killer.write_text(KILLER, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(killer), "--root", str(project), "register", "merge",
                           "kars-oblast", "kars"], env={**os.environ, "KILL_AFTER": "1"},
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == -9


def _hand_edit(places, old: bytes, words: str) -> None:
    """The editor puts back what places.xml held (git checkout) and adds work of their own."""
    places.write_bytes(old.replace(b"</listPlace>", f"<!-- {words} --></listPlace>".encode(), 1))


def test_a_second_kill_keeps_the_first_kills_copy(cli, project, tmp_path):
    """Two killed merges, places.xml edited by hand after each: the second kill's copy was written
    over the first one's, and what places.xml held before the first kill (the only copy) was lost."""
    places = project / "tei" / "places.xml"
    first = places.read_bytes()
    _kill_merge(tmp_path, project)
    _hand_edit(places, first, "work one")
    assert cli("--root", project, *ADD)[0] == 0
    second = places.read_bytes()
    _kill_merge(tmp_path, project)
    _hand_edit(places, second, "work two")
    code, out, err = cli("--root", project, "register", "add", "place", "goris-2", "--name", "en=Goris Two",
                         "--name", "ru=Горис Два", "--name", "hy=Գորիս Երկու")
    assert code == 0, err
    kept = project / ".triglot-before-kill" / "tei"
    assert (kept / "places.xml").read_bytes() == first
    assert (kept / "places.2.xml").read_bytes() == second
    assert "tei/places.xml (before: .triglot-before-kill/tei/places.2.xml)" in err


@pytest.mark.parametrize("kind", ["link", "file"])
def test_a_kept_copies_folder_that_is_a_link_or_a_file_is_refused_and_the_journal_kept(cli, project, tmp_path, kind):
    """A .triglot-before-kill that is a link to a folder elsewhere had the copy written there, outside
    the edition; one that is a file stopped the command with '…/tei:0: os: Not a directory'. Now
    the command stops saying what to move, writes nothing outside, and keeps the journal."""
    places = project / "tei" / "places.xml"
    old = places.read_bytes()
    _kill_merge(tmp_path, project)
    _hand_edit(places, old, "the editor's work")
    outside = tmp_path / "outside"
    outside.mkdir()
    if kind == "link":
        os.symlink(outside, project / ".triglot-before-kill")
    else:
        (project / ".triglot-before-kill").write_text("someone's notes")
    before = snapshot(project)
    code, out, err = cli("--root", project, *ADD)
    assert code == 1
    assert ".triglot-before-kill:0: undo: not a real folder" in err and "Traceback" not in err
    assert list(outside.iterdir()) == []
    assert snapshot(project) == before and (project / ".triglot-undo").is_dir()


# ---------------------------------------------------------------- encode --genre letter: two From lines

def test_a_memorandum_from_two_senders_is_titled_from_both(tmp_path):
    """'From: X' and 'From: Y' over 'To: Z' (a memorandum of two signatories) was titled
    'From X from Y to Z'."""
    from lxml import etree
    from test_editor_encode_letters import _corresp, _parties, _run
    edition = tmp_path / "ed"
    assert _run("new", edition, "--title", "Papers", "--base", "en", "--translations", "fr", "--publisher", "P") == 0
    seed = edition / "seeds" / "memo.txt"
    seed.write_text("From: A. B. Smith\nFrom: C. D. Jones\nTo: Walter H. Page\n\n"
                    "The President has read your letter and agrees with it.\n", "utf-8")
    assert _run("--root", edition, "encode", seed, "--id", "memo", "--genre", "letter") == 0
    doc = etree.parse(str(edition / "tei" / "memo.xml"))
    assert doc.find(".//{http://www.tei-c.org/ns/1.0}title[@type='main']").text == \
        "From A. B. Smith and C. D. Jones to Walter H. Page"
    assert [name for _, name in _parties(_corresp(doc), "sent")] == ["A. B. Smith", "C. D. Jones"]


# ---------------------------------------------------------------- footnote labels of many columns

def test_the_all_languages_book_of_three_or_four_translations_has_a_label_series_per_column():
    """`triglot new --translations fr,de,es` then `build`: the default book en-fr-de-es stopped with
    'the book has more columns than default label series' (two series, a and A), though new
    says the edition builds at once."""
    from types import SimpleNamespace
    from triglot.print.builder import note_labels
    settings = SimpleNamespace(note_labels={}, base="en")
    for langs in (["en", "fr", "de", "es"], ["en", "fr", "de", "es", "it"]):
        labels = note_labels(settings, langs)
        assert sorted(labels) == sorted(langs[1:])
        chars = [c for series in labels.values() for c in series]
        assert len(chars) == len(set(chars)) and not any(c.isdigit() for c in chars)


# ---------------------------------------------------------------- former ids recorded by hand

@pytest.mark.parametrize("where, record, said", [
    ("batum-oblast", "kars-oblast", "batum-oblast records kars-oblast as a former id, and so does kars"),
    ("kars", "kars-oblast", "kars records kars-oblast as a former id twice"),
    ("kars", "kars  oblast", "kars's former id 'kars oblast' is no id"),
    ("kars", " ", "kars's former id '' is no id"),
])
def test_a_former_id_recorded_twice_or_no_id_is_refused(cli, project, where, record, said):
    """After `merge kars-oblast kars`, a second record of kars-oblast (a hand edit, or two branches'
    merges joined in git) passed validate, and the web gave two anchors one id, an old link
    landing on whichever came first; a record of two words or none passed too, and the web wrote
    id="kars oblast"."""
    from lxml import etree
    from triglot.tei import NS
    assert cli("--root", project, "register", "merge", "kars-oblast", "kars")[0] == 0
    places = project / "tei" / "places.xml"
    tree = etree.parse(str(places))
    entry = tree.find(f".//t:place[@xml:id='{where}']", {**NS, "xml": "http://www.w3.org/XML/1998/namespace"})
    idno = etree.SubElement(entry, "{http://www.tei-c.org/ns/1.0}idno", type="former")
    idno.text = record
    tree.write(str(places), encoding="utf-8")
    line = etree.parse(str(places)).xpath(f"//*[@xml:id='{where}']/*[local-name()='idno'][@type='former'][last()]")[0].sourceline
    code, out, err = cli("--root", project, "validate")
    assert code == 1 and f"tei/places.xml:{line}: released-id: {said}" in out + err, out + err


# ---------------------------------------------------------------- register add: a name's first character

@pytest.mark.parametrize("option", ["--name", "--surname", "--variant"])
def test_a_name_beginning_with_a_combining_mark_is_refused(cli, project, option):
    """'\\u0301Ani' (an accent typed before its letter) went in: the register page showed the accent
    on nothing, and the letter index filed the name under A as if the accent were not there."""
    before = snapshot(project)
    value = "\u0301Ani" if option == "--variant" else "en=\u0301Ani"
    args = ["register", "add", "place" if option != "--surname" else "person", "ani", "--name", "ru=Ани",
            "--name", "hy=Անի"]
    args += ["--name", "en=Ani", option, value] if option == "--variant" else \
        ([option, value, "--forename", "en=X"] if option == "--surname" else [option, value])
    code, out, err = cli("--root", project, *args)
    assert code == 1 and "begins with a combining mark (U+0301)" in err and "Traceback" not in err
    assert snapshot(project) == before


# ---------------------------------------------------------------- the printed imprint

def _imprint(root, langs=("en", "fr")) -> str:
    """The imprint of the book `langs` as print.xsl writes it: its paragraphs' text, ' | ' between."""
    from lxml import html
    from triglot.edition import load
    from triglot.print import book
    from triglot.print.builder import stylesheet_params, stylesheet_path
    from triglot.xslt import compile_stylesheet, transform_to_string
    edition = load(root)
    out = transform_to_string(compile_stylesheet(stylesheet_path(root)),
                              book.front_source(edition, list(langs), [], pad=False),
                              params=stylesheet_params(edition, list(langs)))
    return " | ".join(" ".join(p.text_content().split())
                      for p in html.fromstring(out.encode("utf-8")).xpath("//section[@class='imprint']/p"))


def test_the_imprint_of_a_new_edition_states_its_licence_and_no_empty_edition_line(tmp_path):
    """A new edition, built at once as `triglot new` says it may be: its books' imprint read
    'Edition: — ,' and 'Licence:' with nothing after, though the settings state both."""
    from test_editor_encode_letters import _run
    root = tmp_path / "ed"
    assert _run("new", root, "--title", "Papers", "--base", "en", "--translations", "fr", "--publisher", "P",
                "--licence-url", "https://creativecommons.org/licenses/by/4.0/",
                "--licence-label", "CC BY 4.0") == 0
    text = _imprint(root)
    assert "—" not in text and "Edition:" not in text, text
    assert text.startswith("P | Licence: CC BY 4.0https://creativecommons.org/licenses/by/4.0/ |"), text   # a <br/> between


def test_an_edition_line_without_a_statement_has_no_dangling_dash(tmp_path):
    """Documents stating a version and no statement (<edition n="0.1"/>, as a foreign TEI file
    imported gives it) printed 'Edition: 0.1 — , 2026-…'."""
    import re
    from conftest import copy_project
    root = copy_project(tmp_path / "project")
    for path in (root / "tei").glob("*.xml"):
        text = path.read_text("utf-8")
        path.write_text(re.sub(r'(<edition n="[^"]*")>[^<]*</edition>', r"\1/>", text), "utf-8")
    text = _imprint(root, ("en", "ru"))
    assert re.match(r"Edition · Издание: 0\.1, \d{4}-\d\d-\d\d \|", text), text


@pytest.mark.parametrize("command", [("show", "kars-oblast"), ("rename", "kars-oblast", "kars-region"),
                                     ("merge", "kars-oblast", "batum-oblast")])
def test_a_register_command_given_a_former_id_names_the_entry_that_took_it_over(cli, project, command):
    """After `merge kars-oblast kars`, `register show kars-oblast` (an id from an old link) said only
    "no entry with the id 'kars-oblast'": the editor could not tell it had been merged, and where."""
    assert cli("--root", project, "register", "merge", "kars-oblast", "kars")[0] == 0
    before = snapshot(project)
    code, out, err = cli("--root", project, "register", *command)
    assert code == 1 and "Traceback" not in err
    assert "no entry with the id 'kars-oblast' in the registers: kars-oblast is a former id of kars" in err, err
    assert snapshot(project) == before


# ---------------------------------------------------------------- an entry id the register page uses

def test_an_entry_id_the_register_page_uses_itself_is_refused(cli, project):
    """`register add place main` (the river Main) went in: its register page then had two id="main"
    (the page's <main>, the skip link's target, and the entry), and persons.html#main, the entry's
    own link, landed on the top of the page."""
    before = snapshot(project)
    code, out, err = cli("--root", project, "register", "add", "place", "main", "--name", "en=Main",
                         "--name", "ru=Майн", "--name", "hy=Մայն", "--type", "river")
    assert code == 1 and "main: an id the web edition's register page uses for a part of its own" in err, err
    assert snapshot(project) == before
    code, out, err = cli("--root", project, "register", "rename", "kars", "letter-k")
    assert code == 1 and "letter-k: an id the web edition's register page uses" in err, err
    assert snapshot(project) == before


# ---------------------------------------------------------------- settings read after the check

@pytest.mark.parametrize("table, key, value, said", [
    ("print.note-labels", "fr", '"a b c"', "must be distinct letters"),
    ("print.note-labels", "fr", '"aab"', "must be distinct letters"),
    ("print.note-labels", "web", "5", "must be a non-empty string"),
    ("print.title", "fr", '""', "must be a non-empty string"),
    ("edition", "editors", "[5]", "edition.editors"),
])
def test_a_wrong_note_label_print_title_or_editor_is_refused_at_its_line(tmp_path, table, key, value, said):
    """These keys were read inside the Settings(...) call, after the problems were raised: a wrong
    value was reported to no one, and kept ('ru = \\"a b\\"' handed print.xsl the labels 'a', ' ', 'b'), or
    dropped without a word (a key written under [print.note-labels] by mistake)."""
    from test_settings import MINIMAL
    from triglot.problems import InputError
    from triglot.settings import parse
    text = MINIMAL.replace("[edition]\n", f"[edition]\n{key} = {value}\n") if table == "edition" else \
        MINIMAL + f"[{table}]\n{key} = {value}\n"
    line = text.splitlines().index(f"{key} = {value}") + 1
    with pytest.raises(InputError) as exc:
        parse(text, tmp_path / "triglot.toml")
    assert any(f"triglot.toml:{line}: settings:" in str(p) and said in str(p) for p in exc.value.problems), \
        exc.value.problems


def test_an_entry_id_that_is_another_entrys_name_id_is_refused(cli, project):
    """An entry "kars-name" beside "kars": the register page gave kars's heading id="kars-name" and
    the new entry its anchor id="kars-name" (two on one page), and the document cards' titles
    card-places-kars-name the same (left open by hostile 23)."""
    before = snapshot(project)
    code, out, err = cli("--root", project, "register", "add", "place", "kars-name", "--name", "en=Kars Name",
                         "--name", "ru=Карс", "--name", "hy=Կարս", "--type", "settlement")
    assert code == 1 and "kars-name: the id the web edition gives the name of entry kars" in err, err
    assert snapshot(project) == before
