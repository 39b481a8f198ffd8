"""hostile47: what hostile46 left: `new` under a file, import-tei's refusals named at the source, a licence whose
status is unknown, a witness detail's words.

Material: Digital Mitford's letter to Haydon (1821), byte for byte (tests/data/import-tei/README.md: source, commit,
licence); where a test needs a shape the letter has not, it changes one place of the real file in the test itself,
and says which.
"""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from test_hostile46_import import _listed

DATA = Path(__file__).resolve().parent / "data" / "import-tei"
T = "{http://www.tei-c.org/ns/1.0}"
HAYDON = DATA / "mitford-1821-10-31-BRHaydon.xml"
HEADER = ('<teiHeader><fileDesc><titleStmt><title>Limits</title></titleStmt><publicationStmt><availability>'
          '<licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence></availability>'
          '</publicationStmt><sourceDesc><p>A hostile round\'s input.</p></sourceDesc></fileDesc></teiHeader>')


def _new(cli, tmp_path: Path, base: str = "en", translations: str = "fr") -> Path:
    edition = tmp_path / "letters"
    code, _, err = cli("new", edition, "--title", "Letters", "--base", base, "--translations", translations,
                       "--publisher", "Import Test Press")
    assert code == 0, err
    return edition


def _files(edition: Path) -> dict[str, bytes]:
    """Every file of the edition but its cache and its lock (which the lock keeps, as every writer does)."""
    return {str(p.relative_to(edition)): p.read_bytes() for p in sorted(edition.rglob("*")) if p.is_file()
            and "build" not in p.relative_to(edition).parts and p.name != ".triglot.lock"}


def _haydon_with(tmp_path: Path, old_pattern: str, new: str) -> Path:
    text = HAYDON.read_text("utf-8")
    changed, n = re.subn(old_pattern, new, text, count=1)
    assert n == 1
    source = tmp_path / "haydon.xml"
    source.write_text(changed, "utf-8")
    return source


def _line(source: Path, needle: str) -> int:
    return next(n for n, t in enumerate(source.read_text("utf-8").split("\n"), 1) if needle in t)


# -- new ------------------------------------------------------------------------------------------------------------

def test_new_under_a_path_that_is_a_file_names_the_file(cli, tmp_path):
    """`triglot new notes.txt/edition`: mkdir's error reached the user as "…/notes.txt:0: os: File exists",
    naming neither the path given nor why; nothing is written beside the file either."""
    (tmp_path / "notes.txt").write_text("an editor's notes\n", "utf-8")
    code, out, err = cli("new", tmp_path / "notes.txt" / "edition" / "one", "--title", "T", "--base", "en",
                         "--translations", "fr", "--publisher", "P")
    assert code == 1
    assert err.splitlines() == [f"{tmp_path}/notes.txt/edition/one:0: new: {tmp_path}/notes.txt is a file, not a "
                                "folder: the edition cannot be made inside it; nothing written (give a folder's path)"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert (tmp_path / "notes.txt").read_text("utf-8") == "an editor's notes\n"


# -- import-tei's refusals at the source ------------------------------------------------------------------------------

def _refused_import(cli, tmp_path, name: str, body: str) -> tuple[Path, str]:
    """A TEI source of `body` (after its header) imported into a new edition: refused, the edition's files as they
    were; (the source, the refusal's line)."""
    edition = _new(cli, tmp_path)
    before = _files(edition)
    source = tmp_path / f"{name}.xml"
    source.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}\n{body}</TEI>\n', "utf-8")
    code, out, err = cli("--root", edition, "import-tei", source)
    assert code == 1
    assert _files(edition) == before
    return source, err.splitlines()[-1]


def test_a_source_nested_within_the_limit_but_not_once_imported_is_refused_at_its_line(cli, tmp_path):
    """A paragraph of 95 nested `hi` is within the limit in the source (100 levels) and over it in the document
    the import writes, whose TEI, text, body and divisions wrap it: the refusal named tei/deep.xml:117, a file
    that does not exist. It names the source's line of that paragraph and what is over the limit."""
    source, said = _refused_import(cli, tmp_path, "deep", '<text><body>\n<div><p>short</p>\n'
                                   f'<p>{"<hi>" * 95}deep{"</hi>" * 95}</p></div></body></text>')
    assert said == (f"{source}:4: limit: imported, the text from here would be over a limit of the edition in "
                    "tei/deep.xml: elements nested more than 100 deep; the limit is 100 (the document's own elements "
                    "nest the source's text deeper than the source does); nothing written")


def test_a_paragraph_whose_dropped_tag_joins_two_texts_over_the_limit_is_refused_at_its_line(cli, tmp_path):
    """Two texts of 60,000 characters each side of an `rs`, whose tag the import drops: one text of 120,000 in
    the document, over the limit of 100,000, refused at tei/joined.xml's line 117; now at the source's."""
    source, said = _refused_import(cli, tmp_path, "joined", '<text><body><div>\n'
                                   f'<p>{"word " * 12000}<rs>{"more " * 12000}</rs></p></div></body></text>')
    assert said.startswith(f"{source}:3: limit: imported, the text from here would be over a limit of the edition "
                           "in tei/joined.xml: a text or attribute value of ")
    assert said.endswith("(the tags the edition drops join the texts around them); nothing written")


# -- licences -----------------------------------------------------------------------------------------------------

def test_a_public_domain_whose_status_is_unknown_is_no_open_licence(cli, tmp_path):
    """The letter's licence replaced by "Public domain status unknown" (changed in this test): "public domain"
    was read as an open licence and the text imported under the edition's own. A librarian reads a status
    unknown as not cleared: refused, as a source stating no licence is, naming why at the availability's line."""
    source = _haydon_with(tmp_path, r"<licence>Distributed under a Creative Commons[^<]*</licence>",
                          "<licence>Public domain status unknown</licence>")
    edition = _new(cli, tmp_path)
    before = _files(edition)
    code, out, err = cli("--root", edition, "import-tei", source, "--id", "letter")
    assert code == 1
    line = _line(source, "<availability>")
    assert err.splitlines()[-1] == (
        f"{source}:{line}: import-tei: its licence (Public "
        "domain status unknown) leaves its rights unsettled (“status unknown”): a status unknown is no open licence: "
        "the edition would republish the text under its own licence; check that it may, then import with "
        "--licence-checked (the header records it)")
    assert _files(edition) == before


def test_a_rights_statement_of_copyright_undetermined_is_no_open_licence():
    """rightsstatements.org's "Copyright Undetermined" (UND), as Europeana's and DPLA's records give it: none of
    its statements is a licence."""
    from triglot.editor.import_tei import licence_of
    root = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><publicationStmt><availability>'
        '<licence target="http://rightsstatements.org/vocab/UND/1.0/">Copyright Undetermined</licence>'
        '</availability></publicationStmt></fileDesc></teiHeader></TEI>')
    assert licence_of(root) == ("Copyright Undetermined <http://rightsstatements.org/vocab/UND/1.0/>", False)


def test_the_public_domain_in_the_united_states_alone_is_no_open_licence():
    """"Public domain in the United States" (Wikisource's and HathiTrust's "pdus"): free there, not where the
    edition is read; it passed as "public domain"."""
    from triglot.editor.import_tei import licence_of
    root = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><publicationStmt><availability>'
        '<p>Public domain in the United States.</p></availability></publicationStmt></fileDesc></teiHeader></TEI>')
    assert licence_of(root)[1] is False


def test_the_public_domain_in_the_united_states_and_elsewhere_is_an_open_licence():
    """Wikimedia Commons' and Wikisource's statement (PD-US with PD-old-100) goes on from the United States to
    every country whose term is the author's life plus 100 years or less: it was refused as "the public domain
    in the United States", its first clause read alone (review36)."""
    from triglot.editor.import_tei import licence_of
    root = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><publicationStmt><availability><p>This work '
        'is in the public domain in the United States because it was published before January 1, 1931. The author '
        'died in 1855, so this work is also in the public domain in countries and areas where the copyright term is '
        "the author's life plus 100 years or less.</p></availability></publicationStmt></fileDesc></teiHeader></TEI>")
    assert licence_of(root)[1] is True


def test_a_refused_public_domain_of_one_country_says_so(cli, tmp_path):
    """The refusal names why: one country's public domain, not "a status unknown" (review36)."""
    source = _haydon_with(tmp_path, r"<licence>Distributed under a Creative Commons[^<]*</licence>",
                          "<licence>Public domain in the United States.</licence>")
    edition = _new(cli, tmp_path)
    code, out, err = cli("--root", edition, "import-tei", source, "--id", "letter")
    assert code == 1
    assert ("leaves its rights unsettled (“Public domain in the United States”): the public domain of one country "
            "alone is no open licence: ") in err.splitlines()[-1], err


def test_the_public_domain_said_plainly_stays_an_open_licence():
    """The contrast: "This text is in the public domain." is open, as before."""
    from triglot.editor.import_tei import licence_of
    root = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><publicationStmt><availability>'
        '<p>This text is in the public domain.</p></availability></publicationStmt></fileDesc></teiHeader></TEI>')
    assert licence_of(root) == ("This text is in the public domain.", True)


# -- a witness detail -----------------------------------------------------------------------------------------------

def _imported(cli, tmp_path, source: Path) -> tuple[Path, str]:
    edition = _new(cli, tmp_path)
    code, out, err = cli("--root", edition, "import-tei", source, "--id", "letter")
    assert code == 0, err
    return edition, out


def _base_text(edition: Path) -> str:
    base = etree.parse(str(edition / "tei" / "letter.xml")).find(f".//{T}div[@type='base']")
    return " ".join(" ".join(base.itertext()).split())


def test_a_witness_detail_inside_an_app_is_listed_as_left_out(cli, tmp_path):
    """A `witDetail` in the letter's first app (added in this test): its words were dropped without a word; a
    reader of the edition lost what the source's editors said of the print there. Listed at its line now."""
    text = HAYDON.read_text("utf-8")
    at = text.index("</app>", text.index("bride cake"))
    source = tmp_path / "haydon.xml"
    source.write_text(text[:at] + '<witDetail wit="#LEst1870">hyphenated in the print</witDetail>' + text[at:], "utf-8")
    edition, said = _imported(cli, tmp_path, source)
    assert (str(_line(source, "witDetail")), "hyphenated in the print — a detail of a witness in the source's "
            "apparatus") in _listed(edition), _listed(edition)
    assert "witDetail ×1" in said.split("left out: ")[1].split("\n")[0], said


def test_a_witness_detail_after_an_app_stays_out_of_the_text(cli, tmp_path):
    """The same detail after the app, where TEI allows it too: its words ran into the letter's text ("bride
    cakehyphenated in the print arrived"). They are listed as left out, and the document validates."""
    text = HAYDON.read_text("utf-8")
    at = text.index("</app>", text.index("bride cake")) + len("</app>")
    source = tmp_path / "haydon.xml"
    source.write_text(text[:at] + '<witDetail wit="#LEst1870">hyphenated in the print</witDetail>' + text[at:], "utf-8")
    edition, said = _imported(cli, tmp_path, source)
    assert "hyphenated" not in _base_text(edition)
    assert "The magnificent portion of bride cake arrived this morning" in _base_text(edition)
    assert any(what == "hyphenated in the print — a detail of a witness in the source's apparatus"
               for _, what in _listed(edition)), _listed(edition)
    code, out, err = cli("--root", edition, "validate")
    assert code == 0, out + err
