"""Two messages of a document page and the chronology in the reader's language (issue #20, item 2).

- "Left out of the source ▸ 29": the folded list of what a page leaves out of its source was
  summarised by a bare number in every interface; it is now a plural message of the interface
  catalogs ("29 omissions", "29 пропусков", "3 пропуска").
- A date the text gives by its weekday alone ("On Sunday I took Gen Stuart Wortley to tea", which
  the tagger dates from the weekday and the letter's date and marks for review) was said to be one
  whose "year is not stated here": its whole date is the editors', and it now says so.

The edition is the project's own with Gertrude Bell's letter of 28 June 1918 added as an editor
adds it (tests/data/unseen-test18, public domain; its README gives the source and licence)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import copy_project, run_cli
from pages import page as _page, words as _words

POOL = Path(__file__).resolve().parent / "data" / "unseen-test18"
LETTER = "bell-baghdad-1918-06.txt"
WEEKDAY = {"en": "the text names only the day of the week",
           "ru": "в тексте назван только день недели",
           "hy": "տեքստում նշված է միայն շաբաթվա օրը"}
YEAR = {"en": "the year is not stated here", "ru": "год здесь не указан", "hy": "տարեթիվն այստեղ նշված չէ"}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("weekday"))
    shutil.copy(POOL / LETTER, root / "seeds" / LETTER)
    assert run_cli("--root", root, "encode", root / "seeds" / LETTER, "--id", "bell", "--genre", "letter",
                   "--date", "1918-06-28") == 0
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


@pytest.mark.parametrize("ui, doc, words", [
    ("en", "docs1920", "29 omissions"), ("ru", "docs1920", "29 пропусков"), ("hy", "docs1920", "29 բացթողում"),
    ("ru", "legran1920", "3 пропуска"), ("en", "moscow1921", "5 omissions")])
def test_what_a_page_leaves_out_is_counted_in_the_interface_language(site, ui, doc, words):
    page = _page(site, f"{ui}/documents/{doc}.html")
    summary = page.xpath("//details[@class='omitted']/summary")
    assert [_words(s) for s in summary] == [words]
    assert len(page.xpath("//details[@class='omitted']//li")) == int(words.split()[0])


@pytest.mark.parametrize("ui", WEEKDAY)
def test_the_chronology_says_a_weekday_dated_statement_has_its_date_from_the_editors(site, ui):
    page = _page(site, f"{ui}/chronology.html")
    sunday = [li for li in page.iter("li") if (li.get("id") or "").startswith("bell.")
              and "On Sunday I took" in _words(li)]
    assert len(sunday) == 1, [_words(li) for li in page.iter("li") if (li.get("id") or "").startswith("bell.")]
    said = [_words(s) for s in sunday[0].find_class("year-context")]
    assert any(WEEKDAY[ui] in s for s in said) and not any(YEAR[ui] in s for s in said), said


@pytest.mark.parametrize("ui", WEEKDAY)
def test_the_date_card_says_so_too(site, ui):
    page = _page(site, f"{ui}/documents/bell.html")
    cards = [c for c in page.find_class("card") if (c.get("id") or "").startswith("card-bell.date")
             and c.find_class("year-context")]
    weekday = [c for c in cards if WEEKDAY[ui] in _words(c)]
    assert len(weekday) == 1 and YEAR[ui] not in _words(weekday[0])


def test_only_a_weekday_alone_is_a_weekday_dated_date():
    """A weekday with its day or month ("Saturday, the 26th June", "Sunday, June") or a day alone
    ("the 10th") keeps "the year is not stated here": only its year is the editors'. The names are
    CLDR's for the words' language."""
    from triglot.tei import weekday_only
    assert weekday_only("Sunday", "en") and weekday_only("воскресенье", "ru")
    assert not weekday_only("Saturday, the 26th June", "en") and not weekday_only("June 28", "en")
    assert not weekday_only("Sunday, June", "en") and not weekday_only("the 10th", "en")


def test_the_books_chronology_says_the_weekday_dated_date_is_the_editors(site):
    """The printed chronology said "(year given by the editors)" of it, as the web did."""
    from triglot.edition import load
    from triglot.print.index import chronology
    events = chronology(load(site.parent.parent), ["en", "ru", "hy"], {})
    weekday = [dict(e["when"]) for e in events
               if any("(date given by the editors from the day of the week)" in text for _, text in e["when"])]
    assert len(weekday) == 1 and "1918" in weekday[0]["en"], weekday
    assert weekday[0]["ru"].endswith("(дата указана редакторами по дню недели)")
    assert weekday[0]["hy"].endswith("(ամսաթիվը նշել են խմբագիրները՝ ըստ շաբաթվա օրվա)")


def test_the_pages_with_the_messages_pass_the_nu_html_checker(site):
    import shutil
    import subprocess
    from test_web_reading import VNU
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    files = [str(site / ui / page) for ui in WEEKDAY
             for page in ("chronology.html", "documents/bell.html", "documents/docs1920.html")]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *files],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]
