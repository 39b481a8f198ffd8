"""The English date reader: every kind of expression the editors meet, with ISO values."""
import pytest

from triglot.editor.dates import disagreement, find_dates


def one(text, year=None):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0].text, found[0].resolve(year), found[0].cert


@pytest.mark.parametrize("text, words, attrs", [
    ("on December 4, 1920.", "December 4, 1920", {"when": "1920-12-04"}),
    ("On Jan. 15, 1921, he", "Jan. 15, 1921", {"when": "1921-01-15"}),
    ("dated 30 December 1922", "30 December 1922", {"when": "1922-12-30"}),
    ("date 2025-03-15 By", "2025-03-15", {"when": "2025-03-15"}),
    ("December 22-29, 1920", "December 22-29, 1920", {"from": "1920-12-22", "to": "1920-12-29"}),
    ("from Feb. 26 to March 16, 1921, based", "from Feb. 26 to March 16, 1921", {"from": "1921-02-26", "to": "1921-03-16"}),
    ("conference (July-August 1920).", "July-August 1920", {"from": "1920-07", "to": "1920-08"}),
    ("in December 1920", "December 1920", {"when": "1920-12"}),
    ("events of 1919–1920 due", "1919–1920", {"from": "1919", "to": "1920"}),
    ("in 1937 is", "1937", {"when": "1937"}),
    ("Not earlier than July 3, 1920", "Not earlier than July 3, 1920", {"notBefore": "1920-07-03"}),
    ("26 Mar\n2025", "26 Mar\n2025", {"when": "2025-03-26"}),
    ("(TDFR; 22 April – 28 May 1918) was", "22 April – 28 May 1918", {"from": "1918-04-22", "to": "1918-05-28"}),
    ("at Batumi (24 May–8 June 1918), earlier", "24 May–8 June 1918", {"from": "1918-05-24", "to": "1918-06-08"}),
])
def test_dates_with_their_year(text, words, attrs):
    assert one(text)[:2] == (words, attrs)


@pytest.mark.parametrize("text, words, attrs", [
    ("On Dec. 5, the chairman", "Dec. 5", {"when": "1920-12-05"}),
    ("on August 10th the treaty", "August 10th", {"when": "1920-08-10"}),
    ("by May-July the", "May-July", {"from": "1920-05", "to": "1920-07"}),
    ("letter of April 26 reached", "April 26", {"when": "1920-04-26"}),
])
def test_year_less_dates_take_the_year_from_the_context(text, words, attrs):
    assert one(text, 1920)[:2] == (words, attrs)


def test_early_1930s_is_an_uncertain_range():
    assert one("in the early 1930s –") == ("early 1930s", {"from": "1930", "to": "1933"}, "medium")


def test_periods_are_uncertain_ranges():
    assert one("at the end of November", 1920) == (
        "the end of November", {"notBefore": "1920-11-21", "notAfter": "1920-11-30"}, "medium")
    assert one("This summer, our", 1920) == ("This summer", {"from": "1920-06", "to": "1920-08"}, "medium")


@pytest.mark.parametrize("text", ["No. 273 of the paper", "page 413-414", "file 1954", "Sector 6, file 44-3/3-e",
                                  "the May Day", "I may go", "about 25 Marchers"])
def test_numbers_and_words_that_are_not_dates(text):
    assert find_dates(text) == []


def test_an_impossible_day_is_not_a_date():
    assert [f.text for f in find_dates("February 30, 1921")] == ["1921"]


def test_a_date_whose_words_disagree_with_its_value():
    assert disagreement("December 4", {"when": "1920-12-05"}) == \
        "“December 4” reads as @when=1920-12-04 but is tagged @when=1920-12-05"
    assert disagreement("Dec. 4", {"when": "1920-12-04"}) is None
    assert disagreement("December 22-29, 1920", {"from": "1920-12-22", "to": "1920-12-28"})
    assert disagreement("the end of November", {"notBefore": "1920-11-21", "notAfter": "1920-11-30"}) is None


def test_words_the_reader_does_not_understand_are_not_reported():
    assert disagreement("the Day of the Revolution", {"when": "1920-11-07"}) is None


def test_a_year_less_date_takes_the_year_stated_later_in_its_sentence_and_is_marked():
    from triglot.editor.names import NameIndex
    from triglot.editor.tagger import YearContext, propose

    class NoNames(NameIndex):
        def __init__(self):
            self.forms, self.pattern = {}, None

    years = YearContext([], None)
    years.current, years.source = 1920, "an earlier paragraph"
    text = "It started on February 13 and was suppressed on April 2, 1921. On May 5 it was over."
    found = [p for p in propose(text, NoNames(), years) if p.tag == "date"]
    assert [(text[p.start:p.end], p.attrs.get("when")) for p in found] == [
        ("February 13", "1921-02-13"), ("April 2, 1921", "1921-04-02"), ("May 5", "1921-05-05")]
    assert "later in the same sentence" in found[0].review and found[0].attrs["cert"] == "medium"


@pytest.mark.parametrize("text, words", [
    ("born on 15 January [O.S. 2 January] 1868, to", "15 January [O.S. 2 January] 1868"),
    ("born January 15 [O.S. 2 January] 1868 in", "January 15 [O.S. 2 January] 1868"),
    ("died 15 January 1868 (2 January O.S.) in", "15 January 1868 (2 January O.S.)"),
])
def test_a_bracket_labelled_old_style_leaves_the_new_style_day_around_it(text, words):
    assert one(text)[:2] == (words, {"when": "1868-01-15"})


def test_a_lifespan_opening_with_an_old_style_bracket_is_one_range():
    assert one("(born January 15 [O.S. 2 January] 1868 – January 11, 1953) was")[:2] == (
        "January 15 [O.S. 2 January] 1868 – January 11, 1953", {"from": "1868-01-15", "to": "1953-01-11"})


def test_a_comma_before_until_keeps_from_and_until_one_range():
    assert one("chairman from July 24, 1918, until March 18, 1921 when")[:2] == (
        "from July 24, 1918, until March 18, 1921", {"from": "1918-07-24", "to": "1921-03-18"})


def test_two_dated_days_joined_by_to_are_one_range_without_from():
    assert one("he held on 27 April 1919 to 5 May 1920, the post")[:2] == (
        "27 April 1919 to 5 May 1920", {"from": "1919-04-27", "to": "1920-05-05"})


def test_two_bare_years_joined_by_to_without_from_stay_two_dates():
    assert [f.text for f in find_dates("grew in 1919 to 1920 levels")] == ["1919", "1920"]


def test_a_day_with_a_full_stop_before_its_month():
    assert one("† 10. June 1937 in Tbilisi")[:2] == ("10. June 1937", {"when": "1937-06-10"})
