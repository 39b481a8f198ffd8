"""Each passage and numbered division has its own record for reference managers (BibTeX, RIS,
CSL-JSON), with the facts of its "Cite this passage" (issue #20, item 6).

Before, a historian citing Article 18 of a treaty, or one passage of a letter, copied the passage's
words but the files gave the document's record only. tests/roots/treaty-articles holds clauses 18
to 20 of the Armistice of Mudros (18 and 20 anchored by the division's number, 19 by its own id).
The files are read with the formats' own readers: citeproc-py (its CSL-JSON source, rendering a
cite with the record's locator and label in its bundled Harvard style, and its BibTeX source) and
rispy for RIS, pandoc's citeproc for the BibTeX and CSL-JSON; a browser downloads the file a passage's
citation links."""
from __future__ import annotations

import json
import warnings

import pytest
import rispy
from lxml import html

from chromium import serious_axe_violations
from conftest import make_project, run_cli

ANCHORS = {"18": "mudros.en.n18", "19": "mudros.art19", "20": "mudros.en.n20"}
URI = "https://w3id.org/triglot/mudros"
UIS = ("en", "ru", "hy")


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("treaty"), "treaty-articles")
    assert run_cli("--root", root, "build", "web") == 0
    return root


@pytest.fixture(scope="module")
def site(root):
    return root / "build" / "web"


def _words(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _cited(site, ui):
    """The page's cited units: anchor -> the citation's words (the document's own left out)."""
    page = html.parse(str(site / ui / "documents" / "mudros.html")).getroot()
    return {span.get("id")[len("cite-"):]: _words(span) for span in page.xpath("//details//span[starts-with(@id, 'cite-')]")}


def _csl(site):
    return json.loads((site / "cite" / "passages" / "mudros.json").read_text(encoding="utf-8"))


def test_every_unit_the_page_cites_has_one_record_in_each_format_with_its_address(site):
    cited = _cited(site, "en")
    assert set(ANCHORS.values()) <= set(cited) and len(cited) > len(ANCHORS)
    csl = {item["id"]: item for item in _csl(site)}
    with open(site / "cite" / "passages" / "mudros.ris", encoding="utf-8", newline="") as f:
        ris = rispy.load(f)
    from citeproc.source.bibtex import BibTeX
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")    # citeproc-py's BibTeX knows no biblatex url/date fields
        bib = BibTeX(str(site / "cite" / "passages" / "mudros.bib"), encoding="utf-8")
    assert list(csl) == list(cited)                                  # the text's order, each once
    assert [r["urls"][0] for r in ris] == [f"{URI}#{a}" for a in cited]
    assert sorted(bib) == sorted(a.lower() for a in cited)           # citeproc-py lowercases its keys
    for anchor, words in cited.items():
        assert words.endswith(csl[anchor]["URL"]) and csl[anchor]["URL"] == f"{URI}#{anchor}"
        assert csl[anchor]["title"] in words


@pytest.mark.parametrize("n", ANCHORS)
def test_an_articles_record_names_the_article_as_its_citation_does(site, n):
    anchor = ANCHORS[n]
    item = next(i for i in _csl(site) if i["id"] == anchor)
    assert (item["locator"], item["label"]) == (n, "article-locator")
    assert f", Art. {n}, " in _cited(site, "en")[anchor]
    with open(site / "cite" / "passages" / "mudros.ris", encoding="utf-8", newline="") as f:
        record = next(r for r in rispy.load(f) if r["urls"] == [f"{URI}#{anchor}"])
    assert record["section"] == f"Art. {n}" and record["title"] == item["title"]
    text = (site / "cite" / "passages" / "mudros.bib").read_text(encoding="utf-8")
    entry = text[text.index("{" + anchor + ","):]
    assert f"note = {{Art. {n}}}" in entry[:entry.index("\n}")]


@pytest.mark.parametrize("ui, unit", [("en", "passage 2"), ("ru", "фрагмент 2"), ("hy", "հատված 2")])
def test_a_passage_is_cited_by_its_place_not_by_its_id(site, ui, unit):
    """"Cite this passage" named a passage by its id ("passage mudros.p1"), which a reader reads as
    code; it is named by its place among the document's passages (the heading is the first), the
    number its search result gives, in the interface language, and the URL keeps the anchor. The
    copy button copies the span, so it copies the same words."""
    words = _cited(site, ui)["mudros.p1"]
    assert f", {unit}, " in words and words.endswith(f"{URI}#mudros.p1")
    assert "mudros.p1" not in words[:-len(f"{URI}#mudros.p1")]
    page = html.parse(str(site / ui / "documents" / "mudros.html")).getroot()
    line = page.xpath("//div[@id='mudros.p1']/details[contains(@class, 'cite')]/p[@class='cite-files']")
    assert unit in _words(line[0]) and "mudros.p1" in _words(line[0])     # the record's key, named as a key


def test_a_passages_record_names_it_as_its_citation_does(site):
    """The records said "passage mudros.p1" (BibTeX note, RIS SE) with the id as CSL locator: what a
    reference manager printed was the id. Each record's unit is the words the page's citation gives."""
    item = next(i for i in _csl(site) if i["id"] == "mudros.p1")
    assert (item["locator"], item["label"]) == ("2", "paragraph")
    cited = _cited(site, "en")
    with open(site / "cite" / "passages" / "mudros.ris", encoding="utf-8", newline="") as f:
        ris = rispy.load(f)
    assert next(r for r in ris if r["urls"] == [f"{URI}#mudros.p1"])["section"] == "passage 2"
    for record in ris:      # the page and the files name every unit alike (two writers: XSLT and web/cite.py)
        anchor = record["urls"][0].split("#", 1)[1]
        assert f", {record['section']}, " in cited[anchor]
    bib = (site / "cite" / "passages" / "mudros.bib").read_text(encoding="utf-8")
    assert "note = {passage 2}," in bib and "note = {passage mudros" not in bib


def test_citeproc_renders_the_article_with_its_locator(site):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator, formatter
    from citeproc.source.json import CiteProcJSON
    items = _csl(site)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")    # citeproc-py keeps no "license" or "label" on a reference
        source = CiteProcJSON(items)
    bibliography = CitationStylesBibliography(CitationStylesStyle("harvard-cite-them-right", validate=False),
                                              source, formatter.plain)
    item = next(i for i in items if i["id"] == ANCHORS["18"])
    cite = Citation([CitationItem(item["id"], locator=Locator(item["label"], item["locator"]))])
    bibliography.register(cite)
    assert str(bibliography.cite(cite, lambda missing: None)).endswith("art. 18)")
    entry = str(bibliography.bibliography()[0])
    assert "Armistice of Mudros, clauses 18 to 20" in entry and entry.rstrip(".").endswith(f"{URI}#{ANCHORS['18']}")


@pytest.mark.parametrize("ext", ["bib", "json"])
def test_pandoc_cites_one_unit_of_the_file_at_its_anchor(site, ext):
    """pandoc's citeproc (its default Chicago author-date) reads each file and finds the article's
    record by the key its citation names; the locator is a cite's in pandoc, written as the record's
    label gives it ("art." for article-locator in CSL's English locale). The fixture's settings name no
    editors and its header names the publisher only where encode wrote it in for nobody named: no editor,
    so the unit is cited by its title, as an anonymous work is (it was "Triglot project 2026", the press as
    the editors, before notes24)."""
    import shutil
    import subprocess
    assert shutil.which("pandoc"), "pandoc missing: run `make install-test`"
    out = subprocess.run(["pandoc", "--citeproc", "--bibliography", str(site / "cite" / "passages" / f"mudros.{ext}"),
                          "-t", "plain"], input=f"See [@{ANCHORS['18']}, art. 18].\n",
                         capture_output=True, text=True, check=True).stdout
    text = " ".join(out.split())
    assert text.startswith("See (“Armistice of Mudros, Clauses 18 to 20” 2026, art. 18).")
    assert "In Triglot. Triglot project." in text      # the edition and its publisher, not an editor
    assert f"{URI}#{ANCHORS['18']}" in text and "Armistice of Mudros" in text


@pytest.mark.parametrize("ui", UIS)
def test_each_citation_links_the_records_and_names_its_own(site, ui):
    page = html.parse(str(site / ui / "documents" / "mudros.html")).getroot()
    for anchor in ANCHORS.values():
        line = page.xpath(f"//section[@id='{anchor}']/details[contains(@class, 'cite')]/p[@class='cite-files']")
        assert len(line) == 1 and anchor in _words(line[0]) and line[0].get("lang") in (None, ui)
        hrefs = line[0].xpath("./a[@download]/@href")
        assert hrefs == [f"../../cite/passages/mudros.{ext}" for ext in ("bib", "ris", "json")]
        assert all((site / ui / "documents" / h).resolve().is_file() for h in hrefs)


@pytest.fixture(scope="module")
def base_url(site):
    from conftest import served
    with served(site) as url:
        yield url


@pytest.mark.parametrize("width", [390, 1440])
def test_a_reader_downloads_an_articles_record_from_its_citation(site, base_url, new_page, width, tmp_path):
    page = new_page(width, bypass_csp=True, accept_downloads=True)
    page.goto(base_url + "hy/documents/mudros.html#" + ANCHORS["20"])
    section = page.locator("section#mudros\\.en\\.n20")
    section.locator(":scope > details.cite > summary").click()
    line = section.locator(":scope > details.cite p.cite-files")
    assert line.is_visible() and ANCHORS["20"] in line.inner_text()
    with page.expect_download() as download:
        line.locator("a", has_text="CSL-JSON").click()
    saved = tmp_path / "record.json"
    download.value.save_as(saved)
    record = next(i for i in json.loads(saved.read_text(encoding="utf-8")) if i["id"] == ANCHORS["20"])
    assert (record["locator"], record["label"]) == ("20", "article-locator")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert serious_axe_violations(page) == []     # the citation open
    assert page.errors == []


def test_a_base_language_without_an_interface_catalog_still_gets_its_passages_records(tmp_path):
    """polyglot-mini's texts are German, its interface English, Russian and Armenian: naming its passages
    in German asked for a German catalog nobody has, and the build stopped. They are named as the msgid
    names them, in English."""
    root = make_project(tmp_path, "polyglot-mini")
    assert run_cli("--root", root, "build", "web") == 0
    items = json.loads((root / "build" / "web" / "cite" / "passages" / "brief.json").read_text(encoding="utf-8"))
    assert items and all(i["label"] == "paragraph" and i["URL"].endswith("#" + i["id"]) for i in items)
    with open(root / "build" / "web" / "cite" / "passages" / "brief.ris", encoding="utf-8", newline="") as f:
        assert [r["section"] for r in rispy.load(f)] == [f"passage {i['locator']}" for i in items]


def test_the_passages_records_leave_out_what_every_record_repeated_for_nobody(site):
    """At 500 documents the passages' files were about 36 MB (Session 27). Two parts of each record were
    there for no reader: the CSL-JSON's indentation (each date part on a line of its own, a fifth of
    the file) and, in RIS, the document's translated titles (TT), repeated in each of its records;
    the document's own record keeps them. One record a line now, read as before (the other tests
    read the same files with citeproc-py, rispy and pandoc)."""
    text = (site / "cite" / "passages" / "mudros.json").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == len(_csl(site)) + 2
    assert all(json.loads(line.rstrip(",")) for line in lines[1:-1]) and "\n " not in text
    document = (site / "cite" / "mudros.ris").read_text(encoding="utf-8")
    passages = (site / "cite" / "passages" / "mudros.ris").read_text(encoding="utf-8")
    assert "\nTT  - " in document and "\nTT  - " not in passages
    with open(site / "cite" / "passages" / "mudros.ris", encoding="utf-8", newline="") as f:
        assert all(r["title"] and r["section"] and "translated_title" not in r for r in rispy.load(f))
