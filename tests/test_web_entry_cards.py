"""An organisation's card and register entry carry what a person's or place's do (issue 20, item 2):
its type in the interface language, its dates of existence, variants, authority links, sources and how
many passages mention it. The card showed the name and variants only, and the type stood in English in
the Russian and Armenian interfaces. tests/roots/orgs-mini gives its committee a type, dates, an
authority record and two source notes, and a guild a type no interface catalog translates."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from lxml import html

from chromium import serious_axe_violations
from conftest import make_project, run_cli, served
from triglot.build import build

TYPES = {"en": "committee", "ru": "комитет", "hy": "կոմիտե"}
DATES = {"en": "Dates of existence", "ru": "Годы существования", "hy": "Գոյության տարեթվերը"}


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("cards"), "orgs-mini")
    build(root, ["web"])
    return root


def parse(root, path):
    return html.parse(str(root / "build" / "web" / path)).getroot()


def text(el) -> str:
    return " ".join(el.text_content().split())


@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
def test_an_organisations_card_carries_its_facts_in_the_interface_language(root, ui):
    card = parse(root, f"{ui}/documents/mini.html").get_element_by_id("card-orgs-revkom")
    (kind,) = card.xpath("p[@class='type']")
    assert (text(kind), kind.get("lang")) == (TYPES[ui], ui)
    (dates,) = card.xpath("p[@class='dates']")
    assert "1917" in text(dates) and "1918" in text(dates)
    assert card.xpath("p[@class='authority']/a/@href") == ["https://example.org/authority/revkom"]
    sources = card.xpath("p[@class='sources']")[0]
    assert "A test fixture's source note." in text(sources)
    assert sources.xpath("a/@href") == ["https://example.org/source/revkom"]
    assert sources.xpath("a/@lang") == ["en"]
    assert [(run.text, run.get("lang")) for run in sources.xpath("a/span")] == [("Московский ревком", "ru")]


@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
def test_an_organisations_entry_gives_its_type_and_dates_of_existence(root, ui):
    entry = parse(root, f"{ui}/orgs.html").get_element_by_id("revkom")
    terms = [text(dt) for dt in entry.xpath(".//dl[@class='names']/dt")]
    assert DATES[ui] in terms
    dd = entry.xpath(".//dl[@class='names']/dd")[terms.index(DATES[ui])]
    assert "1917" in text(dd)
    kind = [dd for dt, dd in zip(entry.xpath(".//dl/dt"), entry.xpath(".//dl/dd")) if dd.text == TYPES[ui]]
    assert kind and kind[0].get("lang") == ui


def test_a_type_no_catalog_translates_is_marked_english_and_reported(root, capsys):
    """"guild": shown as written, marked English on the Russian page (not Russian text), and `check`
    names it for each interface language that lacks it."""
    entry = parse(root, "ru/orgs.html").get_element_by_id("guild")
    assert [dd.get("lang") for dd in entry.xpath(".//dl/dd") if dd.text == "guild"] == ["en"]
    capsys.readouterr()
    run_cli("--root", root, "check", "--rule", "interface-term")
    out = capsys.readouterr().out
    assert "guild's organisation type 'guild' has no Russian translation" in out
    assert "guild's organisation type 'guild' has no Armenian translation" in out
    assert "revkom" not in out


def test_the_pages_with_cards_pass_the_nu_html_checker(root):
    from test_web_reading import VNU
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    pages = [str(root / "build" / "web" / p) for p in ("ru/documents/mini.html", "hy/documents/mini.html",
                                                       "ru/orgs.html", "en/orgs.html")]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *pages],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]


@pytest.mark.parametrize("width", [390, 1440])
@pytest.mark.parametrize("how", ["hover", "focus", "click"])
def test_the_card_opens_with_its_facts_on_a_phone_and_a_desktop(root, new_page, width, how):
    with served(root / "build" / "web") as url:
        page = new_page(width, 844 if width == 390 else 900)
        page.goto(f"{url}hy/documents/mini.html")
        if width == 390:        # one language at a time: the text is untranslated, so read the English
            page.locator("input[name='column-switch'][value='en']").check()
        getattr(page.locator("a.orgName:visible").first, how)()
        card = page.locator(".card:not([hidden])")
        card.wait_for()
        shown = card.inner_text()
        for words in ("կոմիտե", "1917", "Example", "an example page", "1"):
            assert words in shown, (words, shown)
        box = card.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, box
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.context.close()
    assert page.errors == []


def test_axe_finds_nothing_serious_with_a_card_open(root, new_page):
    with served(root / "build" / "web") as url:
        page = new_page(390, 844, bypass_csp=True)
        page.goto(f"{url}ru/documents/mini.html")
        page.locator("input[name='column-switch'][value='en']").check()
        page.locator("a.orgName:visible").first.click()
        page.locator(".card:not([hidden])").wait_for()
        serious = serious_axe_violations(page)
        page.context.close()
    assert serious == []
