"""On a phone, a document nobody has translated into the interface language opens in a language it is
written in (issue #20, notes23 item 5: a historian's read at 390 px).

Phones show one language at a time, the interface language first (static/site.js). An imported Russian
play (RusDraCor's Prutkov, CC0: tests/data/import-tei/README.md) in a `--base ru --translations en`
edition, opened in the English interface at 390 px, showed its English column: "Not yet translated",
passage after passage, the text itself one switch away. And a language chosen on another document was
kept however little of this one it had. Now a language with no translated passage of the document is
not chosen for the reader; one that has some still is, and the reader's own switch works as before.
Builds a web edition: run under the heavy lock."""
from __future__ import annotations

from conftest import served
from test_web_source_citation import edition  # noqa: F401  (the imported play's edition)

ROW = "#prutkov\\.a1"


def test_the_english_interface_opens_the_untranslated_play_in_russian(edition, new_page):  # noqa: F811
    with served(edition) as url:
        page = new_page(390)
        page.goto(f"{url}en/documents/prutkov.html")
        row = page.locator(ROW)
        assert row.locator(".col-ru").is_visible() and not row.locator(".col-en").is_visible()
        assert page.get_by_role("radio", name="Russian").is_checked()
        # the reader may still ask for the English column
        page.get_by_role("radio", name="English").check()
        assert row.locator(".col-en").is_visible() and not row.locator(".col-ru").is_visible()
    assert page.errors == []


def test_a_language_chosen_elsewhere_is_not_kept_where_nothing_is_in_it(edition, new_page):  # noqa: F811
    with served(edition) as url:
        page = new_page(390)
        page.goto(f"{url}ru/documents/prutkov.html")
        page.get_by_role("radio", name="английский").check()      # the reader's choice, remembered
        assert page.evaluate("localStorage.getItem('triglot.phone-column')") == '"en"'
        page.goto(f"{url}ru/documents/prutkov-levels.html")
        assert page.locator("#prutkov-levels\\.a1 .col-ru").is_visible()
        assert not page.locator("#prutkov-levels\\.a1 .col-en").is_visible()
