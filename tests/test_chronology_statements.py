"""Which dated statements are events (issue 20, item 4; tei/ENCODING.md, "Dates: events").
tests/roots/dated-statements holds texts in the shapes historians' sources give dates: "the report for
1917" (the years a report covers), "the census of 1926 showed" (a count taken then), "in his memoirs
(1955)" (a publication), "as agreed on 3 March", "signed on 16 March 1921", "the treaty of 1921
provided", a quoted telegram whose closing line ("Kars, 21 December 1920.") is a paragraph of its own
after the quotation, and one that opens with its date. The editors type the dates that are no events
(@type); the chronology of every interface follows, and `check` reports a type it does not know. No
browser is needed."""
from __future__ import annotations

import pytest
from lxml import html

from conftest import make_project, run_cli
from pages import words as _words


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("statements"), "dated-statements")
    assert run_cli("--root", root, "build", "web") == 0
    return root


def _events(page) -> list[str]:
    """Each event's words: its day's label, the statement and its document."""
    section = page.xpath("//section[@aria-labelledby='events-heading']")[0]
    return [_words(li.xpath("ancestor::li[1]/p")[0]) + " " + _words(li) for li in section.xpath(".//li[@id]")]


def _written(page) -> list[str]:
    return [_words(li) for li in page.xpath("//ol[contains(@class, 'written')]/li")]


@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
def test_typed_dates_are_no_events_in_any_interface(built, ui):
    """"The report for 1917 gave …" was listed under 1917, "In his memoirs (1955)" under 1955 and the
    telegram's closing line under December 21, 1920, as if those were what happened then."""
    page = html.parse(str(built / "build" / "web" / ui / "chronology.html")).getroot()
    events = " | ".join(_events(page))
    for words in ("The report for", "In his memoirs", "Kars"):
        assert words not in events, (ui, words, events)


@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
def test_what_happened_stays_an_event(built, ui):
    """The statements of what was done on a date stay: the census taken, the agreement, the signing,
    the treaty made; the telegram is listed once, with the documents' own dates."""
    page = html.parse(str(built / "build" / "web" / ui / "chronology.html")).getroot()
    events = _events(page)
    for words in ("The census of 1926", "As agreed on 3 March 1921", "signed on 16 March 1921",
                  "The treaty of 1921 provided"):
        assert [e for e in events if words in e], (ui, words)
    assert len(events) == 5
    assert [w for w in _written(page) if "Ahmed Mukhtar" in w]


def test_a_telegram_dated_in_its_first_line_keeps_the_days_event(built):
    """A quoted telegram that opens "Moscow, 5 April 1921." (typed dating) and then says "On 5 April 1921
    the commission met": the typed date is the telegram's dating, and the day's first mention in its
    text was taken for the dating again and left out of the events."""
    page = html.parse(str(built / "build" / "web" / "en" / "chronology.html")).getroot()
    met = [e for e in _events(page) if "the commission met" in e]
    assert met and met[0].startswith("April 5, 1921")


def test_a_date_type_the_chronology_does_not_know_is_reported(built, capsys):
    """A misspelt type ("periode") left the date among the events with nothing said."""
    path = built / "tei" / "sources.xml"
    text = path.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if 'type="period"' in row and "<date" in row)
    path.write_text(text.replace('type="period"', 'type="periode"'), encoding="utf-8")
    try:
        capsys.readouterr()
        run_cli("--root", built, "check", "--rule", "date-type")
        out = capsys.readouterr().out
        assert f"tei/sources.xml:{line}: date-type: date type 'periode'" in out
    finally:
        path.write_text(text, encoding="utf-8")
    run_cli("--root", built, "check", "--rule", "date-type")
    assert "date-type" not in capsys.readouterr().out
