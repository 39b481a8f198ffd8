"""Session 16's hostile round: session 15's additions (`import-tei` above all, the most hostile input
the toolkit reads: files from other projects) used by a careless or hostile user. Each test failed
before its fix."""
from __future__ import annotations

import pytest

from test_import_tei import _new, _run, _snapshot

HEADER = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>x</title></titleStmt>'
          '<publicationStmt><publisher>Q</publisher><availability><licence '
          'target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence></availability>'
          '</publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>\n')


def _source(tmp_path, body: str, name: str = "source.xml"):
    path = tmp_path / name
    path.write_text(HEADER + f"<text><body>{body}</body></text></TEI>\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- an id that is a register's file

@pytest.mark.parametrize("command", ["import-tei", "encode"])
def test_a_document_is_never_written_over_a_register_even_with_force(tmp_path, capsys, command):
    """`import-tei SOURCE --id persons --force` replaced tei/persons.xml, the persons register, with a
    document: every name of the edition lost its entry, and validate then spoke only of a seed no
    document encodes. `encode --id persons --force` did the same. A register is not a document."""
    edition = _new(tmp_path)
    if command == "import-tei":
        source = _source(tmp_path, "<p>a</p>")
    else:
        source = tmp_path / "seed.txt"
        source.write_text("A text.\n", encoding="utf-8")
    before = _snapshot(edition)
    capsys.readouterr()
    assert _run("--root", edition, command, source, "--id", "persons", "--force") == 1
    err = capsys.readouterr().err
    assert f"tei/persons.xml:0: {command}: persons.xml is the register 'persons'" in err, err
    assert "Traceback" not in err
    assert _snapshot(edition) == before


# ---------------------------------------------------------------- the same key in two lists

def test_a_name_pointing_into_the_persons_list_is_not_taken_for_the_sources_own_entry_of_that_key(tmp_path):
    """The letter's own particDesc and the project's persons list both had a "p1": "list.xml#p1" (Bob)
    was taken for the letter's "#p1" (Ann), so Bob's name pointed at Ann's proposed entry and Bob was
    never proposed. Keys are now kept per file."""
    from lxml import etree
    edition = _new(tmp_path)
    (tmp_path / "list.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPerson><person xml:id="p1">'
        '<persName>Listed Bob</persName></person></listPerson></body></text></TEI>', encoding="utf-8")
    source = tmp_path / "letter.xml"
    source.write_text(HEADER.replace("</fileDesc>", '</fileDesc><profileDesc><particDesc><listPerson><person '
                                     'xml:id="p1"><persName>Local Ann</persName></person></listPerson>'
                                     '</particDesc></profileDesc>')
                      + '<text><body><p><persName ref="#p1">Ann</persName> wrote to <persName ref="list.xml#p1">'
                        'Bob</persName>.</p></body></text></TEI>\n', encoding="utf-8")
    assert _run("--root", edition, "import-tei", source, "--id", "letter", "--persons", tmp_path / "list.xml") == 0
    t = {"t": "http://www.tei-c.org/ns/1.0"}
    refs = {n.text: n.get("ref") for n in etree.parse(str(edition / "tei" / "letter.xml")).iterfind(".//t:p/t:persName", t)}
    persons = etree.parse(str(edition / "tei" / "persons.xml"))
    named = {"psn:" + p.get("{http://www.w3.org/XML/1998/namespace}id"): p.findtext("t:persName", "", t)
             for p in persons.iterfind(".//t:person", t)}
    assert (named.get(refs["Ann"]), named.get(refs["Bob"])) == ("Local Ann", "Listed Bob")


# ---------------------------------------------------------------- a list that is not one

@pytest.mark.parametrize("content", [
    "<html><body><p>Ann</p></body></html>",
    '<TEI><text><body><listPerson><person xml:id="p1"><persName>Ann</persName></person></listPerson></body></text></TEI>',
])
def test_a_persons_list_that_is_not_a_tei_list_is_refused(tmp_path, capsys, content):
    """An HTML page, or TEI without its namespace, given as --persons was taken as a list with no
    entries: the import succeeded and every name silently lost its pointer."""
    edition = _new(tmp_path)
    (tmp_path / "list.xml").write_text(content, encoding="utf-8")
    source = _source(tmp_path, '<p><persName ref="list.xml#p1">Ann</persName></p>')
    before = _snapshot(edition)
    capsys.readouterr()
    assert _run("--root", edition, "import-tei", source, "--id", "letter", "--persons", tmp_path / "list.xml") == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'list.xml'}:1: import-tei: the persons file list.xml holds no TEI person" in err, err
    assert "Traceback" not in err
    assert _snapshot(edition) == before


# ---------------------------------------------------------------- fidelity after an editor's edit

def test_a_last_block_left_out_is_reported_at_its_own_line_of_the_seed(tmp_path, capsys):
    """An editor deleted the imported document's last paragraph (seed line 5): fidelity named seed
    line 3, the paragraph before it, because the first difference fell on the space joining them."""
    edition = _new(tmp_path)
    source = tmp_path / "letter.xml"
    source.write_text(HEADER + "<text><body>\n<p>First paragraph\nwith two lines.</p>\n<p>Second one here.</p>\n"
                               "</body></text></TEI>\n", encoding="utf-8")
    assert _run("--root", edition, "import-tei", source, "--id", "letter") == 0
    doc = edition / "tei" / "letter.xml"
    text = doc.read_text(encoding="utf-8")
    for cut in ('<p xml:id="letter.p2">Second one here.</p>', '<ab corresp="#letter.p2" ana="#untranslated" '
                                                              'xml:id="letter.p2.fr"/>'):
        assert cut in text
        text = text.replace(cut, "")
    doc.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert _run("--root", edition, "validate") == 1
    out = capsys.readouterr()
    assert "fidelity: the base text departs from seeds/letter.xml line 5: " in out.out + out.err, out


# ---------------------------------------------------------------- an edition's catalog

def test_a_translation_naming_a_placeholder_its_msgid_has_not_stops_the_build_at_its_line(tmp_path, cli):
    """An edition's Russian catalog with "{edtion}" for "{edition}" built, and the Russian chronology's
    description read "{edtion} — хронология…", braces and all."""
    root, own = _russian_interface(tmp_path)
    text = own.read_text("utf-8")
    assert text.count('msgstr "{edition} — хронология') == 1
    own.write_text(text.replace('msgstr "{edition} — хронология', 'msgstr "{edtion} — хронология'), "utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1)
                if row.startswith('msgid "Chronology of the events that the documents of {edition} date."'))
    code, _, err = cli("--root", root, "build", "web")
    assert code == 1 and "Traceback" not in err
    assert f"translations/ui/ru/LC_MESSAGES/ui.po:{line}: catalog: " in err and "{edtion}" in err, err
    assert not (root / "build" / "web").exists()


# ---------------------------------------------------------------- an XInclude

def test_an_xinclude_is_not_followed_and_is_listed_as_left_out_at_its_line(tmp_path, capsys):
    """A source that keeps a chapter in another file (`<xi:include href="chapter2.xml"/>`) imported
    with no word of it: neither the import's report nor the document said a part was missing."""
    from lxml import etree
    edition = _new(tmp_path)
    source = _source(tmp_path, '<p>One.</p>\n<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                               'href="chapter2.xml"/>\n<p>Two <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                               'href="part.xml"/> three.</p>')
    capsys.readouterr()
    assert _run("--root", edition, "import-tei", source, "--id", "letter") == 0
    assert "left out: xi:include (not followed) ×2" in capsys.readouterr().out
    items = etree.parse(str(edition / "tei" / "letter.xml")).iterfind(
        ".//t:samplingDecl//t:item", {"t": "http://www.tei-c.org/ns/1.0"})
    assert [(i.get("n"), i[0].text) for i in items] == [("3", "chapter2.xml"), ("4", "part.xml")]
    assert _run("--root", edition, "validate") == 0


@pytest.mark.parametrize("tail, line_of, what", [
    ('\nmsgid "About this document"\nmsgstr "О документе (исправлено)"\n', "last msgid", "is given twice"),
    ('\nmsgid "Unclosed\nmsgstr "x"\n', "last msgid", "not PO syntax"),
])
def test_a_broken_entry_of_an_editions_catalog_stops_the_build_at_its_line(tmp_path, cli, tail, line_of, what):
    """Babel passes over an unclosed quote or a msgid given twice, dropping the entry; since the
    toolkit's catalog now fills the msgids an edition's lacks, the editor's translation was replaced
    by the toolkit's without a word (msgfmt refuses both)."""
    root, own = _russian_interface(tmp_path)
    text = own.read_text("utf-8") + tail
    own.write_text(text, "utf-8")
    line = max(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("msgid"))
    code, _, err = cli("--root", root, "build", "web")
    assert code == 1 and "Traceback" not in err
    assert f"ui.po:{line}: catalog: " in err and what in err, err


def test_an_editions_catalog_saved_in_latin_1_is_named_at_its_line_relative_to_the_edition(tmp_path, cli):
    """A catalog saved in another encoding was reported at line 0 with its absolute path and
    Python's codec message; the editor needs the line of the first bad byte, as `translations
    import` gives for a text catalog."""
    root, own = _russian_interface(tmp_path)
    data = own.read_bytes()
    at = data.index(b'msgstr "', 2000) + len(b'msgstr "')
    own.write_bytes(data[:at] + "é".encode("latin-1") + data[at:])
    line = data[:at].count(b"\n") + 1
    code, _, err = cli("--root", root, "build", "web")
    assert code == 1 and "Traceback" not in err
    assert err.startswith(f"translations/ui/ru/LC_MESSAGES/ui.po:{line}: catalog: invalid UTF-8 (byte 0xe9)"), err


# ---------------------------------------------------------------- no places register

def test_an_import_needing_a_places_register_the_settings_lack_says_how_to_add_one(tmp_path, capsys):
    """With no places register, the import that proposes places told the editor to add
    `orgs = { file = "orgs.xml", kind = "place" }`: the name of the organisations register."""
    from test_import_tei import _import
    edition = _new(tmp_path)
    settings = edition / "triglot.toml"
    text = settings.read_text("utf-8")
    line = next(row for row in text.splitlines() if row.startswith("places = "))
    settings.write_text(text.replace(line + "\n", ""), "utf-8")
    (edition / "tei" / "places.xml").unlink()
    before = _snapshot(edition)
    capsys.readouterr()
    assert _import(edition, "me-huntington-1804") == 1
    err = capsys.readouterr().err
    assert 'the settings name no register of place entries: add one under [registers] (e.g. places = ' \
           '{ file = "places.xml", kind = "place" })' in err, err
    assert _snapshot(edition) == before


# ---------------------------------------------------------------- --force over an encoded document

def test_import_with_force_over_an_encoded_document_removes_its_plain_text_seed(tmp_path, capsys):
    """`import-tei --id doc --force` over a document `encode` made replaced tei/doc.xml and wrote
    seeds/doc.xml, but left seeds/doc.txt: validate then failed on a seed no document encodes."""
    edition = _new(tmp_path)
    (edition / "seeds" / "doc.txt").write_text("A plain text.\n", encoding="utf-8")
    assert _run("--root", edition, "encode", edition / "seeds" / "doc.txt", "--id", "doc") == 0
    source = _source(tmp_path, "<p>The received text.</p>")
    capsys.readouterr()
    assert _run("--root", edition, "import-tei", source, "--id", "doc", "--force") == 0
    assert "removed seeds/doc.txt" in capsys.readouterr().out
    assert sorted(p.name for p in (edition / "seeds").iterdir()) == ["doc.xml"]
    assert _run("--root", edition, "validate") == 0


def _russian_interface(tmp_path):
    """A small edition with a Russian interface and its own copy of the toolkit's Russian catalog."""
    import shutil

    from conftest import ROOT, make_project
    root = make_project(tmp_path, "polyglot-mini")
    settings = root / "triglot.toml"
    settings.write_text(settings.read_text("utf-8").replace('interface = ["en"]', 'interface = ["en", "ru"]'), "utf-8")
    own = root / "translations" / "ui" / "ru" / "LC_MESSAGES" / "ui.po"
    own.parent.mkdir(parents=True)
    shutil.copy(ROOT / "translations" / "ui" / "ru" / "LC_MESSAGES" / "ui.po", own)
    return root, own
