"""Journey 17: a historian reads an edition grown beyond its five texts (telegrams, letters,
treaties, League reports and a memoir from the tagger's development pool, encoded and reviewed),
and cites it with the tools historians use: pandoc's citeproc, a RIS parser. Each test holds one
fault that journey found. The new text is a pool text used by its path: Morgenthau's memoir
(1918, public domain; tests/data/unseen-test18/README.md gives its source and licence).
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html

from conftest import copy_project, replace_once

POOL = Path(__file__).resolve().parent / "data" / "unseen-test18"
MEMOIR = "morgenthau-goeben-1918.txt"
LETTER = "bell-baghdad-1918-06.txt"    # Gertrude Bell to her father, "June 28 Baghdad Dearest Father. …"


def _run(*args) -> int:
    from triglot.cli import main
    return main([str(a) for a in args])


@pytest.fixture(scope="module")
def grown(tmp_path_factory) -> Path:
    """The edition with Morgenthau's chapter on the Goeben added as an editor adds it: encoded,
    and the date "AUGUST 10th", whose year the chapter never states, given its year by the
    editors as tei/ENCODING.md asks (Dates); and Gertrude Bell's letter of 28 June 1918, encoded
    as the encode help says a letter is (its genre, and the date its heading leaves the year out
    of); then the web edition built."""
    root = copy_project(tmp_path_factory.mktemp("journey17"))
    shutil.copy(POOL / MEMOIR, root / "seeds" / MEMOIR)
    shutil.copy(POOL / LETTER, root / "seeds" / LETTER)
    assert _run("--root", root, "encode", root / "seeds" / LETTER, "--id", "bell", "--genre", "letter",
                "--date", "1918-06-28") == 0
    assert _run("--root", root, "encode", root / "seeds" / MEMOIR, "--id", "goeben", "--genre", "memoir") == 0
    replace_once(root / "tei" / "goeben.xml", '<date ana="#review">AUGUST 10th</date>',
                 '<date when="1914-08-10">AUGUST 10th</date>')
    assert _run("--root", root, "build", "web") == 0
    return root


def _page(root: Path, path: str):
    return html.parse(str(root / "build" / "web" / path)).getroot()


def _words(el) -> str:
    return " ".join(el.text_content().split())


# ---------------------------------------------------------------- a year the text does not state

def test_the_chronology_says_when_the_year_is_not_in_the_quoted_words(grown):
    """"ON AUGUST 10th, I went out …": the chronology gave "August 10, 1914" beside a line that
    names no year, like a date the text states in full; a reader could not tell that 1914 is the
    editors' inference. Each statement whose date leaves its year out now says so; one that
    writes its year ("On Dec. 2, 1920") does not."""
    en = _page(grown, "en/chronology.html")
    stated_id = next(li.get("id") for li in en.iter("li") if li.get("id") and "On Dec. 2, 1920" in _words(li))
    for ui in ("en", "ru", "hy"):
        page = _page(grown, f"{ui}/chronology.html")
        goeben = next(li for li in page.iter("li") if (li.get("id") or "").startswith("goeben.date"))
        assert goeben.find_class("year-context"), _words(goeben)
        stated = page.get_element_by_id(stated_id)
        assert not stated.find_class("year-context"), _words(stated)
    assert "the editors give it from the context" in _words(_page(grown, "en/chronology.html"))


def test_the_date_card_of_the_document_says_so_too(grown):
    page = _page(grown, "ru/documents/goeben.html")
    card = next(s for s in page.find_class("card") if (s.get("id") or "").startswith("card-goeben.date"))
    assert "по контексту" in _words(card)


def test_a_letters_own_date_at_its_head_is_not_an_event_of_the_chronology(grown):
    """"June 28 Baghdad Dearest Father. My Persian plans …": the heading runs into the salutation,
    so it is no dateline, and the chronology listed the letter's own date as an event the text
    reports, beside listing it again among the dates of the documents. (An event the letter reports,
    "On Sunday I took Gen Stuart Wortley to tea", dated by its weekday since round 46, may be listed.)"""
    page = _page(grown, "en/chronology.html")
    events = page.get_element_by_id("events-heading").getparent()
    # what each event quotes, without the document's name after its dash: an untitled document is named
    # by a devised title of its genre and date since session 37 ("— [Letter, June 28, 1918]")
    bell = [_words(li).rsplit(" — ", 1)[0] for li in events.iter("li") if (li.get("id") or "").startswith("bell.")]
    assert bell and not [w for w in bell if "June 28" in w or "Dearest Father" in w]
    written = _words(page.get_element_by_id("written-heading").getparent())
    assert "June 28, 1918" in written
    letter = _page(grown, "en/documents/bell.html")
    assert not [c for c in letter.find_class("card")
                if (c.get("id") or "").startswith("card-bell.date") and "June 28" in _words(c)]


# ---------------------------------------------------------------- the authors of a cited document

def test_the_citation_on_the_page_names_the_documents_authors(grown):
    """The article by Abraham Gasparyan and Armen Sargsyan was cited as "Triglot project (eds.),
    “What happened …”": its authors, in the header (titleStmt/author) and in the MODS and Dublin
    Core records, were in no citation the page offers, nor in the files."""
    en = _words(_page(grown, "en/documents/moscow1921.html").get_element_by_id("cite-document"))
    assert en.startswith("Abraham Gasparyan, Armen Sargsyan, “What happened on the eve"), en
    assert "in: Triglot project (ed.), Triglot edition, version" in en     # one body the settings name the editor
    ru = _words(_page(grown, "ru/documents/moscow1921.html").get_element_by_id("cite-document"))
    assert ru.startswith("Абрахам Гаспарян, Армен Саргсян, «"), ru
    passage = _words(_page(grown, "hy/documents/moscow1921.html").get_element_by_id("cite-moscow1921.p2"))
    assert passage.startswith("Աբրահամ Գասպարյան, Արմեն Սարգսյան, «") and passage.endswith("#moscow1921.p2")


def _pandoc(bibliography: Path) -> str:
    """The bibliography pandoc's citeproc renders from a file (its default style, Chicago author-date)."""
    out = subprocess.run(["pandoc", "--citeproc", "--bibliography", str(bibliography), "-t", "plain"],
                         input='---\nnocite: "@*"\n---\n', capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def test_pandoc_renders_the_authors_from_the_csl_json_and_the_bibtex(grown):
    cite = grown / "build" / "web" / "cite"
    for name in ("moscow1921.json", "moscow1921.bib"):
        text = _pandoc(cite / name)
        assert text.startswith("Gasparyan, Abraham, and Armen Sargsyan. 2026. “What Happened"), text
        assert "edited by Triglot project" in text and "https://w3id.org/triglot/moscow1921" in text
    # a body is one name, not a surname "(NKID)" and forenames
    for name in ("nkid1920.json", "nkid1920.bib"):
        assert _pandoc(cite / name).startswith("People’s Commissariat for Foreign Affairs of the RSFSR. 2026.")   # its register name (org:nkid)


def test_the_version_is_not_printed_as_a_books_edition(grown):
    """BibTeX's `edition` is a book's ("2nd ed."): pandoc printed the edition's version 0.1 as "0.1 ed.".
    The version goes in biblatex's `version`, as CSL-JSON's does, so both files cite alike."""
    cite = grown / "build" / "web" / "cite"
    bib, csl = _pandoc(cite / "moscow1921.bib"), _pandoc(cite / "moscow1921.json")
    assert " ed." not in bib, bib
    assert bib == csl


def test_a_ris_reader_finds_the_authors(grown):
    import rispy
    with open(grown / "build" / "web" / "cite" / "moscow1921.ris", encoding="utf-8", newline="") as f:
        entry = rispy.load(f)[0]
    assert entry["authors"] == ["Gasparyan, Abraham", "Sargsyan, Armen"]
    assert entry["secondary_authors"] == ["Triglot project"]
    item = json.loads((grown / "build" / "web" / "cite" / "moscow1921.json").read_text("utf-8"))[0]
    assert item["author"] == [{"family": "Gasparyan", "given": "Abraham"}, {"family": "Sargsyan", "given": "Armen"}]


# ---------------------------------------------------------------- Venice is not in Ohio

def test_the_encoder_proposes_venice_in_italy_not_dayton_ohio(grown):
    """"a small Italian ship which had just arrived from Venice": the review comment proposed
    'GeoNames 4509884 “Dayton”' (GeoNames gives Dayton, Ohio, the other name "Venice", and the
    gazetteer let a more populous city's other name win over a city's own name), and
    `register gazetteer Venice` offered nothing else."""
    text = (grown / "tei" / "goeben.xml").read_text("utf-8")
    assert "GeoNames 3164603 “Venice”" in text and "Dayton" not in text


def test_another_name_of_a_far_larger_city_still_wins():
    """The rule that keeps Venice in Italy keeps Smyrna in Turkey (İzmir, not Smyrna, Georgia)."""
    from triglot.gazetteer import Gazetteer
    g = Gazetteer.build()
    assert g.place("Venice")["countrycode"] == "IT"
    assert g.place("Smyrna")["name"] == "İzmir" and g.place("Constantinople")["name"] == "Istanbul"


# ---------------------------------------------------------------- a document page on paper

def test_a_printed_document_page_keeps_the_citation_without_buttons_or_file_links(grown, new_page):
    """Chromium's print of a letter's page gave the citation and its URL, then a "Copy" button,
    "For reference managers: BibTeX RIS CSL-JSON" (links nothing on paper follows) and the label
    "Download" over nothing (its list was hidden, the label not)."""
    from conftest import served
    with served(grown / "build" / "web") as url:
        page = new_page()
        page.goto(url + "en/documents/bell.html")
        page.emulate_media(media="print")
        printed = page.locator(".doc-meta").inner_text()
        page.context.close()
    assert "https://w3id.org/triglot/bell" in printed
    for word in ("Copy", "For reference managers", "BibTeX", "Download"):
        assert word not in printed, (word, printed)


# ---------------------------------------------------------------- the type of a new text

def test_a_memoir_and_a_treaty_are_named_in_the_interface_language(grown):
    """Morgenthau's chapter (`--genre memoir`) and the Saadabad treaty (`--genre treaty`) were
    listed as "memoir" and "treaty" in the Russian and Armenian type filters and headers: the
    interface translated only the genres of the first five texts."""
    for ui, memoir in (("ru", "воспоминания"), ("hy", "հուշեր")):
        page = _page(grown, f"{ui}/index.html")
        options = {o.get("value"): _words(o) for o in page.get_element_by_id("doc-filter-type").iter("option")}
        assert options["memoir"] == memoir, options
    from triglot import i18n
    from conftest import ROOT
    assert i18n.all_strings(ROOT, "ru")["treaty"] == "договор"
    assert i18n.all_strings(ROOT, "hy")["treaty"] == "պայմանագիր"


# ---------------------------------------------------------------- the printed chronology

def test_the_printed_chronology_leaves_out_what_the_web_chronology_does(edition):
    """The books' chronology listed every date of the texts: "March 15, 2025" and "March 26, 2025"
    (the web posts of the two articles), "November 9, 2020" (the NKID page's), "1992" and "1954"
    (cited books' years) and the dates of editorial notes stood among the events of 1920, though
    the web's chronology, from the same texts, says such dates are no events."""
    from triglot.print import index
    printed = [when for event in index.chronology(edition, ("en",), {}) for _, when in event["when"]]
    for date in ("March 15, 2025", "March 26, 2025", "November 9, 2020", "1992", "1954"):
        assert date not in printed, printed
    assert "March 3, 1918" in printed and "December 2, 1920" in printed


def test_the_ris_file_carries_the_russian_and_armenian_titles(grown):
    """The page cites a document by its Russian title in the Russian interface, but every citation
    file gave the English title alone: a Russian or Armenian title reached no reference manager.
    RIS has a field for a translated title (TT), one per record: the two are given as ISBD gives
    parallel titles, " = " between them; a title still to be supplied is none."""
    import rispy
    cite = grown / "build" / "web" / "cite"
    with open(cite / "nkid1920.ris", encoding="utf-8", newline="") as f:
        entry = rispy.load(f)[0]
    russian, armenian = entry["translated_title"].split(" = ")
    assert russian.startswith("О Карабахе и Нахичевани") and armenian.startswith("Ղարաբաղի և Նախիջևանի մասին")
    assert "TT  - " not in (cite / "goeben.ris").read_text("utf-8")
