"""A historian's journey through the built edition (session 30, journey29): what a reader met
in Chromium that no other test covered — read with script off, and a letter collection's list."""
from __future__ import annotations

import pytest
from lxml import html

from test_web_site import base_url, site  # noqa: F401  (shared module fixtures; browser is conftest's)

PAGES = ["index.html", "search.html", "documents/docs1920.html", "documents/legran1920.html",
         "persons.html", "places.html", "orgs.html", "chronology.html"]
# every element the page hides until its script has made it work, if the reader sees it anyway
SHOWN_WHILE_HIDDEN = """() => [...document.querySelectorAll('[hidden]')]
  .filter(e => getComputedStyle(e).display !== 'none').map(e => e.tagName + '.' + e.className)"""


@pytest.mark.parametrize("width", [390, 1440])
def test_without_script_no_control_that_needs_it_is_shown(browser, base_url, width):  # noqa: F811
    """The home page's sort and filter menus showed with script off and did nothing when used:
    `.doc-filters { display: flex }` outranked the form's `hidden`."""
    context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=False)
    view = context.new_page()
    shown = {}
    for ui in ("en", "ru", "hy"):
        for path in PAGES:
            view.goto(f"{base_url}{ui}/{path}")
            shown[f"{ui}/{path}"] = view.evaluate(SHOWN_WHILE_HIDDEN)
    context.close()
    assert {k: v for k, v in shown.items() if v} == {}


@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
def test_each_letter_of_a_book_excerpt_is_one_item_with_its_archival_reference(site, ui):  # noqa: F811
    """legran1920 quotes two letters, each followed by its file reference ("RGASPI, f. 5, …
    Copy."), whose msItem names no part: the list said four documents, two with a sender and no
    file, two with a file and no sender, and the letters' boxes in the text gave no file."""
    page = html.parse(str(site / ui / "documents" / "legran1920.html")).getroot()
    items = page.find_class("parts")[0].findall("li")
    assert len(items) == 2
    for li, file in zip(items, ("d. 2203", "d. 2127")):
        assert li.find_class("part-corresp") and file in li.find_class("part-archival")[0].text_content()
    boxes = [" ".join(b.text_content().split()) for b in page.find_class("part-box")]
    assert "d. 2203" in boxes[0] and "d. 2127" in boxes[1]


# the Armenian passage a Russian reader's search for "Ղարաբաղ" lands on, with its hit
LANDING = "ru/documents/docs1920.html?hl=%5B%22%D5%82%D5%A1%D6%80%D5%A1%D5%A2%D5%A1%D5%B2%D5%A8%22%5D&in=hy#docs1920.s8.hy"
HIT_SHOWN = """() => { const m = document.querySelector('mark.search-hit'); if (!m) return 'no mark';
  const r = m.getBoundingClientRect();
  return m.getClientRects().length > 0 && r.top >= 0 && r.bottom <= innerHeight }"""


@pytest.mark.parametrize("width", [320, 390])
def test_a_search_result_in_another_language_opens_its_column_on_a_phone(browser, base_url, width):  # noqa: F811
    """A phone shows one language, the interface's: a Russian reader who followed a result in
    an Armenian passage landed at the top of the document with the hit in the hidden column."""
    view = browser.new_context(viewport={"width": width, "height": 800}).new_page()
    view.goto(base_url + LANDING)
    assert view.evaluate(HIT_SHOWN) is True
    assert view.get_by_role("radio", name="армянский").is_checked()
    view.goto(base_url + "ru/documents/docs1920.html")        # the landing was not a choice
    assert view.locator(".parallel").get_attribute("data-phone") == "ru"
    view.context.close()


def test_a_search_result_in_a_hidden_column_shows_that_column(browser, base_url):  # noqa: F811
    view = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
    view.goto(base_url + "ru/documents/docs1920.html")
    view.get_by_role("checkbox", name="армянский").uncheck()
    view.goto(base_url + LANDING)
    assert view.evaluate(HIT_SHOWN) is True
    assert view.get_by_role("checkbox", name="армянский").is_checked()
    view.context.close()


@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
def test_the_correspondent_menu_is_in_the_persons_registers_order(site, ui):  # noqa: F811
    """By surname, as the register and the print index: the menu ran by first name."""
    def read(path):
        return html.parse(str(site / ui / path)).getroot()
    menu = [" ".join(o.text_content().split()) for o in read("index.html").get_element_by_id("doc-filter-person")
            .iter("option")][1:]
    register = [" ".join(h.text_content().split()) for h in read("persons.html").xpath("//article[@class='entry']/h3")]
    assert len(menu) > 5 and set(menu) <= set(register)
    assert menu == sorted(menu, key=register.index)


def test_a_malformed_fragment_leaves_the_page_working(browser, base_url):  # noqa: F811
    """A link cut in the middle of an escaped letter ("#%E0"): decoding it threw, and with it every
    control the page's script sets up after the columns (cards, copy buttons)."""
    view = browser.new_context(viewport={"width": 390, "height": 800}).new_page()
    errors = []
    view.on("pageerror", lambda e: errors.append(str(e)))
    view.goto(base_url + "ru/documents/docs1920.html#%E0")
    assert view.locator(".parallel").get_attribute("data-phone") == "ru"
    assert view.locator("button.copy").first.is_visible()
    view.context.close()
    assert [e for e in errors if "URI" in e] == []
