"""Journey 15: an editor imports TEI of three other projects into a German edition with French and
Turkish slots (a DTA soldier's letter, a GerDraCor play, an article of Dingler's Polytechnisches
Journal) and publishes it; each test holds one fault that journey found (sources, commits, licences
and cuts: tests/data/journey15/README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

DATA = Path(__file__).resolve().parent / "data" / "journey15"
T = "{http://www.tei-c.org/ns/1.0}"


def _run(*args) -> int:
    from triglot.cli import main
    return main([str(a) for a in args])


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    """A new edition, German base text, French and Turkish slots, with the three sources imported."""
    root = tmp_path_factory.mktemp("journey15") / "stimmen"
    assert _run("new", root, "--title", "Stimmen", "--base", "de", "--translations", "fr,tr",
                "--publisher", "Verein für Quellenkunde") == 0
    for name, doc_id in (("leisewitz-besuch.xml", "besuch"), ("soldatenbrief-004.xml", "brief4"),
                         ("dingler-pj001-ar001001.xml", "dingler")):
        assert _run("--root", root, "import-tei", DATA / name, "--id", doc_id) == 0
    assert _run("--root", root, "import-tei", DATA / "lassberg-letter-1741.xml", "--id", "lassberg1741",
                "--persons", DATA / "lassberg-persons.xml", "--places", DATA / "lassberg-places.xml") == 0
    return root


def _doc(root: Path, doc_id: str):
    return etree.parse(str(root / "tei" / f"{doc_id}.xml"))


def test_a_title_page_in_front_is_listed_as_left_out_not_lost(edition, capsys):
    """GerDraCor's play has its title page in text/front: the reader read text/body only, so the
    author's and the play's names vanished while samplingDecl said "no line is omitted"."""
    doc = _doc(edition, "besuch")
    items = {normalize(i) for i in doc.iterfind(f".//{T}samplingDecl//{T}item")}
    assert any("Johann Anton Leisewitz" in i and "Der Besuch um Mitternacht" in i for i in items), items
    seed = (DATA / "leisewitz-besuch.xml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(seed, 1) if "<titlePage>" in text)
    assert any(i.get("n") == str(line) for i in doc.iter(f"{T}item")), "listed at the title page's line"
    capsys.readouterr()
    assert _run("--root", edition, "validate") == 0, capsys.readouterr()


def _site_info(root: Path, doc_id: str):
    from triglot.edition import load
    from triglot.web.data import gather_document
    edition = load(root)
    return gather_document(edition, next(d for d in edition.documents if d.id == doc_id)).info


def test_a_genre_still_to_be_supplied_is_no_document_type(edition):
    """An imported (or encoded) document's genre is a gap for the editor: the home page's type filter
    offered it as an empty option, an error for the W3C Nu checker (option without label, empty)."""
    assert _site_info(edition, "besuch").kind == []


def test_the_date_the_source_file_was_published_is_not_the_date_of_the_text(edition):
    """Dingler Online's header dates its TEI file 2022-09-26: the import wrote it as the seed's date,
    and the site listed an article of 1820 as "Published September 26, 2022"."""
    doc = _doc(edition, "dingler")
    bibl = doc.find(f".//{T}sourceDesc/{T}bibl[@type='seed']")
    assert bibl.find(f"{T}date") is None
    assert "2022-09-26" in normalize(bibl), "the file's date is kept, as the received edition's"
    info = _site_info(edition, "dingler")
    assert "2022" not in "".join(info.date_attrs.values())


def test_names_in_the_source_header_are_read_as_names_not_as_all_their_text(edition):
    """GerDraCor gives an author's Wikidata and GND numbers inside author, the DTA a persName with
    the surname first, the Dingler publisher an e-mail address and a postal address: the imported
    header read all their text, so the site said "Johann Anton Leisewitz Q64063 118571370",
    "Kamiet Joachim D." and "wiegand@bbaw.de Deutsches Textarchiv (Dingler) … 10117 Berlin Germany"."""
    def seed(doc_id, what):
        return [normalize(e) for e in _doc(edition, doc_id).iterfind(f".//{T}bibl[@type='seed']/{T}{what}")]
    assert seed("besuch", "author") == ["Johann Anton Leisewitz"]
    assert seed("brief4", "author") == ["Joachim D. Kamiet"]
    assert normalize(_doc(edition, "brief4").find(f".//{T}titleStmt/{T}author")) == "Joachim D. Kamiet"
    publishers = seed("dingler", "publisher")
    assert publishers and not any("@" in p or "10117" in p for p in publishers), publishers
    assert "Deutsches Textarchiv (Dingler)" in publishers[0]


def test_a_space_of_the_source_keeps_the_words_apart(edition):
    """The soldier signs "1757<space dim="horizontal"/>Jochen Diederich Kamiet": space lost its tag
    like any unknown element and the edition read "1757Jochen"."""
    texts = [normalize(p) for p in _doc(edition, "brief4").iterfind(f".//{T}div[@type='base']//{T}p")]
    assert "1757 Jochen Diederich Kamiet" in texts, texts


def test_a_reader_sees_what_the_edition_left_out_of_its_source(edition):
    """Dingler's footnote and figure captions, the play's title page: listed in samplingDecl, but
    neither the site nor anything a reader sees said that the text shown is not all the source holds."""
    from lxml import html
    assert _run("--root", edition, "build", "web") == 0
    page = html.parse(str(edition / "build" / "web" / "en" / "documents" / "dingler.html")).getroot()
    listed = [" ".join(li.text_content().split()) for li in page.xpath("//ul[@class='omitted']/li")]
    assert any("Der mechanische Theil wird" in li and "note of the source" in li for li in listed), listed
    assert len(listed) == len(list(_doc(edition, "dingler").iterfind(f".//{T}samplingDecl//{T}item")))


def test_the_source_editors_other_versions_of_a_letter_are_not_its_text(edition):
    """The Lassberg letters hold the transcription, then a normalised version, an English translation
    and a summary (div type="normalized|translation|summary"): all four became the German base text,
    the letter told twice and then in English, as four documents of the edition."""
    doc = _doc(edition, "lassberg1741")
    base = doc.find(f".//{T}div[@type='base']")
    text = normalize(base)
    assert "Hochgeehrter Herr Baron" in text
    assert "Honored Baron" not in text and "gestern ist endlich" not in text and "berichtet" not in text
    assert len(base.findall(f".//{T}div[@type='document']")) == 1
    items = [normalize(i) for i in doc.iterfind(f".//{T}samplingDecl//{T}item")]
    assert any("Honored Baron" in i and "translation" in i for i in items), items
    assert any("berichtet Joseph von Laßberg" in i and "summary" in i for i in items), items


def test_a_key_naming_a_list_file_and_entry_finds_the_entry(edition):
    """The letter's correspondents carry @key="../register/lassberg-persons.xml#lassberg-correspondent-0367"
    and @ref (their GND URI); the place only @key. The importer read the @ref, found no register
    entry with that GND number, and listed the names as unresolved; the @key's file path was read as
    part of the entry's id."""
    doc = _doc(edition, "lassberg1741")
    sent = doc.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}persName").get("ref", "").startswith("psn:")
    assert sent.find(f"{T}placeName").get("ref", "").startswith("plc:")
    persons = etree.parse(str(edition / "tei" / "persons.xml"))
    gnd = [normalize(i) for i in persons.iter(f"{T}idno")]
    assert any("118805851" in i for i in gnd), gnd


def test_an_identifier_on_the_lists_name_is_kept_in_the_proposed_entry(edition):
    """The Lassberg places list gives Basel's Wikidata URI on its placeName (<placeName
    ref="https://www.wikidata.org/wiki/Q78">): the proposed entry had no identifier, so nothing could
    later match it by authority."""
    places = etree.parse(str(edition / "tei" / "places.xml"))
    basel = next(p for p in places.iter(f"{T}place") if p.get("{http://www.w3.org/XML/1998/namespace}id")
                 == "lassberg-place-0019")
    assert "https://www.wikidata.org/wiki/Q78" in [normalize(i) for i in basel.iter(f"{T}idno")]


def test_a_referring_string_of_a_person_or_place_is_a_name(edition):
    """The Lassberg letters tag names as rs type="person|place" with a @key into their lists: the tag
    was dropped, so Basel was no place of the edition."""
    base = _doc(edition, "lassberg1741").find(f".//{T}div[@type='base']")
    places = [(normalize(p), p.get("ref", "")) for p in base.iter(f"{T}placeName")]
    assert ("Basel", "plc:lassberg-place-0019") in places, places
    assert "meinen Hauswirth" in [normalize(p) for p in base.iter(f"{T}persName")]
    assert not [normalize(r) for r in base.iter(f"{T}persName", f"{T}placeName") if "Bildern" in normalize(r)]


def test_an_edition_made_before_a_new_interface_string_still_builds(edition, tmp_path):
    """`triglot new` copies the interface catalogs into the edition, and an edition's catalog replaced
    the toolkit's whole: the journey's edition, made before the toolkit gained a string, stopped
    `build web` with a Saxon traceback ("interface string not in the catalog")."""
    import re
    import shutil
    old = tmp_path / "old"
    shutil.copytree(edition, old, ignore=shutil.ignore_patterns("build"))
    catalog = old / "translations" / "ui" / "en" / "LC_MESSAGES" / "ui.po"
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(re.sub(r'\nmsgid "Left out of the source"\nmsgstr ""\n', "\n", text), encoding="utf-8")
    assert "Left out of the source" not in catalog.read_text(encoding="utf-8")
    assert _run("--root", old, "build", "web") == 0
    assert "Left out of the source" in (old / "build" / "web" / "en" / "documents" / "dingler.html").read_text(
        encoding="utf-8")


def test_a_suspended_hyphen_does_not_end_a_line(edition):
    """"Lehr- und Erfahrungssaze", "auf- und abwärts": where a line ended after the hyphen, pdftotext
    and poppler viewers joined it with the next line as a hyphenated word, and the reader copied
    "aufund abwaͤrts" from the book. The hyphen, its spaces and the next word are kept on one line
    (class dash-keep, as a dash is), the characters unchanged."""
    from lxml import html
    assert _run("--root", edition, "build", "web") == 0
    page = html.parse(str(edition / "build" / "web" / "en" / "documents" / "dingler.html")).getroot()
    kept = [" ".join(s.text_content().split()) for s in page.xpath("//span[@class='dash-keep']")]
    assert "Lehr- und" in kept, kept


PLACEHOLDER = "to be supplied by the editor"


def test_a_title_still_to_be_supplied_is_no_title_on_the_site_or_in_the_books(edition):
    """import-tei (like encode) leaves each translation's title as a gap for the editor: its
    description was read as the French title, printed 24 times in the German-French book."""
    from triglot.edition import load
    from triglot.print.book import doc_meta
    ed = load(edition)
    doc = next(d for d in ed.documents if d.id == "besuch")
    assert doc.title("fr") == "Der Besuch um Mitternacht"
    assert _site_info(edition, "besuch").titles == {"de": "Der Besuch um Mitternacht"}
    meta = etree.tostring(doc_meta(ed, doc, ["de", "fr"]), encoding="unicode")
    assert PLACEHOLDER not in meta and "Der Besuch um Mitternacht" in meta


def test_the_library_records_hold_no_placeholder_for_a_title_or_genre(edition):
    """Dublin Core, MODS and the data tables flattened the gaps into titles and a genre reading
    "to be supplied by the editor: …"."""
    assert _run("--root", edition, "export") == 0
    out = edition / "build" / "export"
    for folder, pattern in (("dc", "*.xml"), ("mods", "*.xml"), ("data", "*.csv"), ("data", "*.json*")):
        for path in (out / folder).glob(pattern):
            assert PLACEHOLDER not in path.read_text(encoding="utf-8"), path
    assert "Der Besuch um Mitternacht" in (out / "dc" / "besuch.xml").read_text(encoding="utf-8")


def normalize(el) -> str:
    return " ".join("".join(el.itertext()).split())
