"""The chronology lists what the texts say happened, apart from the dates of the documents themselves
(issue 20, item 4). tests/roots/dated-report holds a report whose heading names the years it covers
("… for 1919-1920") and whose dateline dates it, and a letter dated by its dateline whose text says what
happened on that same day. The built HTML shows both; no browser is needed."""
from __future__ import annotations

import pytest
from lxml import html

from conftest import ROOT, make_project, run_cli
from pages import words as _words


@pytest.fixture(scope="module")
def chronology(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("chronology"), "dated-report")
    assert run_cli("--root", root, "build", "web") == 0
    return html.parse(str(root / "build" / "web" / "en" / "chronology.html")).getroot()


def _events(page) -> dict[str, str]:
    """Each event's id and its words (its day's label, the statement and its document)."""
    section = page.xpath("//section[@aria-labelledby='events-heading']")[0]
    return {li.get("id"): _words(li.xpath("ancestor::li[1]/p")[0]) + " " + _words(li)
            for li in section.xpath(".//li[@id]")}


def _written(page) -> list[str]:
    return [_words(li) for li in page.xpath("//ol[contains(@class, 'written')]/li")]


def test_a_reports_heading_names_what_it_covers_not_an_event(chronology):
    """"Annual report … for 1919-1920": the years are the report's, its title's, and the chronology listed
    "1919 – 1920" among what happened (the NKID report of the edition the same, in its sub-heading).
    Its dateline is listed with the documents' own dates; the statement of its text stays an event."""
    events = list(_events(chronology).values())
    assert not [words for words in events if words.startswith("1919")]
    assert [words for words in events if words.startswith("August 10, 1920") and "signed a treaty" in words]
    assert any(w.startswith("December 22, 1920") and "Annual report" in w for w in _written(chronology))


def test_a_letter_dated_by_its_dateline_keeps_the_days_events(chronology):
    """A letter's dateline is its dating, and a dateline is no event; the first mention of that day in
    its text ("On July 2, 1920 the delegation arrived") was taken for the letter's dating as well and
    left out of the events."""
    events = _events(chronology)
    arrived = [words for words in events.values() if "the delegation arrived" in words]
    assert arrived and arrived[0].startswith("July 2, 1920")
    assert any(w.startswith("July 2, 1920") for w in _written(chronology))
    assert not [words for words in events.values() if "Dear comrade" in words]


def test_no_heading_of_the_edition_dates_an_event():
    """The web's chronology and the printed books' take their events alike (tei.reports_event): the NKID
    report's sub-heading ("… for 1919-1920") and the article's title ("… the Moscow Treaty of March 16,
    1921?") were events of both, beside what the texts say happened."""
    from triglot.edition import load
    from triglot.tei import NS, q, reports_event
    heads = [date for doc in load(ROOT).documents if doc.base is not None
             for head in doc.base.iter(q("head")) for date in head.iterfind(".//t:date", NS)]
    assert heads and not any(reports_event(date) for date in heads)
