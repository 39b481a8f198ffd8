"""Session 17's hostile round on its own additions (round 20): the CSV cells made inert, encode's
letters ('01 years, the proposed correspDesc), the kept register entries of the web edition and
`register add --name-link`, used by careless hands and other projects' files. Each test failed before
its fix."""
from __future__ import annotations

import shutil

import pytest

from conftest import ROOT

T = "{http://www.tei-c.org/ns/1.0}"

# ---------------------------------------------------------------- CSV: cells a spreadsheet would run

RUN = [" =HYPERLINK(\"http://x\")", "  +1+1", "-2+3+cmd|' /C calc'!A0", "-SUM(A1:A9)", " @A1"]
KEEP = ["-0323", "-0323-05-01", "Smith", "1920-05-01", "a = b"]


def test_the_data_tables_make_inert_a_formula_after_spaces_and_a_minus_that_is_no_year():
    """Only "=", "+", "@" as the very first character were caught, and "-" was left alone for the
    years before Christ: " =HYPERLINK(…)" (LibreOffice and Sheets trim the space and run it) and
    "-2+3+cmd|…" (the classic DDE payload, OWASP's own example) went out as they were."""
    from triglot.library.dataset import inert
    assert [inert(v) for v in RUN] == ["'" + v for v in RUN]
    assert [inert(v) for v in KEEP] == KEEP


def test_the_search_pages_csv_download_makes_the_same_cells_inert():
    """search.js csvCell follows the same rule as the data tables (run in Node)."""
    from conftest import search_csv_cells
    out = search_csv_cells(["-2+3", "-SUM(A1)", " =1+1", " @A1"] + ["-0323", "-0323-05-01", "Smith"])
    assert out == ["'-2+3", "'-SUM(A1)", "' =1+1", "' @A1", "-0323", "-0323-05-01", "Smith"]


# ---------------------------------------------------------------- web: the kept register entries

def _damage_in_place(path, old: bytes, new: bytes) -> None:
    """Change the first `old` of the file to `new` of the same length: its size is unchanged."""
    assert len(old) == len(new)
    data = path.read_bytes()
    i = data.index(old)
    path.write_bytes(data[:i] + new + data[i + len(old):])


def test_kept_entries_damaged_in_place_or_swapped_cost_time_not_a_failed_build(tmp_path):
    """The index trusted a kept file of the size it recorded: a file damaged without changing its size
    (a flipped byte, a tag misspelt) stopped the build with a RuntimeError and a traceback ("register
    entry … is neither kept nor rendered; remove build/web-cache"), and another page's file of that
    size would have been copied into the page. The index now records the file's digest."""
    from test_web_incremental import DOC, NAME, cold, files

    from conftest import copy_project, replace_once
    from triglot.build import build
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    kept = sorted((root / "build" / "web-cache" / "registers").glob("*-*.xml"))
    for path in kept:
        _damage_in_place(path, b"<kept key=", b"<kepx key=")
    replace_once(root / "tei" / DOC, NAME, '<persName ref="psn:stalin">Сталина И. В.</persName>')
    build(root, ["web"])
    again = files(root / "build" / "web")
    expected = cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again.get(k) != expected[k]] == []


# ---------------------------------------------------------------- register add --name-link

def _register_edition(tmp_path):
    root = tmp_path / "edition"
    shutil.copytree(ROOT / "tests" / "roots" / "mini", root, ignore=shutil.ignore_patterns("build"))
    return root


def _tei_bytes(root):
    return {p.name: p.read_bytes() for p in (root / "tei").glob("*.xml")}


@pytest.mark.parametrize("option", ["--name-link", "--forename"])
def test_a_control_character_in_a_name_part_is_refused_without_a_traceback(tmp_path, cli, option):
    """The check for control characters read the names, forenames and surnames merged by language, so
    a forename was hidden by the surname of its language, and a name link was never read: lxml's
    ValueError came out as a traceback."""
    root = _register_edition(tmp_path)
    before = _tei_bytes(root)
    langs = __import__("triglot.edition", fromlist=["load"]).load(root).settings.languages
    names = [a for lang in langs[1:] for a in ("--name", f"{lang}=X")]
    code, _, err = cli("--root", root, "register", "add", "person", "wangenheim", "--surname",
                       f"{langs[0]}=Wangenheim", option, f"{langs[0]}=von\x01", *names)
    assert code != 0 and "control character" in err and "Traceback" not in err, err
    assert _tei_bytes(root) == before


@pytest.mark.parametrize("option", ["--name-link", "--surname", "--name"])
def test_two_values_for_one_language_are_refused_not_one_dropped(tmp_path, cli, option):
    """`--name-link en=von --name-link en=de` kept "de" and dropped "von" without a word (so did two
    surnames or names of one language): the editor's first value was lost."""
    root = _register_edition(tmp_path)
    before = _tei_bytes(root)
    langs = __import__("triglot.edition", fromlist=["load"]).load(root).settings.languages
    names = [a for lang in langs[1:] for a in ("--name", f"{lang}=X")]
    base = [] if option == "--surname" else ["--surname", f"{langs[0]}=Wangenheim"]
    if option == "--name":
        base = []
    code, _, err = cli("--root", root, "register", "add", "person", "wangenheim", *base,
                       option, f"{langs[0]}=von", option, f"{langs[0]}=de", *names)
    assert code != 0 and "two" in err and langs[0] in err, err
    assert _tei_bytes(root) == before


# ---------------------------------------------------------------- import-tei: a site's address is no identifier

@pytest.mark.parametrize("home", ["https://example.org/index.html", "https://example.org/#top",
                                  "http://example.org/?lang=en", "https://example.org/index.php?lang=de"])
def test_a_sites_home_page_written_another_way_merges_nobody(tmp_path, home):
    """A site's bare address was no identifier, but the same home page with its index file, a query
    or a fragment was: two persons carrying it were taken as one, the second's mentions pointed at the
    first (Richard Lovell Edgeworth's at his daughter Maria)."""
    from test_import_tei import persons_sharing
    assert persons_sharing(tmp_path, home) == ["psn:a", "psn:b"]


def test_an_address_with_a_number_in_its_query_is_still_an_identifier():
    """The near miss of the rule above: "?p=4521" names one page of the site, not its home page."""
    from triglot.editor.import_tei import authorities
    assert authorities([("uri", "https://example.org/?p=4521")]) == {"uri:example.org/?p=4521"}
    assert authorities([("uri", "https://example.org/index.html#top")]) == set()


# ---------------------------------------------------------------- citations: an author's name link

class _Entry:
    kind = "person"

    def __init__(self, xml: str):
        from lxml import etree
        self.element = etree.fromstring(f'<person xmlns="http://www.tei-c.org/ns/1.0">{xml}</person>')

    def name(self, lang):
        return " ".join("".join(self.element[0].itertext()).split())


class _Edition:
    def __init__(self, entry):
        self._entry = entry

    def entry(self, ref, doc):
        return self._entry


class _Doc:
    id = "letter"

    def __init__(self):
        from lxml import etree
        self.root = etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
                                     '<author><persName ref="psn:wangenheim">Wangenheim</persName></author>'
                                     '</titleStmt></fileDesc></teiHeader></TEI>')


@pytest.mark.parametrize("lang,forename,link,surname", [("en", "Hans", "von", "Wangenheim"),
                                                         ("ru", "Ганс", "фон", "Вангенгейм")])
def test_a_cited_authors_name_link_is_kept(lang, forename, link, surname):
    """An author entered with `register add --name-link` was cited without it: the page said "Hans
    Wangenheim", BibTeX and RIS "Wangenheim, Hans", CSL-JSON family and given names alone."""
    from triglot.web import cite
    entry = _Entry(f'<persName xml:lang="{lang}"><forename>{forename}</forename> <nameLink>{link}</nameLink> '
                   f'<surname>{surname}</surname></persName>')
    names = cite.authors(_Doc(), _Edition(entry), lang)
    assert [cite.display_name(n) for n in names] == [f"{forename} {link} {surname}"]
    assert names[0]["family"] == surname and names[0]["dropping-particle"] == link
    c = cite.Citation("letter", "A letter", [], "", "", "", "", lang, names, [])
    assert f"author = {{{link} {surname}, {forename}}}" in cite.bibtex(c, "Letters")
    assert f"AU  - {surname}, {forename} {link}\r\n" in cite.ris(c, "Letters")


# ---------------------------------------------------------------- import-tei: a source's structured name

@pytest.mark.parametrize("parts,whole", [
    ("<forename>Hans</forename> <nameLink>von</nameLink> <surname>Wangenheim</surname>", "Hans von Wangenheim"),
    ("<forename>John</forename> <surname>Smith</surname> <genName>Jr.</genName>", "John Smith Jr."),
    ("<roleName>Sir</roleName> <forename>Edward</forename> <surname>Grey</surname>", "Sir Edward Grey")])
def test_a_proposed_entry_keeps_every_part_of_the_sources_name(tmp_path, capsys, parts, whole):
    """A source person's name was proposed from its forenames and surname alone: "Hans von Wangenheim"
    became "Hans Wangenheim", "John Smith Jr." "John Smith", "Sir Edward Grey" "Edward Grey"."""
    from lxml import etree

    from test_hostile16 import HEADER
    from test_import_tei import _new, _run
    edition = _new(tmp_path)
    source = tmp_path / "letter.xml"
    source.write_text(HEADER.replace("</fileDesc>", "</fileDesc><profileDesc><particDesc><listPerson>"
                                     f'<person xml:id="a"><persName>{parts}</persName></person>'
                                     "</listPerson></particDesc></profileDesc>")
                      + '<text><body><p>Met <persName ref="#a">him</persName>.</p></body></text></TEI>\n',
                      encoding="utf-8")
    assert _run("--root", edition, "import-tei", source, "--id", "letter") == 0
    persons = etree.parse(str(edition / "tei" / "persons.xml"))
    names = [" ".join("".join(p.find(f"{T}persName").itertext()).split()) for p in persons.iter(f"{T}person")]
    assert whole in names, names
    from test_import_tei import _validate
    code, report = _validate(edition, capsys)
    assert code == 0, report


# ---------------------------------------------------------------- encode --genre letter: the proposed correspDesc

def _letter(tmp_path, text: str, *options: str):
    from lxml import etree

    from triglot.cli import main
    root = tmp_path / "letters"
    assert main(["new", str(root), "--title", "Letters", "--translations", "fr", "--publisher", "Letters Press"]) == 0
    seed = root / "seeds" / "letter.txt"
    seed.parent.mkdir(exist_ok=True)
    seed.write_text(text, encoding="utf-8")
    assert main(["--root", str(root), "encode", str(seed), "--id", "letter", "--genre", "letter", *options]) == 0
    return etree.parse(str(root / "tei" / "letter.xml")).find(f"{T}teiHeader/{T}profileDesc/{T}correspDesc")


def _senders(desc):
    action = desc.find(f"{T}correspAction[@type='sent']")
    return [(el.tag.split("}")[1], el.text) for el in action if el.tag.split("}")[1] != "date"]


def test_a_letter_signed_by_a_body_names_the_body_as_its_sender(tmp_path):
    """A letter signed "League of Nations Union" (a body, tagged as one in its last line) was proposed
    with no sender: only persons were read from the signature."""
    desc = _letter(tmp_path, "GENEVA, Jan. 1, 1920.\n\nDear Sir,\n\nI write to you.\n\nLeague of Nations Union\n")
    assert ("orgName", "League of Nations Union") in _senders(desc)


def test_a_body_named_beside_a_signer_is_not_the_sender(tmp_path):
    """The near miss: "Robert Cecil, League of Nations Union" (Cecil not tagged) was signed by Cecil,
    for the Union: the body is the sender only when the line is its name alone."""
    desc = _letter(tmp_path, "GENEVA, Jan. 1, 1920.\n\nDear Sir,\n\nI write to you.\n\n"
                             "Robert Cecil, League of Nations Union\n")
    assert [kind for kind, _ in _senders(desc)] == ["placeName"], _senders(desc)


@pytest.mark.parametrize("link", ["Hans von Wangenheim", "von Wangenheim"])
def test_a_name_link_that_holds_the_surname_is_refused(tmp_path, cli, link):
    """`--name-link "en=Hans von Wangenheim"` (the whole name where the particle was asked for) was
    taken: the register named him "Hans von Wangenheim Wangenheim" on every page and in every export."""
    root = _register_edition(tmp_path)
    before = _tei_bytes(root)
    langs = __import__("triglot.edition", fromlist=["load"]).load(root).settings.languages
    names = [a for lang in langs[1:] for a in ("--name", f"{lang}=X")]
    code, _, err = cli("--root", root, "register", "add", "person", "wangenheim", "--surname",
                       f"{langs[0]}=Wangenheim", "--name-link", f"{langs[0]}={link}", *names)
    assert code != 0 and "name-link" in err and "Traceback" not in err, err
    assert _tei_bytes(root) == before


def test_a_name_link_that_only_begins_like_the_surname_is_taken(tmp_path, cli):
    """The near miss: "von" before the surname "Vo" holds no surname (words, not letters, compared)."""
    root = _register_edition(tmp_path)
    langs = __import__("triglot.edition", fromlist=["load"]).load(root).settings.languages
    names = [a for lang in langs[1:] for a in ("--name", f"{lang}=X")]
    code, _, err = cli("--root", root, "register", "add", "person", "vo", "--surname", f"{langs[0]}=Vo",
                       "--name-link", f"{langs[0]}=von", *names)
    assert code == 0, err


@pytest.mark.parametrize("text,genre", [("To Edward House:\n", "letter"), ("Robert Lansing\n", "letter"),
                                        ("LONDON, Jan. 1, 1901.\n\nRobert Lansing\n", "letter"),
                                        ("Robert Lansing\n", "")])
def test_a_text_of_a_closing_line_alone_is_a_document_its_schema_admits(tmp_path, capsys, text, genre):
    """A seed whose only text line reads as a closing one (a signature, a short last line) was encoded
    as a div holding a trailer and nothing before it, which TEI refuses ("Did not expect element
    trailer there"): encode wrote a document validate then refused. With no body, it is a paragraph."""
    from triglot.cli import main
    root = tmp_path / "letters"
    assert main(["new", str(root), "--title", "Letters", "--translations", "fr", "--publisher", "Letters Press"]) == 0
    seed = root / "seeds" / "letter.txt"
    seed.parent.mkdir(exist_ok=True)
    seed.write_text(text, encoding="utf-8")
    genre_options = ["--genre", genre] if genre else []
    assert main(["--root", str(root), "encode", str(seed), "--id", "letter", *genre_options]) == 0
    capsys.readouterr()
    main(["--root", str(root), "validate"])
    said = capsys.readouterr()
    assert "tei-schema" not in said.out + said.err, said.out + said.err
