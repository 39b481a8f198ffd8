"""A treaty's numbered articles (`<div type="article" n="18">`, tei/ENCODING.md "The text"; issues #20
and #17) are shown to readers. tests/roots/treaty-articles holds clauses 18 to 20 of the Armistice of
Mudros (tests/data/journey25): 18 and 19 type their numbers in the text ("18. Surrender …"), 20 does not
(the editors' @n alone), 19 has an xml:id of its own. Before, the web page and the books ignored the
divisions: a reader saw only the "18." typed in the text, and article 20 had no number at all."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html

from chromium import serious_axe_violations
from conftest import make_project, run_cli
from printed import norm

LABELS = {"en": "Article {}", "ru": "Статья {}", "hy": "Հոդված {}"}
ANCHORS = {"18": "mudros.en.n18", "19": "mudros.art19", "20": "mudros.en.n20"}


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("treaty"), "treaty-articles")


@pytest.fixture(scope="module")
def pages(root):
    assert run_cli("--root", root, "build", "web") == 0
    return {ui: html.parse(str(root / "build" / "web" / ui / "documents" / "mudros.html")).getroot()
            for ui in LABELS}


def _words(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _numbered(page):
    return page.xpath("//section[contains(concat(' ', @class, ' '), ' numbered ')]")


@pytest.mark.parametrize("ui", LABELS)
def test_each_article_is_a_heading_a_citation_can_point_at(pages, ui):
    sections = _numbered(pages[ui])
    assert [s.get("id") for s in sections] == list(ANCHORS.values())
    for n, section in zip(ANCHORS, sections):
        label = section[0]
        assert label.tag == "h3" and label.get("lang") == ui           # below the treaty's own h2
        assert _words(label) == LABELS[ui].format(n)


def test_a_number_the_text_types_is_read_by_screen_readers_and_not_shown_twice(pages):
    labels = {s.get("id"): s[0] for s in _numbered(pages["en"])}
    for anchor in (ANCHORS["18"], ANCHORS["19"]):
        assert "visually-hidden" in labels[anchor].get("class").split()
        assert not labels[anchor].xpath(".//a")                        # no link nobody sees
    shown = labels[ANCHORS["20"]]
    assert "visually-hidden" not in shown.get("class").split()
    assert shown.xpath(".//a/@href") == ["#" + ANCHORS["20"]]


def test_the_label_spans_the_columns_and_the_rows_stay_parallel(pages):
    sections = _numbered(pages["en"])
    assert len(sections) == 3
    for section in sections:
        assert not section[0].xpath("ancestor::div[contains(@class, 'row')]")
        rows = section.xpath("./div[contains(concat(' ', @class, ' '), ' row ')]")
        assert rows and all(len(r.xpath("./div[contains(@class, 'cell')]")) == 3 for r in rows)


@pytest.fixture(scope="module")
def book_text(root):
    code = run_cli("--root", root, "build", "print", "--languages", "en-ru-hy")
    assert code == 0
    out = subprocess.run(["pdftotext", str(root / "build" / "print" / "triglot-en-ru-hy.pdf"), "-"],
                         capture_output=True, text=True, check=True)
    return norm(out.stdout)


def test_the_book_numbers_every_article_once(book_text):
    assert book_text.count(norm("18. Surrender of all ports")) == 1
    assert norm("18. 18.") not in book_text and norm("19. 19.") not in book_text
    assert norm("20. Compliance with such orders") in book_text            # @n alone gave no number before
    assert norm("20. Выполнение таких приказов") in book_text             # in every column that has text
    assert norm("18. Сдача всех занятых портов") in book_text and norm("18. 18. Сдача") not in book_text


def test_the_treaty_pages_pass_the_nu_html_checker(root, pages):
    from test_web_reading import VNU
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    files = [str(root / "build" / "web" / ui / "documents" / "mudros.html") for ui in LABELS]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *files],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]


@pytest.fixture(scope="module")
def worded_root(tmp_path_factory):
    """Article 20 printing its number after a word, "Article 20." / "Статья 20." (journey 26: the Treaty of
    Sèvres' "ARTICLE 88." over its text showed "Article 88" and then "ARTICLE 88.", printed "88. ARTICLE 88.")."""
    root = make_project(tmp_path_factory.mktemp("worded"), "treaty-articles")
    for path, old, new in (("seeds/mudros.txt", "\nCompliance with", "\nArticle 20. Compliance with"),
                           ("tei/mudros.xml", ">Compliance with", ">Article 20. Compliance with"),
                           ("tei/mudros.xml", ">Выполнение таких", ">Статья 20. Выполнение таких")):
        text = (root / path).read_text(encoding="utf-8")
        assert text.count(old) == 1
        (root / path).write_text(text.replace(old, new), encoding="utf-8")
    return root


def test_a_number_the_text_types_after_a_word_is_not_shown_twice(worded_root):
    assert run_cli("--root", worded_root, "build", "web") == 0
    page = html.parse(str(worded_root / "build" / "web" / "en" / "documents" / "mudros.html")).getroot()
    label = {s.get("id"): s[0] for s in _numbered(page)}[ANCHORS["20"]]
    assert "visually-hidden" in label.get("class").split()


def test_the_book_prints_a_number_typed_after_a_word_once(worded_root):
    assert run_cli("--root", worded_root, "build", "print", "--languages", "en-ru") == 0
    out = subprocess.run(["pdftotext", str(worded_root / "build" / "print" / "triglot-en-ru.pdf"), "-"],
                         capture_output=True, text=True, check=True)
    text = norm(out.stdout)
    assert norm("Article 20. Compliance") in text and norm("20. Article 20.") not in text
    assert norm("20. Статья 20.") not in text


# ------------------------------------------------- session 26 (web28): articles cited and listed

CITED = {"en": "Art. {}", "ru": "ст. {}", "hy": "հոդված {}"}
TITLES = {"en": "Armistice of Mudros, clauses 18 to 20", "ru": "Мудросское перемирие, статьи 18–20",
          "hy": "Մուդրոսի զինադադար, հոդվածներ 18–20"}


@pytest.mark.parametrize("ui", LABELS)
def test_each_article_has_a_citation_of_its_own_naming_the_article(pages, ui):
    """Before, only the passages inside an article had a "Cite this passage": the article itself, a
    unit a historian cites ("Art. 18"), had an anchor a citation reached but no citation to copy."""
    for n, section in zip(ANCHORS, _numbered(pages[ui])):
        cite = section.xpath("./details[contains(concat(' ', @class, ' '), ' cite ')]")
        assert len(cite) == 1
        anchor = ANCHORS[n]
        words = _words(cite[0].xpath(f".//span[@id='cite-{anchor}']")[0])
        assert f", {CITED[ui].format(n)}, " in words
        assert TITLES[ui] in words and words.endswith(f"https://w3id.org/triglot/mudros#{anchor}")
        assert cite[0].xpath(f".//button[@data-copy='cite-{anchor}']")           # the copy button
        assert cite[0].xpath(f".//a[not(@download)]/@href") == [f"#{anchor}"]   # and its record's files (test_passage_citations)


@pytest.mark.parametrize("ui", LABELS)
def test_the_contents_list_the_articles_in_the_texts_order(pages, ui):
    """Before, the contents listed headings only: a treaty with one heading and twenty articles had no
    contents at all, and its articles none of the list's links."""
    items = pages[ui].xpath("//nav[@class='toc']//li/a")
    assert [a.get("href") for a in items] == ["#mudros.h1"] + ["#" + a for a in ANCHORS.values()]
    assert [_words(a) for a in items[1:]] == [LABELS[ui].format(n) for n in ANCHORS]
    assert all(a.get("lang") == ui for a in items[1:])


@pytest.fixture(scope="module")
def base_url(root, pages):
    from conftest import served
    with served(root / "build" / "web") as url:
        yield url


@pytest.mark.parametrize("width", [390, 1440])
def test_a_reader_reaches_an_article_from_the_contents_and_copies_its_citation(root, base_url, new_page, width):
    page = new_page(width, bypass_csp=True)   # axe is injected
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(base_url + "ru/documents/mudros.html")
    page.locator(".toc summary").click()
    page.locator(".toc a", has_text="Статья 20").click()
    assert page.url.endswith("#mudros.en.n20")
    section = page.locator("section#mudros\\.en\\.n20")
    assert section.evaluate("s => s.matches(':target')")
    section.locator(":scope > details.cite > summary").click()
    citation = section.locator("#cite-mudros\\.en\\.n20")
    assert citation.is_visible() and ", ст. 20, " in citation.inner_text()
    section.locator(":scope > details.cite button.copy").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.split() == citation.inner_text().split()     # site.js copies with spaces normalised (the date's U+202F)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert serious_axe_violations(page) == []      # contents and citation open
    assert page.errors == []


def test_the_anchor_is_derived_once_and_the_page_receives_it(root, pages):
    """The anchor was derived twice, in blocks.xsl and in validate/rules.py, held together by tests
    alone. Now triglot.addresses.division_anchor derives it, validate checks its clashes with it, and
    the web build writes it on the annotated TEI (tg:anchor) that the stylesheet reads."""
    from lxml import etree
    from triglot.addresses import division_anchor
    from triglot.tei import NS
    from triglot.web.data import _annotate_divisions, tg
    tree = etree.parse(str(root / "tei" / "mudros.xml"))
    _annotate_divisions(tree.getroot())
    divs = tree.getroot().findall(".//t:text//t:div[@n]", NS)
    assert [d.get(tg("anchor")) for d in divs] == [division_anchor(d) for d in divs] == list(ANCHORS.values())
    xslt = Path(__file__).resolve().parents[1] / "xslt"
    derived = [p.name for p in xslt.rglob("*.xsl") if "'.n'" in p.read_text(encoding="utf-8")]
    assert derived == []                                   # no second derivation in a stylesheet
