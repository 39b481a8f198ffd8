"""What a reader's and a librarian's journey through real letters not written here found (session 14).

The material: letters of Maria Edgeworth (1768–1849) from the Maria Edgeworth Letters Project's TEI
(github.com/Maria-Edgeworth-Letters-Project/me-tei, CC BY 4.0; tests/data/journey14/README.md), 29 of
them brought into a new edition (English base, French slots) by tests/data/journey14/convert.py, with
the VIAF and GeoNames identifiers of the project's Personography and Placeography. Three of them are
kept here: an uncertain date (`when="1805" cert="low"`), a month the source's editors are sure of
(`cert="high"`) and a letter dated to the day. Each test keeps one fault the journey met.

What held: every TEI file of the 29-letter edition and of its export is valid against tei_all (jing);
the CMIF file against the CMIF schema (jing, once it stopped copying cert="high"); the 30 MODS records
against LoC's MODS 3.7 XSD (xmllint; the copy in crystal-rangel/729summer2023 at e51e40249dce, whose
3.8 XSD libxml2 cannot compile); the bag with the `bagit` 1.9.0 validator from PyPI; the 69 pages
with the Nu Html Checker (no errors); no page scrolls sideways at 360 px; VIAF and GeoNames URIs of
the source reach CMIF, MODS (valueURI), the data tables and the register pages, and no authority URI
appears that the source did not give. Search found "Dumond", "Edgewort" nothing and offered "Did you
mean Dumont?"/"Edgeworth?"; variants ("Fanny", "Honora Edgeworth") and quoted phrases found theirs.

Left, written down rather than half fixed:
- Triglot has no TEI import: `encode` reads plain text, so a newcomer with TEI letters writes a
  converter (tests/data/journey14/convert.py, 380 lines: blocks and ids, slots, registers, seeds,
  header facts). Reproducer: `triglot encode Edgeworth_Beinecke_1812-02-20.xml` refuses the XML.
- The printed book keeps the documents in file-name order (edition.load sorts tei/*.xml): the
  letters run Beinecke 1791, 1811…1848, Birmingham 1821, Bodleian 1819, Geneve 1805…, while the web
  list and the chronology go by date. Reproducer: `triglot build print --languages en-fr` on the
  29 letters and read the contents. An order setting (`print.order = "date"`) would fix it.
- The MODS and Dublin Core records give the edition's publication date only, never the letter's
  own date (MODS could say it as originInfo/dateCreated, qualifier="questionable" where cert is
  low): a catalogue gets a letter of 1805 as a text of 2026.
- No letter of the material is dated in the Julian calendar (none of the project's 335 letters is),
  so Old Style dates were not met on this journey.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

DATA = Path(__file__).resolve().parent / "data" / "journey14"
TEI = "{http://www.tei-c.org/ns/1.0}"


def _run(*args):
    from triglot.cli import main
    return main([str(a) for a in args])


def _letters(tmp_path) -> Path:
    """A new edition as `triglot new` makes it, with the three converted letters and their registers."""
    edition = tmp_path / "letters"
    assert _run("new", edition, "--title", "Letters of Maria Edgeworth", "--base", "en", "--translations", "fr",
                "--publisher", "Journey Fourteen Press") == 0
    settings = edition / "triglot.toml"
    settings.write_text(settings.read_text("utf-8").replace('uri-base = "https://example.org/letters/"',
                                                            'uri-base = "https://example.org/ed/"'), "utf-8")
    for path in (DATA / "tei").glob("*.xml"):
        shutil.copy(path, edition / "tei" / path.name)
    for path in (DATA / "seeds").glob("*.txt"):
        shutil.copy(path, edition / "seeds" / path.name)
    assert _run("--root", edition, "schema") == 0       # opener, salute, signed…
    return edition


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    edition = _letters(tmp_path_factory.mktemp("j14"))
    assert _run("--root", edition, "export") == 0
    return edition


# ---------------------------------------------------------------- CMIF

def _cmif_dates(edition) -> dict[str, dict]:
    cmif = etree.parse(str(edition / "build" / "export" / "cmif" / "letters-cmif.xml"))
    return {desc.get("ref").rsplit("/", 1)[1]: dict(desc.find(f"{TEI}correspAction/{TEI}date").attrib)
            for desc in cmif.iter(f"{TEI}correspDesc") if desc.find(f"{TEI}correspAction/{TEI}date") is not None}


def test_an_uncertain_letter_date_is_uncertain_in_the_cmif_file(exported):
    """The source dates a letter `when="1805" cert="low"` (its editors' guess): the CMIF file copied
    @cert, which CMIF allows only as "low", so a `cert="high"` stopped the whole export with three
    cmif-schema problems. CMIF says "uncertain" with cert="low" alone: low and medium become low,
    high (certain) is left out, and nothing uncertain is given as certain."""
    dates = _cmif_dates(exported)
    assert dates["me-huntington-1804#me-huntington-1804.d1"] == {"when": "1805", "cert": "low"}
    assert dates["me-geneve-33-2-1813-08#me-geneve-33-2-1813-08.d1"] == {"when": "1813-08"}
    assert dates["me-beinecke-1812-02-20#me-beinecke-1812-02-20.d1"] == {"when": "1812-02-20"}


def test_an_uncertain_correspondent_stays_uncertain_in_the_cmif_file(tmp_path):
    """A sender the editors are not sure of (`persName cert="medium"` in a correspAction, as the
    source's letters mark "the Author of Bertha") lost its doubt in CMIF: its persName and placeName
    copied no @cert at all."""
    edition = _letters(tmp_path)
    doc = edition / "tei" / "me-beinecke-1812-02-20.xml"
    text = doc.read_text("utf-8")
    text = text.replace('<correspAction type="received"><persName ref="psn:milea1">',
                        '<correspAction type="received"><persName ref="psn:milea1" cert="medium">', 1)
    doc.write_text(text, "utf-8")
    assert 'cert="medium"' in text
    assert _run("--root", edition, "export") == 0
    cmif = etree.parse(str(edition / "build" / "export" / "cmif" / "letters-cmif.xml"))
    received = [desc.find(f"{TEI}correspAction[@type='received']/{TEI}persName")
                for desc in cmif.iter(f"{TEI}correspDesc") if "beinecke" in desc.get("ref")]
    assert [p.get("cert") for p in received] == ["low"]


# ---------------------------------------------------------------- the dates a reader is shown

@pytest.fixture(scope="module")
def built(exported):
    assert _run("--root", exported, "build", "web") == 0
    return exported


def _date_shown(edition, doc_id: str, page: str = "documents") -> list[str]:
    from lxml import html
    path = edition / "build" / "web" / "en" / (f"documents/{doc_id}.html" if page == "documents" else "index.html")
    tree = html.parse(str(path)).getroot()
    if page == "documents":
        return [" ".join(x.text_content().split()) for x in tree.find_class("doc-date")]
    item = tree.xpath(f"//li[h3/a[@href='documents/{doc_id}.html']]")
    return [" ".join(x.text_content().split()) for x in item]


def test_a_letter_date_the_source_calls_uncertain_is_not_shown_as_certain(built):
    """The letter "to my dear little boy" is dated `when="1805" cert="low"` by the source's editors:
    the web edition showed "1805" as its date, beside a letter of August 1813 they are sure of, on
    the page, in the document list and in the letter's line (sender → recipient · place · date)."""
    assert _date_shown(built, "me-huntington-1804") == ["1805 (interpretation uncertain)"]
    assert _date_shown(built, "me-geneve-33-2-1813-08") == ["August 1813"]          # cert="high": certain
    assert _date_shown(built, "me-beinecke-1812-02-20") == ["February 20, 1812"]
    [listed] = _date_shown(built, "me-huntington-1804", "index")
    assert listed.count("1805") == listed.count("1805 (interpretation uncertain)") == 2, listed


def test_a_letter_date_the_source_calls_uncertain_is_not_printed_as_certain(tmp_path):
    """The printed book's line under a letter ("sender → recipient · place, date") gave "1805" too;
    a French column (no print catalog: the interface's English words) says it as the web does."""
    from triglot.edition import load
    from triglot.print.book import dateplace_lines
    edition = load(_letters(tmp_path))
    doc = next(d for d in edition.documents if d.id == "me-huntington-1804")
    assert dateplace_lines(edition, doc, "en") == [
        'Maria Edgeworth → "My dear little boy" · Edgeworthstown, 1805 (interpretation uncertain)']
    assert dateplace_lines(edition, doc, "fr")[0].endswith("1805 (interpretation uncertain)")


# ---------------------------------------------------------------- a day without its year

def test_a_day_without_its_year_is_refused_as_an_edition_rule_with_the_ways_out(tmp_path, cli):
    """The source dates a letter "June 7th" `when="--06-07"` (its year unknown: W3C's gMonthDay, valid
    TEI): validate said "@when='--06-07' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", which
    is wrong (ISO 8601 has --MM-DD) and leaves the editor to guess what the edition wants instead."""
    edition = _letters(tmp_path)
    doc = edition / "tei" / "me-beinecke-1812-02-20.xml"
    text = doc.read_text("utf-8").replace('<date when="1812-02-20">Feb', '<date when="--02-20">Feb', 1)
    doc.write_text(text, "utf-8")
    line = text[:text.index('when="--02-20"')].count("\n") + 1
    code, out, err = cli("--root", edition, "validate")
    assert code == 1
    assert [x for x in (out + err).splitlines() if "dates:" in x] == [
        f"tei/me-beinecke-1812-02-20.xml:{line}: dates: @when='--02-20' is a day without its year (valid TEI), "
        "which this edition does not use (an edition rule: the chronology, the search's years and the exports "
        "order dates by their year): give the year (with cert=\"low\" if it is a guess), @notBefore/@notAfter "
        "for the years it may lie in, or no value attribute, the date's words kept as they are"], out + err


def test_a_letter_whose_recipient_is_not_known_has_no_arrow_to_nobody(tmp_path):
    """Eleven of the 29 letters name no recipient (no received correspAction, or an empty persName):
    the chronology read "Maria Edgeworth → — Letter from Maria Edgeworth, 1836", the letter's box
    was labelled "Maria Edgeworth → " for screen readers."""
    from lxml import html
    edition = _letters(tmp_path)
    doc = edition / "tei" / "me-beinecke-1812-02-20.xml"
    text = doc.read_text("utf-8")
    start = text.index('<correspAction type="received">')
    doc.write_text(text[:start] + text[text.index("</correspAction>", start) + len("</correspAction>"):], "utf-8")
    other = edition / "tei" / "me-geneve-33-2-1813-08.xml"
    other.write_text(other.read_text("utf-8").replace(
        '<correspAction type="received"><persName ref="psn:dumoe1">Étienne Dumont</persName>',
        '<correspAction type="received"><persName/>'), "utf-8")
    assert _run("--root", edition, "build", "web") == 0
    page = html.parse(str(edition / "build" / "web" / "en" / "chronology.html")).getroot()
    rows = {" ".join(li.xpath("p")[0].text_content().split()): " ".join(li.xpath("p")[1].text_content().split())
            for li in page.xpath("//ol[contains(@class, 'written')]/li")}
    assert rows["February 20, 1812"].startswith("Maria Edgeworth — Letter from"), rows
    assert rows["August 1813"].startswith("Richard Lovell Edgeworth — Letter from"), rows
    assert rows["1805 (interpretation uncertain)"].startswith('Maria Edgeworth → "My dear little boy" — '), rows


# ---------------------------------------------------------------- a letter dated two ways

def test_a_letter_dated_otherwise_in_its_header_than_in_its_text_is_reported(tmp_path, cli):
    """One of the 29 letters has the dateline "Feby 22d. 18[18]" (when="1818-02-22") and, in the header
    the source's CMIF and this edition's correspDesc come from, when="2022-02-22" (the day it was
    transcribed): the web chronology put a letter of Maria Edgeworth's in 2022 and CMIF would send it
    to correspSearch so; no rule of validate or check said anything."""
    edition = _letters(tmp_path)
    code, out, err = cli("--root", edition, "check", "--rule", "letter-date")
    assert code == 0 and "letter-date" not in out, out + err
    doc = edition / "tei" / "me-beinecke-1812-02-20.xml"
    text = doc.read_text("utf-8").replace('<date when="1812-02-20">February 20, 1812</date></correspAction>',
                                          '<date when="2022-02-20">February 20, 2022</date></correspAction>')
    doc.write_text(text, "utf-8")
    header = text[:text.index('when="2022-02-20"')].count("\n") + 1
    dateline = text[:text.index('<date when="1812-02-20">Febr')].count("\n") + 1
    code, out, err = cli("--root", edition, "check", "--rule", "letter-date")
    assert [x for x in out.splitlines() if "letter-date:" in x] == [
        f"tei/me-beinecke-1812-02-20.xml:{header}: letter-date: the letter's date in its correspDesc "
        f"(when=2022-02-20) is not the date its text gives at line {dateline} (“Febr: 20th.1812”, when=1812-02-20): "
        "one of them is wrong, and the exports and the web edition date the letter by the correspDesc"], out + err


# ---------------------------------------------------------------- the newcomer's first encode

def test_the_titles_of_letters_stay_outside_the_names_encode_proposes(tmp_path, cli):
    """The letters' first line as plain text, "Miss Edgeworth presents her compliments to Mrs. Miles":
    encode proposed "Mrs" as a new *place* (a capital after "to"; the title list knew "mrs." but the
    word is read without its full stop) and "Miss Edgeworth", "Mrs Hamilton" with the title inside
    the tag, which ENCODING.md keeps outside ("Dr. <persName>…")."""
    edition = tmp_path / "enc"
    assert cli("new", edition, "--translations", "fr")[0] == 0
    (edition / "seeds" / "a.txt").write_text(
        "Letter\nMiss Edgeworth presents her compliments to Mrs. Miles in London.\n"
        "Give it to Mrs Hamilton and Madam Miles.\n", "utf-8")
    code, out, err = cli("--root", edition, "encode", edition / "seeds" / "a.txt", "--id", "a")
    assert code == 0, err
    import re
    text = re.sub(r"<!--.*?-->", "", (edition / "tei" / "a.xml").read_text("utf-8"))
    tagged = re.findall(r'<(persName|placeName|orgName) ana="#review">([^<]*)<', text.split("<body>")[1])
    assert tagged == [("persName", "Edgeworth"), ("persName", "Miles"), ("placeName", "London"),
                      ("persName", "Hamilton"), ("persName", "Miles")], tagged


def test_an_empty_recipient_is_left_out_of_the_cmif_file(tmp_path):
    """The source writes a recipient it does not know as `<persName/>`: the CMIF file gave
    `<correspAction type="received"><persName/></correspAction>` (a party without a name), and the
    report said '"" points at no register entry'."""
    edition = _letters(tmp_path)
    doc = edition / "tei" / "me-geneve-33-2-1813-08.xml"
    text = doc.read_text("utf-8").replace(
        '<correspAction type="received"><persName ref="psn:dumoe1">Étienne Dumont</persName>',
        '<correspAction type="received"><persName/>')
    doc.write_text(text, "utf-8")
    assert _run("--root", edition, "export") == 0
    cmif = etree.parse(str(edition / "build" / "export" / "cmif" / "letters-cmif.xml"))
    [desc] = [d for d in cmif.iter(f"{TEI}correspDesc") if "geneve" in d.get("ref")]
    assert [a.get("type") for a in desc.iter(f"{TEI}correspAction")] == ["sent"]
    assert not [p for p in cmif.iter(f"{TEI}persName") if not (p.text or "").strip()]
    report = (edition / "build" / "export" / "cmif" / "authority-report.txt").read_text("utf-8")
    line = text[:text.index("<persName/>")].count("\n") + 1
    assert f"tei/me-geneve-33-2-1813-08.xml:{line}: cmif-omitted: an empty persName names no one: CMIF leaves it out" \
        in report and ': "" points' not in report, report


def test_a_letter_date_without_value_is_left_out_of_the_cmif_file(tmp_path):
    """A sent date whose year the text never states is kept in the TEI without a value (marked for
    review); CMIF got it as an empty `<date/>` (found by the hostile round of session 14)."""
    edition = _letters(tmp_path)
    doc = edition / "tei" / "me-beinecke-1812-02-20.xml"
    text = doc.read_text("utf-8")
    doc.write_text(text.replace('<date when="1812-02-20">February 20, 1812</date></correspAction>',
                                '<date>February 20</date></correspAction>', 1), "utf-8")
    assert _run("--root", edition, "export") == 0
    cmif = etree.parse(str(edition / "build" / "export" / "cmif" / "letters-cmif.xml"))
    sent = [desc.find(f"{TEI}correspAction[@type='sent']") for desc in cmif.iter(f"{TEI}correspDesc")
            if "beinecke" in desc.get("ref")]
    assert len(sent) == 1 and sent[0].find(f"{TEI}persName") is not None
    assert sent[0].find(f"{TEI}date") is None
