"""Journey 22w: a reader and a historian on an edition grown with three English texts nobody here
wrote (the tagger's pool: a presidential message to Congress of 1920, a mission report on Urumia,
a page of Wells's Short History), encoded with `triglot encode` and reviewed as an editor would,
with register entries added by `triglot register add` (a person with no forename or surname, a
place with coordinates and a "today" name), a letter's correspondents and date, and a few draft
Russian and Armenian slots; read in Chromium at 390 and 1440 px in the three interfaces. Each test
holds one fault that journey found. The pool texts' sources and licences are in their folders'
README.md.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import copy_project, draft_slots, encode_pool_texts, review_proposals, run_cli, served
from pages import page as _page

TEXTS = [  # pool file, id, genre, date
    ("unseen-test30/hdoc-mandate-armenia-1920.txt", "wilson-mandate", "letter", "1920-05-24"),
    ("unseen-test25/urumia-war-clouds.txt", "urumia-war-clouds", "report", "1919"),
    ("unseen-test32/wells-short-history-1922-p396.txt", "wells-russia", "book", "1922"),
]
# The proposals the editor took: a name pointed at an entry; every other proposed name untagged.
TAKEN = {"ARMENIA": "plc:armenia", "UNITED STATES": "plc:united-states", "Republic of Armenia": "plc:armenia",
         "Urumia": "plc:urmia", "URUMIA": "plc:urmia", "Kerensky": "psn:kerensky"}
ADD = [  # register add arguments
    ["person", "kerensky", "--name", "en=Kerensky", "--name", "ru=Керенский", "--name", "hy=Կերենսկի",
     "--role", "head of the Provisional Government", "--role", "ru=глава Временного правительства",
     "--role", "hy=Ժամանակավոր կառավարության ղեկավար"],
    ["person", "wilson", "--forename", "en=Woodrow", "--surname", "en=Wilson", "--forename", "ru=Вудро",
     "--surname", "ru=Вильсон", "--forename", "hy=Վուդրո", "--surname", "hy=Վիլսոն",
     "--role", "President of the United States", "--role", "ru=президент США", "--role", "hy=ԱՄՆ նախագահ"],
    ["place", "urmia", "--name", "en=Urumia", "--name", "ru=Урмия", "--name", "hy=Ուրմիա", "--type", "city",
     "--variant", "URUMIA", "--geo", "37.5527 45.0761", "--identification", "today Urmia",
     "--source", "GeoNames 121801 <https://www.geonames.org/121801>"],
]
DRAFTS = {
    ("ru", "wilson-mandate"): {"wilson-mandate.p2": "МАНДАТ НА <1>АРМЕНИЮ</1>."},
    ("hy", "wilson-mandate"): {"wilson-mandate.p2": "ՄԱՆԴԱՏ <1>ՀԱՅԱՍՏԱՆԻ</1> ՀԱՄԱՐ։"},
    ("ru", "urumia-war-clouds"): {"urumia-war-clouds.h1": "ПОД ТУЧАМИ ВОЙНЫ В <1>УРМИИ</1>",
                                  "urumia-war-clouds.dl1": "<1>1914–1919</1>"},
    ("hy", "urumia-war-clouds"): {"urumia-war-clouds.h1": "ՊԱՏԵՐԱԶՄԻ ԱՄՊԵՐԻ ՆԵՐՔՈ <1>ՈՒՐՄԻԱՅՈՒՄ</1>"},
}
def _correspondents(root: Path) -> None:
    """The letter's sender (a register entry) and recipient (a body no register holds), as ENCODING.md says."""
    path = root / "tei" / "wilson-mandate.xml"
    text, n = re.subn(
        r'<correspDesc ana="#review">\s*<!--.*?-->\s*<correspAction type="sent">\s*<date when="1920-05-24"/>\s*'
        r'</correspAction>',
        '<correspDesc xml:id="wilson-mandate.corresp1" corresp="#wilson-mandate.en">\n'
        '        <correspAction type="sent">\n          <persName ref="psn:wilson">Woodrow Wilson</persName>\n'
        '          <date when="1920-05-24">May 24, 1920</date>\n        </correspAction>\n'
        '        <correspAction type="received">\n          <orgName>Congress of the United States</orgName>\n'
        '        </correspAction>', path.read_text("utf-8"), flags=re.S)
    assert n == 1
    path.write_text(text, "utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The grown edition's web site, built once for the module."""
    root = copy_project(tmp_path_factory.mktemp("journey22w") / "edition")
    for args in ADD:
        assert run_cli("--root", root, "register", "add", *args) == 0, args
    encode_pool_texts(root, TEXTS, lambda path: review_proposals(path, TAKEN))
    _correspondents(root)
    draft_slots(root, DRAFTS)
    assert run_cli("--root", root, "validate") == 0
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


@pytest.mark.parametrize("ui", ["ru", "hy"])
def test_the_pages_script_runs_when_the_site_is_opened_from_files(site, new_page, ui):
    """Opened from file:// (no server) at 390 px, site.js added its column rules to site.css, a
    sheet the browser treats as another origin's: the SecurityError stopped the whole script, so
    the phone showed all three languages stacked, with no switch, no toggles and no cards."""
    page = new_page(390)
    page.goto((site / ui / "documents" / "urumia-war-clouds.html").as_uri())
    shown = page.evaluate("[...document.querySelectorAll('#urumia-war-clouds\\\\.h1 .cell')]"
                          ".filter(c => c.offsetParent).map(c => c.lang)")
    page.get_by_role("radio").first.check()
    after = page.evaluate("[...document.querySelectorAll('#urumia-war-clouds\\\\.h1 .cell')]"
                          ".filter(c => c.offsetParent).map(c => c.lang)")
    assert page.errors == []
    assert shown == [ui] and after == ["en"]


@pytest.mark.parametrize("ui", ["ru", "hy"])
def test_a_genre_the_interface_catalog_lacks_is_marked_as_english(site, ui):
    """`encode --genre book`: the Russian and Armenian document header, document list and type
    filter showed "book" as a Russian (Armenian) word: no catalog has the genre, and the label
    carried the page's language."""
    doc = _page(site, f"{ui}/documents/wells-russia.html")
    label = doc.xpath("//dl[@class='doc-meta']/dt[.='%s']/following-sibling::dd[1]" %
                      {"ru": "Тип", "hy": "Տեսակ"}[ui])[0]
    assert label.text_content() == "book" and label.get("lang") == "en"
    home = _page(site, f"{ui}/index.html")
    facts = home.xpath("//li[h3/a[@href='documents/wells-russia.html']]/p[@class='doc-facts']")[0]
    assert [s.get("lang") for s in facts.xpath(".//*[.='book']")] == ["en"]
    assert home.xpath("//select[@data-filter='type']/option[@value='book']/@lang") == ["en"]
    letter = _page(site, f"{ui}/documents/wilson-mandate.html")
    assert letter.xpath("//dl[@class='doc-meta']/dt[2]/following-sibling::dd[1]/@lang") == []


@pytest.mark.parametrize("ui", ["ru", "hy"])
def test_an_english_title_in_a_russian_or_armenian_citation_says_it_is_english(site, ui):
    """A document whose title nobody has translated is cited in Russian and Armenian with its English
    title («UNDER THE WAR CLOUDS IN URUMIA»), and the title ran on in the citation's language."""
    doc = _page(site, f"{ui}/documents/urumia-war-clouds.html")
    for span in (doc.get_element_by_id("cite-document"), doc.get_element_by_id("cite-urumia-war-clouds.p1")):
        title = span.xpath("span[@lang='en']")
        assert [t.text_content() for t in title] == ["UNDER THE WAR CLOUDS IN URUMIA"]
        assert "«UNDER THE WAR CLOUDS IN URUMIA»" in span.text_content()


@pytest.mark.parametrize("ui, width, key", [("ru", 390, "Escape"), ("hy", 1440, "Escape"), ("en", 390, "Close"),
                                             ("ru", 1440, "Close")])
def test_a_card_opened_from_the_keyboard_closes_and_gives_focus_back_to_its_name(site, new_page, ui, width, key):
    """A card opened with Enter on a name (Kerensky) took the focus; Escape or its Close button hid
    it and gave the focus back to the name, whose focus handler opened the card again at once: a
    keyboard reader could not dismiss a card that covers the text below the name."""
    with served(site) as base:
        page = new_page(width, 900)
        page.goto(f"{base}{ui}/documents/wells-russia.html")
        if width < 700:
            page.get_by_role("radio").first.check()
        name = page.locator("#wells-russia\\.p1 .col-en a[data-card]").first
        name.focus()
        name.press("Enter")
        card = page.locator(".card:not([hidden])")
        opened = card.count()
        if key == "Escape":
            page.keyboard.press("Escape")
        else:
            card.locator(".card-close").focus()
            page.keyboard.press("Enter")
        still_open = page.locator(".card:not([hidden])").count()
        focused = page.evaluate("document.activeElement.getAttribute('data-card')")
        expanded = name.get_attribute("aria-expanded")
        page.context.close()
    assert opened == 1
    assert still_open == 0 and expanded == "false"
    assert focused == "card-persons-kerensky"


@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
def test_a_document_whose_source_is_still_a_gap_shows_no_empty_source(site, ui):
    """encode leaves the seed's title and publisher as header gaps when the text does not give them
    (the presidential message, the Wells page): the document header said "Source" over an empty
    value, and the document list held an empty source line."""
    for doc_id in ("wilson-mandate", "wells-russia"):
        page = _page(site, f"{ui}/documents/{doc_id}.html")
        assert all(dd.text_content().strip() for dd in page.xpath("//dl[@class='doc-meta']/dd"))
        home = _page(site, f"{ui}/index.html")
        item = home.xpath(f"//li[h3/a[@href='documents/{doc_id}.html']]")[0]
        assert all(p.text_content().strip() for p in item.xpath("p"))
    urumia = _page(site, f"{ui}/documents/urumia-war-clouds.html")
    assert "UNDER THE WAR CLOUDS IN URUMIA" in urumia.xpath("//dl[@class='doc-meta']/dd[@lang='en']")[0].text_content()
