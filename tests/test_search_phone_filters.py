"""The search's filters as a reader on a phone (390 px wide) reads them, in each interface language.

A filter's checkbox and its label were inline: at a phone's width a label's box ended the line before its
own text ("English (26) [ ] Armenian (23) [x]" / "Russian (23)"), and the reader took the ticked box for
Armenian's when Russian was the one chosen."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from test_web_site import base_url, site  # noqa: F401 (fixtures)

# For each checkbox of the filters: whether it stands on the first line of its own label's text (the
# box's middle between that line's top and bottom, and left of it).
BOX_ON_ITS_LINE = """() => Array.from(document.querySelectorAll('.search-facet label')).map((label) => {
  const box = label.querySelector('input').getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(label);
  range.setStartAfter(label.querySelector('input'));
  const line = Array.from(range.getClientRects()).find((r) => r.width > 0);
  const middle = (box.top + box.bottom) / 2;
  return [label.textContent.trim(), line.top <= middle && middle <= line.bottom && box.right <= line.left + 1];
})"""


@pytest.mark.parametrize("ui,query", [("en", "Karabakh"), ("ru", "Карабах"), ("hy", "Ղարաբաղ")])
def test_at_a_phones_width_each_filters_checkbox_stands_on_the_line_of_its_own_label(new_page, base_url, ui, query):
    page = new_page(390, 844)
    page.goto(f"{base_url}{ui}/search.html?q={quote(query)}&lang=ru")     # a shared address: filters open
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    placed = page.evaluate(BOX_ON_ITS_LINE)
    page.close()
    assert page.errors == [], page.errors
    assert len(placed) >= 6, placed                 # languages, state, documents, places at least
    assert [text for text, on_its_line in placed if not on_its_line] == []
