"""The web's "Source:" line reads as a citation (issue #20, notes23 item 4; foreign44 left it).

An imported document's seed bibl keeps every title its source gives, each with its kind and language
(tei/ENCODING.md, "Importing TEI"), and a level where the source states one. The web joined them all
with commas: RusDraCor's Prutkov play showed "Спор…, Discourse…, Драматическая сцена…, Dramatic
Scene…", main titles and subtitles of two languages interleaved, and an article could not be told
from the book it is in. Now each language's title is followed by its subtitle, the base language's
first and the other's after it in brackets, marked with its language; an article's title (level "a")
is quoted and a book's (level "m") in italics (cite), as the page's own style shows in Chromium.
Material: the play as RusDraCor encodes it (tests/data/import-tei/README.md: source, commit, CC0),
imported into a `--base ru --translations en` edition; a second import of it whose seed bibl the
editor gave levels and the collected works it appeared in (Полное собрание сочинений Козьмы
Пруткова, 1884). Builds a web edition: run under the heavy lock."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html

from conftest import run_cli, served
from test_web_reading import VNU

DATA = Path(__file__).resolve().parent / "data" / "import-tei"
RU = "Спор древних греческих философов об изящном: Драматическая сцена из древнегреческой классической жизни в стихах"
EN_START = "Discourse between Two Greek Philosophers about"
BOOK = "Полное собрание сочинений Козьмы Пруткова"


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("source-line") / "plays"
    assert run_cli("new", root, "--title", "Пьесы", "--base", "ru", "--translations", "en",
                   "--publisher", "Import Test Press") == 0
    assert run_cli("--root", root, "import-tei", DATA / "rusdracor-prutkov-spor.xml", "--id", "prutkov") == 0
    assert run_cli("--root", root, "import-tei", DATA / "rusdracor-prutkov-spor.xml", "--id", "prutkov-levels") == 0
    path = root / "tei" / "prutkov-levels.xml"
    text = path.read_text("utf-8")
    head, seed, tail = text.partition('<bibl type="seed">')
    bibl, end, rest = tail.partition("</bibl>")
    assert bibl.count("<title") == 4, bibl
    bibl = bibl.replace("<title", '<title level="a"')
    bibl = bibl.replace("<idno", f'<title level="m">{BOOK}</title><idno', 1)
    path.write_text(head + seed + bibl + end + rest, "utf-8")
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


def _source(site: Path, ui: str, doc: str):
    page = html.parse(str(site / ui / "documents" / f"{doc}.html"))
    [dd] = page.xpath("//dl[contains(@class, 'doc-meta')]/dd[contains(@class, 'doc-source')]")
    return dd


def _words(el) -> str:
    return " ".join(el.text_content().split())


@pytest.mark.parametrize("ui", ["ru", "en"])
def test_each_languages_title_with_its_subtitle_the_other_language_in_brackets(edition, ui):
    dd = _source(edition, ui, "prutkov")
    words = _words(dd)
    assert RU in words and f"{RU} [{EN_START}" in words, words
    assert "об изящном, Discourse" not in words
    [other] = dd.xpath("span[@lang='en']")
    assert _words(other).startswith(EN_START) and ": Dramatic Scene" in _words(other)
    assert dd.get("lang") == "ru"


@pytest.mark.parametrize("ui", ["ru", "en"])
def test_an_article_is_quoted_and_the_book_it_is_in_italic(edition, ui):
    dd = _source(edition, ui, "prutkov-levels")
    [article] = dd.xpath("q")
    assert _words(article) == RU
    assert [_words(c) for c in dd.xpath("cite")] == [BOOK]
    assert _words(dd).index(RU) < _words(dd).index(BOOK)


def test_the_document_list_gives_the_same_citation(edition):
    page = html.parse(str(edition / "ru" / "index.html"))
    lines = [p for p in page.xpath("//p[@class='doc-source']") if p.xpath("cite")]
    assert len(lines) == 1 and _words(lines[0].xpath("q")[0]) == RU


def test_in_chromium_the_book_is_italic_and_the_article_in_quotation_marks(edition, new_page):
    with served(edition) as url:
        page = new_page(1440)
        page.goto(f"{url}ru/documents/prutkov-levels.html")
        style = page.evaluate("""() => { const dd = document.querySelector('dd.doc-source');
            const q = dd.querySelector('q'), cite = dd.querySelector('cite');
            return [getComputedStyle(cite).fontStyle, getComputedStyle(q).fontStyle, dd.innerText]; }""")
    assert style[0] == "italic" and style[1] == "normal"
    assert page.errors == []


def test_the_pages_pass_the_nu_html_checker(edition):
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    files = [str(p) for p in sorted(edition.glob("*/documents/prutkov*.html"))] + [str(p) for p in edition.glob("*/index.html")]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *files],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]
