"""A historian's journey through the built edition (session 30, journey29): what a reader met
in Chromium that no other test covered — read with script off, and a letter collection's list."""
from __future__ import annotations

import pytest
from lxml import html

from test_web_site import base_url, browser, site  # noqa: F401  (shared module fixtures)

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
