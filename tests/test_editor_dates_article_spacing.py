"""The article outside a day's date (round 51's convention, dates.py THE) read after any run of white space, as
the patterns read the article when it was inside: "the  14th instant" with a typist's or an OCR's double space,
"the\\n 26th of May" across a line's end, "On THE 24th". Round 51's lookbehind took one space and the cases
"the|The|THE": "the  14th instant" was no date at all, "the  26th of May" only "May", "on the  24th" nothing,
where main found each. The sentences are written for this test."""

from conftest import date_proposals


def words(text):
    return [w for w, _, _ in date_proposals(text)]


def test_a_days_date_after_its_article_and_a_double_space_is_found_without_the_article():
    assert words("I have the honour to acknowledge your letter of the  14th instant.") == ["14th instant"]
    assert words("The sale was fixed for the  26th of May.") == ["26th of May"]
    assert words("We reached the wells on the  24th and left them by the  28th.") == ["24th", "28th"]
    assert words("The sale was fixed for the\n 26th of May, 1915.") == ["26th of May, 1915"]


def test_the_article_in_other_cases_is_read_as_before():
    assert words("We reached the wells On THE 24th.") == ["24th"]
    assert words("Your letter of tHe 3rd inst. came today.") == ["3rd inst."]


def test_one_space_reads_as_it_did_and_no_article_no_day():
    assert words("Your letter of the 14th instant came today.") == ["14th instant"]
    assert words("We stopped at breathe 14th instant.") == []
